namespace Metrics.Storage;

/// <summary>
/// A row of trigger-kept totals: what the metrics count of the facts of one type and district in one
/// period bucket (a row whose facts no metric counts has zeros there and only <see cref="AllFacts"/>).
/// <see cref="FactTotal"/> splits them by stage or kind; <see cref="TypeTotal"/> does not. Not an
/// entity itself: each table maps these columns as its own.
/// </summary>
public abstract class TotalRow
{
    /// <summary><c>Meeting</c> or <c>ProjectEvent</c>, as <see cref="Metrics.Facts.FactFields.Type"/> is stored.</summary>
    public required string Type { get; set; }

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

    /// <summary>Facts that are not rejected, whether a metric counts them or not (period summaries and batch members too).</summary>
    public int AllFacts { get; set; }
}
