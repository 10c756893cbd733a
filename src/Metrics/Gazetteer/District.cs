namespace Metrics.Gazetteer;

/// <summary>What sort of district of the gold schema this is.</summary>
public enum DistrictKind
{
    /// <summary>南通市: facts that belong to the whole city.</summary>
    City,

    /// <summary>An administrative district, county or county-level city.</summary>
    County,

    /// <summary>A functional county-level unit (南通经济技术开发区, 通州湾示范区, 苏锡通科技产业园区, 南通创新区).</summary>
    FunctionalZone,
}

/// <summary>
/// A district as the gold schema writes it: one name per series, whatever the codes were.
/// </summary>
/// <param name="Name">The gold-schema name (港闸区, 海门区, 南通经济技术开发区, 南通市, …).</param>
/// <param name="Code">The code the district has now, or had last (港闸区: 320611).</param>
/// <param name="Kind">City, county or functional unit.</param>
/// <param name="Until">Last day the district existed, null while current (港闸区: 2020-07-27).</param>
/// <param name="CurrentName">The district that holds its area today, for the <c>boundaries=current</c> roll-up (港闸区 → 崇川区).</param>
/// <param name="Codes">Every code written as this district (海门区: 320614 and 320684).</param>
public sealed record District(
    string Name,
    string Code,
    DistrictKind Kind,
    DateOnly? Until,
    string CurrentName,
    IReadOnlyList<string> Codes);
