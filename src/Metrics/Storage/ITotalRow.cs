namespace Metrics.Storage;

/// <summary>
/// A row of trigger-kept totals: what the metrics count of the facts of one type and district in one
/// period bucket (a row whose facts no metric counts has zeros there and only <see cref="AllFacts"/>).
/// <see cref="FactTotal"/> splits them by stage or kind; <see cref="TypeTotal"/> does not.
/// </summary>
public interface ITotalRow
{
    /// <summary><c>Meeting</c> or <c>ProjectEvent</c>, as <see cref="Fact.Type"/> is stored.</summary>
    string Type { get; }

    string District { get; }

    /// <summary>The year, 0 when the date is unknown.</summary>
    int Year { get; }

    /// <summary>The quarter, 0 when the date is only known to its year.</summary>
    int Quarter { get; }

    /// <summary>The month, 0 when the date is only known to its quarter or year.</summary>
    int Month { get; }

    /// <summary>First day of the bucket; null when the date is unknown.</summary>
    DateOnly? BucketStart { get; }

    /// <summary>Last day of the bucket; null when the date is unknown.</summary>
    DateOnly? BucketEnd { get; }

    int Facts { get; }

    /// <summary>Facts with an investment amount.</summary>
    int FactsWithAmount { get; }

    long Projects { get; }

    long Yuan { get; }

    /// <summary>Facts whose amount is only a lower bound.</summary>
    int LowerBounds { get; }

    /// <summary>Facts that are not rejected, whether a metric counts them or not (period summaries and batch members too).</summary>
    int AllFacts { get; }
}
