
using Metrics.Facts;

namespace Metrics.Queries;

/// <summary>One period of a district's series.</summary>
/// <param name="Period"><c>2023</c>, <c>2023-Q1</c> or <c>2023-02</c>.</param>
/// <param name="Value">The count or the sum in yuan.</param>
/// <param name="LowerBound">True when a figure in the sum was only a lower bound (超百亿).</param>
/// <param name="Facts">How many canonical facts the value is made of.</param>
/// <param name="ReviewedShare">The part of <paramref name="Value"/> (0 to 1) from facts a person confirmed, corrected or entered.</param>
public sealed record SeriesPoint(string Period, long Value, bool LowerBound, int Facts, double ReviewedShare = 0)
{
    /// <summary>
    /// The reviewed share of a figure: by value, or by facts where the value is 0 (a sum of zero
    /// amounts), rounded to four places so that it reads plainly in JSON.
    /// </summary>
    public static double ShareOf(long reviewedValue, long value, int reviewedFacts, int facts) =>
        value != 0 ? Math.Round((double)reviewedValue / value, 4)
        : facts != 0 ? Math.Round((double)reviewedFacts / facts, 4)
        : 0;
}

/// <summary>A district's points, in period order; for project metrics, of one stage.</summary>
/// <param name="District">The district, as the boundaries show it.</param>
/// <param name="Points">Its points.</param>
/// <param name="Stage">The stage its figures count (projects and investment are never summed across stages); null for meetings.</param>
public sealed record DistrictSeries(string District, IReadOnlyList<SeriesPoint> Points, ProjectStage? Stage = null);

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
/// <param name="Series">One series per district, and for project metrics per stage.</param>
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
    /// <summary>The stages the series cover, in stage order (empty for meetings).</summary>
    public IReadOnlyList<ProjectStage> Stages =>
        Series.Where(s => s.Stage is not null).Select(s => s.Stage!.Value).Distinct().Order().ToArray();

    /// <summary>
    /// The points of every series of one stage added up (or of every series for meetings): those of
    /// <paramref name="period"/> (a KPI of several districts for a year), or with null every point.
    /// Throws when the series cover several stages: those are never added together.
    /// </summary>
    public SeriesPoint Total(string? period = null)
    {
        if (Stages.Count > 1)
        {
            throw new InvalidOperationException($"The series cover {Stages.Count} stages; a total across stages is not a figure (CONTRACTS.md, counting rules).");
        }

        return TotalOf(Series, period);
    }

    /// <summary>The total of each stage the series cover, in stage order (one entry with a null stage for meetings).</summary>
    public IReadOnlyList<(ProjectStage? Stage, SeriesPoint Total)> TotalsByStage(string? period = null) =>
        Series.GroupBy(s => s.Stage).OrderBy(g => g.Key).Select(g => (g.Key, TotalOf(g, period))).ToArray();

    private static SeriesPoint TotalOf(IEnumerable<DistrictSeries> series, string? period)
    {
        var points = series.SelectMany(s => s.Points).Where(p => period is null || p.Period == period).ToArray();
        var value = points.Sum(p => p.Value);
        var facts = points.Sum(p => p.Facts);
        var reviewedValue = points.Sum(p => p.ReviewedShare * p.Value);
        var reviewedFacts = points.Sum(p => p.ReviewedShare * p.Facts);
        var share = value != 0 ? Math.Round(reviewedValue / value, 4) : facts != 0 ? Math.Round(reviewedFacts / facts, 4) : 0;
        return new SeriesPoint(period ?? "", value, points.Any(p => p.LowerBound), facts, share);
    }
}
