namespace Metrics.Storage;

/// <summary>
/// Running totals of the counted facts per type, stage or kind, district and period bucket,
/// kept by SQLite triggers on <c>Facts</c> so that a series over a million facts reads a few
/// thousand rows. Day-dated facts are bucketed by month; coarser ones by their own period.
/// Counted means: not rejected, and for project events <c>scope = event</c> and no batch member;
/// <see cref="AllFacts"/> counts every fact that is not rejected.
/// </summary>
public sealed class FactTotal : ITotalRow
{
    /// <summary><c>Meeting</c> or <c>ProjectEvent</c>, as <see cref="Fact.Type"/> is stored.</summary>
    public required string Type { get; set; }

    /// <summary>The stage as stored, or empty for meetings.</summary>
    public required string Stage { get; set; }

    /// <summary>The meeting kind as stored, or empty for project events.</summary>
    public required string Kind { get; set; }

    public required string District { get; set; }

    /// <summary>The year, 0 when the date is unknown.</summary>
    public int Year { get; set; }

    /// <summary>The quarter, 0 when the date is only known to its year.</summary>
    public int Quarter { get; set; }

    /// <summary>The month, 0 when the date is only known to its quarter or year.</summary>
    public int Month { get; set; }

    /// <summary>First day of the bucket; null when the date is unknown.</summary>
    public DateOnly? BucketStart { get; set; }

    /// <summary>Last day of the bucket; null when the date is unknown.</summary>
    public DateOnly? BucketEnd { get; set; }

    public int Facts { get; set; }

    /// <summary>Facts with an investment amount.</summary>
    public int FactsWithAmount { get; set; }

    public long Projects { get; set; }

    public long Yuan { get; set; }

    /// <summary>Facts whose amount is only a lower bound.</summary>
    public int LowerBounds { get; set; }

    /// <summary>Facts that are not rejected, whether a metric counts them or not (the facts list's total).</summary>
    public int AllFacts { get; set; }
}
