using Metrics.Extraction.Facts;

namespace Metrics.Queries;

/// <summary>One period of a district's series.</summary>
/// <param name="Period"><c>2023</c>, <c>2023-Q1</c> or <c>2023-02</c>.</param>
/// <param name="Value">The count or the sum in yuan.</param>
/// <param name="LowerBound">True when a figure in the sum was only a lower bound (超百亿).</param>
/// <param name="Facts">How many canonical facts the value is made of.</param>
public sealed record SeriesPoint(string Period, long Value, bool LowerBound, int Facts);

/// <summary>A district's points, in period order.</summary>
public sealed record DistrictSeries(string District, IReadOnlyList<SeriesPoint> Points);

/// <summary>Facts selected but dated more coarsely than the interval (or the range) asks: not in any point.</summary>
public sealed record UnplacedFacts(int Facts, long Value, bool LowerBound);

/// <summary>A district's own period summary (<c>scope = period</c>), shown beside the sums and never added in.</summary>
/// <param name="District">The district, as the boundaries show it.</param>
/// <param name="Date">The end of the reported period at its own precision (<c>2022</c>, <c>2023-Q2</c>).</param>
/// <param name="Stage">The stage the total counts.</param>
/// <param name="Value">The reported count or amount.</param>
/// <param name="LowerBound">True when the amount is only a lower bound.</param>
/// <param name="FactId">The fact, for the drill-down.</param>
public sealed record ReportedTotal(string District, string? Date, ProjectStage? Stage, long Value, bool LowerBound, int FactId);

/// <summary>The answer of <c>/api/series</c>.</summary>
/// <param name="Metric">What was counted.</param>
/// <param name="Interval">The period of a point.</param>
/// <param name="Unit"><c>yuan</c> for investment, <c>projects</c> or <c>meetings</c> otherwise.</param>
/// <param name="Series">One series per district.</param>
/// <param name="Unplaced">What the points leave out because its date is too coarse.</param>
/// <param name="Reported">Period summaries for the same selection.</param>
public sealed record SeriesResult(
    Metric Metric,
    Interval Interval,
    string Unit,
    IReadOnlyList<DistrictSeries> Series,
    UnplacedFacts Unplaced,
    IReadOnlyList<ReportedTotal> Reported)
{
    /// <summary>
    /// The points of every series added up: those of <paramref name="period"/> (a KPI of several
    /// districts for a year), or with null every point (all the selection counts).
    /// </summary>
    public SeriesPoint Total(string? period = null)
    {
        var points = Series.SelectMany(s => s.Points).Where(p => period is null || p.Period == period).ToArray();
        return new SeriesPoint(period ?? "", points.Sum(p => p.Value), points.Any(p => p.LowerBound), points.Sum(p => p.Facts));
    }
}
