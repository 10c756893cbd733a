namespace Metrics.Gazetteer;

/// <summary>How a <see cref="LeaderMention"/> got its district.</summary>
public enum LeaderBasis
{
    /// <summary>Nothing placed the person: no qualifier, no fitting tenure, no link in the text.</summary>
    Unresolved,

    /// <summary>The post was written with its place (海门区委书记郭晓敏).</summary>
    Qualifier,

    /// <summary>The leader table: the person held a post of that title at the date.</summary>
    Tenure,

    /// <summary>Elsewhere in the same text the person was named with a qualified post.</summary>
    SameText,
}

/// <summary>
/// A leader named in a text, with the posts written before the name and the district the
/// person stands for at the text's date.
/// </summary>
public sealed record LeaderMention
{
    /// <summary>Offset of the name in the text.</summary>
    public required int Start { get; init; }

    /// <summary>Length of the name.</summary>
    public required int Length { get; init; }

    /// <summary>The person (simplified characters).</summary>
    public required string Person { get; init; }

    /// <summary>The posts written directly before the name (市委常委, 区委书记); empty for a later bare mention.</summary>
    public required IReadOnlyList<string> Posts { get; init; }

    /// <summary>How the district was decided.</summary>
    public required LeaderBasis Basis { get; init; }

    /// <summary>The gold-schema district, null when unresolved or outside Nantong.</summary>
    public string? District { get; init; }

    /// <summary>Code of the district-level unit at the date.</summary>
    public string? DistrictCode { get; init; }

    /// <summary>True for leaders of places outside Nantong (a visiting 苏州 delegation).</summary>
    public bool IsOutsideNantong { get; init; }

    /// <summary>The outside place, when <see cref="IsOutsideNantong"/>.</summary>
    public string? OutsidePlace { get; init; }

    /// <summary>The table row used, for <see cref="LeaderBasis.Tenure"/>.</summary>
    public LeaderTenure? Tenure { get; init; }
}
