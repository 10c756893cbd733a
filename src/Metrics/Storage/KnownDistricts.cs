using Metrics.Gazetteer;

namespace Metrics.Storage;

/// <summary>Turns the gazetteer's districts into the rows of the <c>Districts</c> table.</summary>
internal static class KnownDistricts
{
    private static readonly string[] Suffixes = ["区", "市", "县"];

    public static IReadOnlyList<KnownDistrict> FromGazetteer(NantongGazetteer gazetteer) =>
        gazetteer.Districts.Select(district =>
        {
            var divisions = gazetteer.Divisions
                .Where(d => d.IsDistrictLevel && (d.GoldName ?? d.Name) == district.Name)
                .ToArray();
            var names = divisions.Select(d => d.Name).Prepend(district.Name).Distinct(StringComparer.Ordinal).ToArray();
            // Functional zones have no short form of their own (南通经济技术开发区 → 南通 is the city).
            var aliases = district.Kind == DistrictKind.FunctionalZone ? [] : names
                .Select(Shorten)
                .Where(a => a is not null && !names.Contains(a))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            return new KnownDistrict
            {
                Name = district.Name,
                Code = district.Code,
                Kind = district.Kind.ToString(),
                OfficialNames = string.Join('、', names),
                Aliases = string.Join('、', aliases),
                ValidFrom = divisions.Any(d => d.ValidFrom is null) ? null : divisions.Min(d => d.ValidFrom),
                ValidUntil = district.Until,
                SuccessorName = district.CurrentName == district.Name ? null : district.CurrentName,
            };
        }).ToArray();

    // 通州区 → 通州; two-character names (如东县 → 如东) are how articles write them.
    private static string? Shorten(string name)
    {
        foreach (var suffix in Suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2)
            {
                return name[..^suffix.Length];
            }
        }

        return null;
    }
}
