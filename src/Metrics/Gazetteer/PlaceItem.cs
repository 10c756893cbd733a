namespace Metrics.Gazetteer;

/// <summary>
/// A place name found in a text while a scan is being built: a single name, or a chain of
/// adjacent names that qualify each other (江苏省南通市港闸区幸福街道), reduced to its most
/// specific part.
/// </summary>
internal sealed record PlaceItem
{
    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>Folded text of the most specific name of the chain.</summary>
    public required string Name { get; init; }

    public required NameEntry Entry { get; init; }

    public required MentionSource Source { get; init; }

    /// <summary>Set for Nantong places (and 江苏, whose district is null).</summary>
    public PlaceResolution? Resolution { get; init; }

    /// <summary>The unit named, for Nantong places and the province.</summary>
    public Division? Unit { get; init; }

    /// <summary>Set for places outside Nantong.</summary>
    public OutsidePlace? Outside { get; init; }

    /// <summary>The outside place meant, which for a qualified homonym is the pair (北京市通州区).</summary>
    public string? OutsidePlaceName { get; init; }

    /// <summary>True when a Nantong name stood before it (南通市通州区): no homonym doubt left.</summary>
    public bool QualifiedByNantong { get; init; }

    /// <summary>False for the province and neutral names, which only qualify or block other names.</summary>
    public bool IsReported => Resolution is not null || Outside is not null;

    public bool IsNantong => Resolution is not null;

    public int Length => End - Start;
}
