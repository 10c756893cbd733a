using System.Globalization;
using Metrics.Queries;

namespace Dashboard.Presentation.Words;

/// <summary>
/// Numbers as the pages print them beside the charts: values in the charts' own units (亿元 with
/// "≥" for lower bounds, see <see cref="ChartWords"/>), and changes against the previous year.
/// </summary>
public static class FigureWords
{
    /// <summary>A value without its unit (the column or card says it): <c>16</c>, <c>≥480</c>, <c>83.2</c> (亿元).</summary>
    public static string Value(Metric metric, long value, bool lowerBound) =>
        (lowerBound ? "≥" : "") + (metric == Metric.Investment ? ChartWords.Yi(value) : value.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The change against the previous year, signed, in the value's unit, with the share when the
    /// previous year was not 0: <c>+6（+60%）</c>, <c>-1（-100%）</c>, <c>+83.2</c>, <c>0</c>. A lower bound
    /// makes the change one too: <c>≥+83.2</c> when this year's sum is a lower bound,
    /// <c>≤-5</c> when last year's was; when both were, the change is unknown (<c>不可比</c>).
    /// </summary>
    public static string Change(Metric metric, long change, double? share, bool lowerBound, bool previousLowerBound)
    {
        if (lowerBound && previousLowerBound)
        {
            return "不可比";
        }

        var bound = lowerBound ? "≥" : previousLowerBound ? "≤" : "";
        var amount = metric == Metric.Investment ? ChartWords.Yi(Math.Abs(change)) : Math.Abs(change).ToString(CultureInfo.InvariantCulture);
        var sign = change > 0 ? "+" : change < 0 ? "-" : "";
        var percent = share is { } s && change != 0 && !lowerBound && !previousLowerBound
            ? string.Create(CultureInfo.InvariantCulture, $"（{(s > 0 ? "+" : "")}{s:0%}）")
            : "";
        return $"{bound}{sign}{amount}{percent}";
    }

    /// <summary>Whether a change reads as a rise (true), a fall (false) or neither (null), for colouring.</summary>
    public static bool? Direction(long change, bool lowerBound, bool previousLowerBound) =>
        (lowerBound && previousLowerBound) || change == 0 ? null : change > 0;

    /// <summary>
    /// An amount as people write it, never in scientific notation: <c>65.5亿元</c> from 1亿 up,
    /// <c>300万元</c> from 1万 up, else <c>800元</c>; exact to the 万 (up to four decimals of 亿).
    /// </summary>
    public static string Amount(long yuan) => Math.Abs(yuan) switch
    {
        >= 100_000_000 => (yuan / 100_000_000m).ToString("0.####", CultureInfo.InvariantCulture) + "亿元",
        >= 10_000 => (yuan / 10_000m).ToString("0.####", CultureInfo.InvariantCulture) + "万元",
        _ => yuan.ToString(CultureInfo.InvariantCulture) + "元",
    };

    /// <summary>How much of a figure a person checked: <c>已审核 82%</c>.</summary>
    public static string Reviewed(double share) => string.Create(CultureInfo.InvariantCulture, $"已审核 {share:0%}");

    /// <summary>The unit values are charted in: 亿元 for investment, 个 for projects, 次 for meetings.</summary>
    public static string Unit(Metric metric, bool english = false) => metric switch
    {
        Metric.Investment => english ? "100 million yuan (亿元)" : "亿元",
        Metric.Projects => english ? "projects" : "个",
        _ => english ? "meetings" : "次",
    };
}
