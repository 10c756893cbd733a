namespace Metrics.Storage;

/// <summary>
/// Running totals of the counted facts per type, stage or kind, district and period bucket,
/// kept by SQLite triggers on <c>Facts</c> so that a series over a million facts reads a few
/// thousand rows. Day-dated facts are bucketed by month; coarser ones by their own period.
/// Counted means: not rejected, and for project events <c>scope = event</c> and no batch member;
/// <see cref="TotalRow.AllFacts"/> counts every fact that is not rejected.
/// </summary>
public sealed class FactTotal : TotalRow
{
    /// <summary>The stage as stored, or empty for meetings.</summary>
    public required string Stage { get; set; }

    /// <summary>The meeting kind as stored, or empty for project events.</summary>
    public required string Kind { get; set; }
}
