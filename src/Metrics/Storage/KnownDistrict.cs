namespace Metrics.Storage;

/// <summary>
/// A district of the gold schema as data: its official names, aliases, validity and successor
/// (港闸区 until 2020-07-27, then 崇川区). Filled from the gazetteer by the migrations.
/// </summary>
public sealed class KnownDistrict
{
    /// <summary>The name facts are stored under (港闸区, 海门区, 南通市, …).</summary>
    public required string Name { get; set; }

    /// <summary>The code it has now, or had last.</summary>
    public required string Code { get; set; }

    /// <summary><c>City</c>, <c>County</c> or <c>FunctionalZone</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>Every official name written as this district, separated by 、 (海门区、海门市).</summary>
    public required string OfficialNames { get; set; }

    /// <summary>Short forms accepted for it, separated by 、 (海门).</summary>
    public required string Aliases { get; set; }

    /// <summary>First day it existed, null when before the data window.</summary>
    public DateOnly? ValidFrom { get; set; }

    /// <summary>Last day it existed, null while current (港闸区: 2020-07-27).</summary>
    public DateOnly? ValidUntil { get; set; }

    /// <summary>The district that holds its area today when it no longer exists (港闸区 → 崇川区).</summary>
    public string? SuccessorName { get; set; }
}
