namespace Metrics.Storage;

/// <summary>
/// <see cref="FactTotal"/> summed over stages and kinds: the counted facts per type, district and
/// period bucket, kept by their own triggers on <c>Facts</c>. A series of every stage or kind (the
/// usual question) reads these, a tenth of the rows that split by meeting kind.
/// </summary>
public sealed class TypeTotal : TotalRow;
