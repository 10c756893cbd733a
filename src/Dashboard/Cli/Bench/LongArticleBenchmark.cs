using System.Diagnostics;
using System.Globalization;
using System.Text;
using Metrics.Extraction;
using Metrics.Extraction.Budget;

namespace Dashboard.Cli.Bench;

/// <summary>One long article timed: its size, how it was written, and what extracting it cost.</summary>
/// <param name="Name">What it is, e.g. <c>1 MB</c> or <c>1 MB in one line</c>.</param>
/// <param name="Characters">Its length.</param>
/// <param name="Wall">The best wall time of the runs.</param>
/// <param name="Processor">The process's processor time in that run (all threads, the collector's too).</param>
/// <param name="Facts">Facts found, or -1 when the extraction went over its budget.</param>
internal sealed record LongArticleTiming(string Name, int Characters, TimeSpan Wall, TimeSpan Processor, int Facts);

/// <summary>
/// Extraction time against length: synthetic articles joined into one text of 1 MB and 10 MB, and
/// the first size again with every sentence break turned into a comma (a page with no sentence end), each extracted
/// on one thread under the default budget (the first size is also timed in one line). Linear time
/// means 10 MB costs about ten times 1 MB.
/// </summary>
internal static class LongArticleBenchmark
{
    private const int Megabyte = 1 << 20;

    /// <summary>Runs a size of at most this many characters more than once and keeps the best.</summary>
    private const int RepeatBelow = 4 * Megabyte;

    public static IReadOnlyList<LongArticleTiming> Run(IReadOnlyList<double> megabytes, int seed)
    {
        var timings = new List<LongArticleTiming>();
        foreach (var size in megabytes)
        {
            var characters = (int)(size * Megabyte);
            var (text, published) = Joined(characters, seed);
            timings.Add(Time(Label(size), text, published));
            if (size == megabytes[0])
            {
                timings.Add(Time(Label(size) + " in one line", OneLine(text), published));
            }
        }

        return timings;
    }

    /// <summary>The time per character of <paramref name="larger"/> over that of <paramref name="smaller"/>: 1 is exactly linear.</summary>
    public static double Growth(LongArticleTiming smaller, LongArticleTiming larger, Func<LongArticleTiming, TimeSpan> time) =>
        time(larger).TotalSeconds / larger.Characters / (time(smaller).TotalSeconds / smaller.Characters);

    public static string Label(double megabytes) => megabytes.ToString("0.###", CultureInfo.InvariantCulture) + " MB";

    private static LongArticleTiming Time(string name, string text, DateOnly published)
    {
        var input = new ArticleInput(text, published);
        var runs = text.Length <= RepeatBelow ? 3 : 1;
        var best = (Wall: TimeSpan.MaxValue, Processor: TimeSpan.Zero, Facts: 0);
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            var process = Process.GetCurrentProcess();
            var processorBefore = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            int facts;
            try
            {
                facts = FactExtractor.Extract(input, ExtractionLimits.Default).Count;
            }
            catch (ExtractionBudgetExceededException)
            {
                facts = -1;
            }

            wall.Stop();
            process.Refresh();
            if (wall.Elapsed < best.Wall)
            {
                best = (wall.Elapsed, process.TotalProcessorTime - processorBefore, facts);
            }
        }

        return new LongArticleTiming(name, text.Length, best.Wall, best.Processor, best.Facts);
    }

    // Whole synthetic articles one after another, cut at the size; dated by the first.
    private static (string Text, DateOnly Published) Joined(int characters, int seed)
    {
        var text = new StringBuilder(characters + SyntheticArticles.MaxLength);
        var first = SyntheticArticles.Create(seed, 0);
        for (var index = 0; text.Length < characters; index++)
        {
            text.Append(SyntheticArticles.Create(seed, index).Text).Append('\n');
        }

        return (text.ToString(0, characters), first.Published);
    }

    private static string OneLine(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] is '。' or '！' or '？' or '!' or '?' or '\n' or '\r' ? '，' : source[i];
        }
    });
}
