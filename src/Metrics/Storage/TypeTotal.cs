namespace Metrics.Storage;

/// <summary>
/// <see cref="FactTotal"/> summed over stages and kinds: the counted facts per type, district and
/// period bucket, kept by their own triggers on <c>Facts</c>. A series of every stage or kind (the
/// usual question) reads these, a tenth of the rows that split by meeting kind.
/// </summary>
public sealed class TypeTotal : ITotalRow
{
    public required string Type { get; set; }

    public required string District { get; set; }

    public int Year { get; set; }

    public int Quarter { get; set; }

    public int Month { get; set; }

    public DateOnly? BucketStart { get; set; }

    public DateOnly? BucketEnd { get; set; }

    public int Facts { get; set; }

    public int FactsWithAmount { get; set; }

    public long Projects { get; set; }

    public long Yuan { get; set; }

    public int LowerBounds { get; set; }

    public int AllFacts { get; set; }
}
