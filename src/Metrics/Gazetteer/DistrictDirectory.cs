namespace Metrics.Gazetteer;

/// <summary>
/// The districts of the gold schema, derived from the division tables: every district-level
/// division contributes its gold name, so the list follows the data (a new functional unit
/// in divisions.tsv appears here without a code change).
/// </summary>
internal sealed class DistrictDirectory
{
    private readonly Dictionary<string, District> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Division[]> _divisionsByName = new(StringComparer.Ordinal);

    public DistrictDirectory(IReadOnlyDictionary<string, Division> divisions, DivisionTimeline timeline)
    {
        foreach (var group in divisions.Values.Where(d => d.GoldName is not null).GroupBy(d => d.GoldName!))
        {
            var members = group.OrderBy(d => d.ValidTo ?? DateOnly.MaxValue).ToArray();
            var last = members[^1];
            var latest = last;
            for (var guard = 0; guard < 8 && latest.SuccessorCode is not null; guard++)
            {
                latest = timeline.Get(latest.SuccessorCode);
            }

            var kind = last.Kind switch
            {
                DivisionKind.City => DistrictKind.City,
                DivisionKind.FunctionalZone => DistrictKind.FunctionalZone,
                _ => DistrictKind.County,
            };
            _byName[group.Key] = new District(
                group.Key,
                last.Code,
                kind,
                last.ValidTo,
                latest.GoldName ?? group.Key,
                members.Select(d => d.Code).Order(StringComparer.Ordinal).ToArray());
            _divisionsByName[group.Key] = members;
        }

        All = _byName.Values.OrderBy(d => d.Code, StringComparer.Ordinal).ToArray();
    }

    /// <summary>All districts, the city first, then by code.</summary>
    public IReadOnlyList<District> All { get; }

    public District? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The code a district had on a date (海门区 in 2019: 320684); its last code without a date.</summary>
    public string? CodeAt(string name, DateOnly? at)
    {
        if (!_divisionsByName.TryGetValue(name, out var members))
        {
            return null;
        }

        if (at is { } date && members.FirstOrDefault(d => d.IsValidAt(date)) is { } valid)
        {
            return valid.Code;
        }

        return _byName[name].Code;
    }
}
