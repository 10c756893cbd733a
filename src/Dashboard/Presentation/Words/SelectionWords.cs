using System.Globalization;
using Metrics.Queries;

namespace Dashboard.Presentation.Words;

/// <summary>A selection said in Chinese, the way a reader names the number it gives: <c>通州区 · 2023年 · 开工项目</c>.</summary>
internal static class SelectionWords
{
    private const string QuarterNumerals = "一二三四";

    /// <summary>Districts, dates, what is counted, the boundaries when they are today's, and 仅已审核 when only reviewed facts count.</summary>
    public static string Heading(Metric metric, FactFilter filter)
    {
        var parts = new List<string>
        {
            filter.Districts.Count == 0 ? "全部区县" : string.Join("、", filter.Districts),
            Period(filter.From, filter.To),
            What(metric, filter),
        };
        if (filter.Boundaries == Boundaries.Current)
        {
            parts.Add("现行区划（港闸区并入崇川区）");
        }

        if (filter.ReviewedOnly)
        {
            parts.Add("仅已审核");
        }

        return string.Join(" · ", parts);
    }

    /// <summary>开工项目, 签约项目投资额, 常委会会议, 会议.</summary>
    public static string What(Metric metric, FactFilter filter)
    {
        var stage = filter.Stage is { } s ? FactWords.Stage(s) : "";
        return metric switch
        {
            Metric.Meetings => filter.Kind is { } kind ? FactWords.Kind(kind) : "会议",
            Metric.Investment => filter.Stage is null ? "项目投资额（各阶段分列）" : $"{stage}项目投资额",
            _ => filter.Stage is null ? "项目（各阶段分列）" : $"{stage}项目",
        };
    }

    /// <summary>
    /// 2023年, 2023年第一季度, 2023年2月, 2023年2月11日, 2020–2023年; a range that is not made of
    /// whole months as its days: <c>2023-02-15 至 2023-03-31</c>.
    /// </summary>
    public static string Period(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        (null, null) => "全部时间",
        ({ } f, null) => $"{Iso(f)} 起",
        (null, { } t) => $"至 {Iso(t)}",
        ({ } f, { } t) => WholePeriod(f, t) ?? $"{Iso(f)} 至 {Iso(t)}",
    };

    private static string? WholePeriod(DateOnly from, DateOnly to)
    {
        if (from == to)
        {
            return $"{from.Year}年{from.Month}月{from.Day}日";
        }

        if (from.Day != 1 || to.Day != DateTime.DaysInMonth(to.Year, to.Month))
        {
            return null;
        }

        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month + 1;
        return (from.Month, to.Month, months) switch
        {
            (1, 12, _) when from.Year == to.Year => $"{from.Year}年",
            (1, 12, _) => $"{from.Year}–{to.Year}年",
            (_, _, 1) => $"{from.Year}年{from.Month}月",
            (_, _, 3) when from.Month % 3 == 1 => $"{from.Year}年第{QuarterNumerals[from.Month / 3]}季度",
            _ when from.Year == to.Year => $"{from.Year}年{from.Month}–{to.Month}月",
            _ => $"{from.Year}年{from.Month}月–{to.Year}年{to.Month}月",
        };
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
