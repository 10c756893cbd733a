using System.Globalization;
using Metrics.Gazetteer;

namespace Metrics.Tests.Gazetteer;

/// <summary>Shared helpers: the loaded gazetteer and date parsing pinned to the invariant culture.</summary>
internal static class GazetteerFixture
{
    public static NantongGazetteer Nantong => NantongGazetteer.Load();

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? OptionalDate(string? iso) => iso is null ? null : Date(iso);

    /// <summary>The mentions of a text that resolve to a Nantong district.</summary>
    public static IReadOnlyList<DistrictMention> NantongMentions(string text, string? published) =>
        Nantong.FindMentions(text, OptionalDate(published)).Where(m => m.District is not null).ToArray();
}
