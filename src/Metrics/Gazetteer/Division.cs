namespace Metrics.Gazetteer;

/// <summary>What level of administration a <see cref="Division"/> is.</summary>
public enum DivisionKind
{
    /// <summary>江苏省: only ever a qualifier in front of a Nantong name.</summary>
    Province,

    /// <summary>南通市 itself.</summary>
    City,

    /// <summary>A county-level district, county or county-level city (区, 县, 县级市).</summary>
    County,

    /// <summary>A functional county-level unit the gold schema counts as a district (南通经济技术开发区, 通州湾示范区, …).</summary>
    FunctionalZone,

    /// <summary>A street (街道).</summary>
    Street,

    /// <summary>A town (镇).</summary>
    Town,

    /// <summary>A town-level park, farm or zone of the statistics list (开发区, 农场, 园区).</summary>
    TownLevelOther,
}

/// <summary>
/// An administrative or functional unit with the dates it existed under this code.
/// </summary>
/// <param name="Code">The statistical code (12-digit codes cut to their significant part), or a documented pseudo-code (<c>320690xx</c>, <c>3206xx9xx</c>).</param>
/// <param name="Name">The official name under this code.</param>
/// <param name="Kind">Level of the unit.</param>
/// <param name="ParentCode">The statistical parent (a town's county), null for the province.</param>
/// <param name="ZoneCode">A functional unit that administers this one, when it is not the statistical parent.</param>
/// <param name="ValidFrom">First day under this code, null when before the data window.</param>
/// <param name="ValidTo">Last day under this code, null while current.</param>
/// <param name="SuccessorCode">The code the unit continued under after <paramref name="ValidTo"/>.</param>
/// <param name="GoldName">For county-level units and the city: the district name the gold schema writes (海门市 → 海门区); otherwise null.</param>
/// <param name="Source">Where the row comes from (shared gazetteer, dev article id, tricky-case row).</param>
public sealed record Division(
    string Code,
    string Name,
    DivisionKind Kind,
    string? ParentCode,
    string? ZoneCode,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string? SuccessorCode,
    string? GoldName,
    string Source)
{
    /// <summary>True for the units that are districts of the gold schema (city, counties, functional units).</summary>
    public bool IsDistrictLevel => Kind is DivisionKind.City or DivisionKind.County or DivisionKind.FunctionalZone;

    /// <summary>True when the unit existed under this code on <paramref name="date"/>.</summary>
    public bool IsValidAt(DateOnly date) =>
        (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);
}
