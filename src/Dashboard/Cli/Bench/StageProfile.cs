using System.Diagnostics;
using Metrics.Extraction;
using Metrics.Extraction.Dates;
using Metrics.Extraction.Numbers;
using Metrics.Extraction.Text;
using Metrics.Gazetteer;

namespace Dashboard.Cli.Bench;

/// <summary>
/// Where the extractor's time goes: each stage that <see cref="FactExtractor.Extract(ArticleInput)"/> runs,
/// timed on its own over the same normalised text, on one thread. The finders themselves are
/// internal to the extractor, so their share is the whole extraction minus the stages.
/// </summary>
internal static class StageProfile
{
    /// <summary>The stages as reported, in pipeline order; the last is the remainder.</summary>
    public static readonly string[] StageNames =
        ["normalise", "sentences", "dates", "places", "leaders", "money", "counts", "finders and merging (the rest)"];

    /// <summary>Times every stage, then the whole extraction, over each of <paramref name="articles"/>.</summary>
    public static StageTimings Measure(IReadOnlyList<SyntheticArticle> articles)
    {
        var gazetteer = NantongGazetteer.Load();
        var stages = new long[StageNames.Length - 1];
        long whole = 0;
        foreach (var article in articles)
        {
            var published = (DateOnly?)article.Published;
            var start = Stopwatch.GetTimestamp();
            var normalized = TextNormalizer.Normalize(article.Text);
            var text = normalized.Text;
            Lap(stages, 0, ref start);
            SentenceSplitter.Split(normalized);
            Lap(stages, 1, ref start);
            DateResolver.FindAll(text, published);
            Lap(stages, 2, ref start);
            gazetteer.FindMentions(text, published);
            Lap(stages, 3, ref start);
            gazetteer.Leaders.Find(text, published);
            Lap(stages, 4, ref start);
            MoneyParser.FindAll(text);
            Lap(stages, 5, ref start);
            CountParser.FindAll(text);
            Lap(stages, 6, ref start);

            FactExtractor.Extract(article.ToInput());
            whole += Stopwatch.GetTimestamp() - start;
        }

        var measured = stages.Select(ticks => Stopwatch.GetElapsedTime(0, ticks)).ToList();
        var wholeTime = Stopwatch.GetElapsedTime(0, whole);
        var rest = wholeTime - measured.Aggregate(TimeSpan.Zero, (sum, t) => sum + t);
        return new StageTimings(articles.Count, [.. measured, rest < TimeSpan.Zero ? TimeSpan.Zero : rest], wholeTime);
    }

    private static void Lap(long[] stages, int stage, ref long start)
    {
        var now = Stopwatch.GetTimestamp();
        stages[stage] += now - start;
        start = now;
    }
}
