using Metrics.Extraction;
using Metrics.Extraction.Facts;

namespace Metrics.Tests.Support;

/// <summary>The facts the extractor reads from a text written for a test, all of them or one kind.</summary>
internal static class Extracted
{
    public static IReadOnlyList<ExtractedFact> Facts(string text, string published, string? title = null) =>
        FactExtractor.Extract(new ArticleInput(text, DateOnly.Parse(published), title));

    public static IReadOnlyList<ProjectEventFact> Events(string text, string published, string? title = null) =>
        [.. Facts(text, published, title).OfType<ProjectEventFact>()];

    /// <summary>The project events of a page that shows no publication date.</summary>
    public static IReadOnlyList<ProjectEventFact> UndatedPageEvents(string text) =>
        [.. FactExtractor.Extract(new ArticleInput(text, null)).OfType<ProjectEventFact>()];

    public static IReadOnlyList<MeetingFact> Meetings(string text, string published, string? title = null) =>
        [.. Facts(text, published, title).OfType<MeetingFact>()];
}
