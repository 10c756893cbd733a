using Metrics.Gazetteer;

namespace Dashboard.Presentation.Panels;

/// <summary>The districts' English names for <c>lang=en</c> panels (Chongchuan District…), from the gazetteer's Latin names.</summary>
public static class EnglishDistricts
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> All = new(() =>
    {
        var gazetteer = NantongGazetteer.Load();
        return gazetteer.AllDistricts.ToDictionary(d => d, gazetteer.EnglishName, StringComparer.Ordinal);
    });

    /// <summary>Every district's English name, by its Chinese name.</summary>
    public static IReadOnlyDictionary<string, string> Names => All.Value;

    /// <summary>A district's English name; an unknown name comes back unchanged.</summary>
    public static string Name(string district) => Names.GetValueOrDefault(district, district);
}
