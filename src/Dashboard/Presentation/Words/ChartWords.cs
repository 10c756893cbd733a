using System.Globalization;
using Dashboard.Presentation.Charts;
using Metrics.Queries;

namespace Dashboard.Presentation.Words;

/// <summary>
/// The words and numbers of a metric chart, shared by the image, the live page's tooltip and its
/// notes: investment in 亿元 (10^8 yuan) with "≥" for lower bounds, counts as whole numbers.
/// </summary>
public static class ChartWords
{
    /// <summary>Yuan in one 亿.</summary>
    public const double YuanPerYi = 100_000_000;

    /// <summary>The y axis title: 项目数（个）, 投资额（亿元）, 会议数（次）.</summary>
    public static string AxisTitle(Metric metric, ChartLanguage language) => (metric, language) switch
    {
        (_, ChartLanguage.Zh) => $"{FactWords.Metric(metric)}（{FigureWords.Unit(metric)}）",
        (Metric.Investment, _) => "Investment (100 million yuan)",
        _ => FactWords.Metric(metric, english: true),
    };

    /// <summary>
    /// What a chart with nothing to draw says in its middle, in the words the timeline's alert uses
    /// (所选条件下没有可计入的事实), so that an empty selection is not read as a broken image.
    /// </summary>
    public static string EmptySelection(ChartLanguage language) =>
        language == ChartLanguage.Zh ? "所选条件下没有可计入的事实" : "No facts to count in this selection";

    /// <summary>The value as the chart draws it: yuan become 亿元, counts stay counts.</summary>
    public static double Plotted(Metric metric, long value) => metric == Metric.Investment ? value / YuanPerYi : value;

    /// <summary>亿元 to at most two decimals, invariant digits, no separators: <c>83.2</c>, <c>0.05</c>, <c>480</c>.</summary>
    public static string Yi(long yuan) => (yuan / YuanPerYi).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// A value with its unit: <c>83.2亿元</c>, <c>≥480亿元</c>, <c>16个</c>, <c>6次</c>
    /// (<c>83.2 × 100 million yuan</c>, <c>16 projects</c> in English).
    /// </summary>
    public static string Value(Metric metric, long value, bool lowerBound, ChartLanguage language)
    {
        var bound = lowerBound ? "≥" : "";
        var count = value.ToString(CultureInfo.InvariantCulture);
        return (metric, language) switch
        {
            (Metric.Investment, ChartLanguage.Zh) => $"{bound}{Yi(value)}亿元",
            (Metric.Investment, _) => $"{bound}{Yi(value)} × 100 million yuan",
            (Metric.Projects, ChartLanguage.Zh) => $"{count}个",
            (Metric.Meetings, ChartLanguage.Zh) => $"{count}次",
            (Metric.Projects, _) => value == 1 ? "1 project" : $"{count} projects",
            _ => value == 1 ? "1 meeting" : $"{count} meetings",
        };
    }

    /// <summary>
    /// The footnote on facts left out of every point, or null when there are none: in a monthly
    /// series, <c>另有 3 条事实仅知年份/季度，未计入各月</c>.
    /// </summary>
    /// <param name="result">The series.</param>
    /// <param name="rangeGiven">Whether a from/to range was given (facts reaching beyond it are unplaced too).</param>
    /// <param name="language">Language of the note.</param>
    public static string? UnplacedNote(SeriesResult result, bool rangeGiven, ChartLanguage language)
    {
        ArgumentNullException.ThrowIfNull(result);
        var unplaced = result.Unplaced;
        if (unplaced.Facts == 0)
        {
            return null;
        }

        var amount = result.Metric == Metric.Investment
            ? Value(Metric.Investment, unplaced.Value, unplaced.LowerBound, language)
            : null;
        if (language == ChartLanguage.Zh)
        {
            var coarse = result.Interval switch
            {
                Interval.Month => "仅知年份/季度",
                Interval.Quarter => "仅知年份",
                _ => "日期不详",
            };
            var range = rangeGiven ? "或跨出所选日期范围" : "";
            var each = result.Interval switch { Interval.Month => "各月", Interval.Quarter => "各季度", _ => "各年" };
            var sum = amount is null ? "" : $"（合计{amount}）";
            return $"另有 {unplaced.Facts} 条事实{coarse}{range}{sum}，未计入{each}";
        }

        var known = result.Interval switch
        {
            Interval.Month => "dated only to a year or quarter",
            Interval.Quarter => "dated only to a year",
            _ => "without a date",
        };
        var rangeEn = rangeGiven ? " or reaching beyond the chosen dates" : "";
        var sumEn = amount is null ? "" : $" (together {amount})";
        var facts = unplaced.Facts == 1 ? "1 more fact" : $"{unplaced.Facts} more facts";
        var interval = result.Interval switch { Interval.Month => "month", Interval.Quarter => "quarter", _ => "year" };
        return $"{facts} {known}{rangeEn}{sumEn}, not counted in any {interval}";
    }

    /// <summary>
    /// One line per reported total (a district's own summary, never added into the bars):
    /// <c>自报总数：通州区 2022 开工 120个（未计入图中）</c>.
    /// </summary>
    public static IReadOnlyList<string> ReportedNotes(SeriesResult result, ChartLanguage language, IReadOnlyDictionary<string, string>? districtNames = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var english = language == ChartLanguage.En;
        return result.Reported
            .Select(r =>
            {
                var district = districtNames?.GetValueOrDefault(r.District) ?? r.District;
                var stage = r.Stage is { } s ? FactWords.Stage(s, english) : null;
                var value = Value(result.Metric, r.Value, r.LowerBound, language);
                return english
                    ? $"Reported total: {district} {r.Date ?? "undated"}{(stage is null ? "" : " " + stage)} {value} (not added into the chart)"
                    : $"自报总数：{district} {r.Date ?? "日期不详"}{(stage is null ? "" : " " + stage)} {value}（未计入图中）";
            })
            .ToArray();
    }

    /// <summary>The unplaced note (if any) followed by the reported totals.</summary>
    public static IReadOnlyList<string> Notes(SeriesResult result, bool rangeGiven, ChartLanguage language, IReadOnlyDictionary<string, string>? districtNames = null) =>
        [.. UnplacedNote(result, rangeGiven, language) is { } note ? [note] : Array.Empty<string>(), .. ReportedNotes(result, language, districtNames)];
}
