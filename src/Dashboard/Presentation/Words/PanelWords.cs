using System.Globalization;
using Dashboard.Presentation.Panels;
using Metrics.Extraction.Numbers;
using Metrics.Facts;
using Metrics.Queries;

namespace Dashboard.Presentation.Words;

/// <summary>
/// The words a panel explains itself with, in Chinese (default) or English: what is counted, the
/// filters, the unit. Exported images, the 说明 sheet, embeds and the presenter read them, so a
/// picture and its spreadsheet say the same thing. Stage, kind and metric names are <see cref="FactWords"/>'.
/// </summary>
public static class PanelWords
{
    /// <summary>The panel's title: <c>开工项目投资额（按年）</c>, <c>Started investment (by year)</c>.</summary>
    public static string Title(Metric metric, Interval interval, FactFilter filter, bool english = false)
    {
        if (english)
        {
            var words = new[]
            {
                filter.Stage is { } s ? FactWords.Stage(s, true) : null,
                filter.Kind is { } k ? FactWords.Kind(k, true) : null,
                FactWords.Metric(metric, true).ToLowerInvariant(),
                filter.Stage is null && metric != Metric.Meetings ? "by stage" : null,
            };
            var what = string.Join(" ", words.Where(w => w is not null));
            return $"{char.ToUpperInvariant(what[0])}{what[1..]} ({IntervalName(interval, true)})";
        }

        // Without a stage the figures are per stage, never summed: the title says so.
        var stage = filter.Stage is { } stageValue ? FactWords.Stage(stageValue) + (metric == Metric.Projects ? "" : "项目")
            : metric == Metric.Meetings ? "" : "各阶段";
        var kind = filter.Kind is { } kindValue ? FactWords.Kind(kindValue) : "";
        return $"{stage}{kind}{FactWords.Metric(metric)}（{IntervalName(interval, false)}）";
    }

    /// <summary>The filters in words: districts, dates, boundaries, and whether only reviewed facts count (stage and kind are in the title).</summary>
    public static string Filters(FactFilter filter, bool english = false)
    {
        var districts = filter.Districts.Count == 0
            ? (english ? "all districts" : "全部区县")
            : english ? string.Join(", ", filter.Districts.Select(EnglishDistricts.Name)) : string.Join("、", filter.Districts);
        var range = (filter.From, filter.To) switch
        {
            (null, null) => english ? "all dates" : "全部时间",
            ({ } from, null) => english ? $"from {Iso(from)}" : $"{Iso(from)} 起",
            (null, { } to) => english ? $"until {Iso(to)}" : $"至 {Iso(to)}",
            ({ } from, { } to) => english ? $"{Iso(from)} to {Iso(to)}" : $"{Iso(from)} 至 {Iso(to)}",
        };
        var boundaries = filter.Boundaries == Boundaries.Current
            ? (english ? "current boundaries (港闸区 in 崇川区)" : "现行区划（港闸区并入崇川区）")
            : (english ? "historical boundaries" : "历史区划");
        var reviewed = filter.ReviewedOnly ? (english ? " · reviewed facts only" : " · 仅已审核") : "";
        return $"{districts} · {range} · {boundaries}{reviewed}";
    }

    public static string IntervalName(Interval interval, bool english) => interval switch
    {
        Interval.Quarter => english ? "by quarter" : "按季度",
        Interval.Month => english ? "by month" : "按月",
        _ => english ? "by year" : "按年",
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
