namespace Metrics.Gazetteer;

/// <summary>What kind of name a <see cref="DistrictMention"/> was found by.</summary>
public enum MentionSource
{
    /// <summary>南通 / 南通市 (a fact of the whole city).</summary>
    City,

    /// <summary>The official name of a county-level unit (通州区, 海门市, 南通经济技术开发区).</summary>
    County,

    /// <summary>The name of a town, street or town-level park (金沙街道, 江海镇区, 三厂工业园区).</summary>
    Town,

    /// <summary>An alias from the alias table (南通开发区, 临江新区, 苏锡通园区).</summary>
    Alias,

    /// <summary>A county's short name (通州, 海门, 启东).</summary>
    ShortName,

    /// <summary>A leader whose post places him or her in a district (区委书记黄卫锋).</summary>
    Leader,

    /// <summary>A place outside Nantong (北京, 昆山, 临江市).</summary>
    Outside,
}

/// <summary>
/// A place name (or a leader) in a text, and the district of the gold schema it stands for at
/// the text's date.
/// </summary>
public sealed record DistrictMention
{
    /// <summary>Offset of the mention in the text (UTF-16 units).</summary>
    public required int Start { get; init; }

    /// <summary>Length of the mention. A qualified chain (南通市港闸区幸福街道) is one mention.</summary>
    public required int Length { get; init; }

    /// <summary>The text as written (traditional characters stay as they were).</summary>
    public required string Text { get; init; }

    /// <summary>Which kind of name found it; for a chain, the most specific part.</summary>
    public required MentionSource Source { get; init; }

    /// <summary>The district as the gold schema writes it at the date, null when outside Nantong.</summary>
    public string? District { get; init; }

    /// <summary>Code of the unit named (town, park or county) at the date; null outside Nantong and for leaders.</summary>
    public string? Code { get; init; }

    /// <summary>Code of the district-level unit at the date (港闸区 in 2019: 320611).</summary>
    public string? DistrictCode { get; init; }

    /// <summary>True for places outside Nantong (北京市通州区, 昆山, 临江市) and their leaders.</summary>
    public bool IsOutsideNantong { get; init; }

    /// <summary>The outside place meant, when <see cref="IsOutsideNantong"/> (北京市通州区).</summary>
    public string? OutsidePlace { get; init; }

    /// <summary>The person, for <see cref="MentionSource.Leader"/> mentions.</summary>
    public string? Person { get; init; }

    /// <summary>Offset just past the mention.</summary>
    public int End => Start + Length;
}
