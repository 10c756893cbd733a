using System.Collections.Concurrent;
using System.Diagnostics;
using Metrics.Extraction;

namespace Dashboard.Cli.Bench;

/// <summary>Extracts a set of articles on all cores and measures time and memory.</summary>
internal static class ExtractionBenchmark
{
    /// <summary>Extracts every article once and returns the figures. The first article is extracted
    /// once more beforehand so that loading the tables is not counted as throughput.</summary>
    public static BenchResult Run(IReadOnlyList<SyntheticArticle> articles)
    {
        var warmup = Stopwatch.StartNew();
        if (articles.Count > 0)
        {
            FactExtractor.Extract(articles[0].ToInput());
        }

        warmup.Stop();

        var process = Process.GetCurrentProcess();
        var collectionsBefore = CollectionCounts();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var cpuBefore = process.TotalProcessorTime;
        long facts = 0;
        var withoutFacts = 0;
        var wall = Stopwatch.StartNew();

        // Ranges rather than single items: an article takes about a millisecond, so handing them
        // out one at a time would make the partitioner's locking a visible share of the run.
        var ranges = Partitioner.Create(0, articles.Count, rangeSize: Math.Max(1, articles.Count / (Environment.ProcessorCount * 16)));
        Parallel.ForEach(
            ranges,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            range =>
            {
                long localFacts = 0;
                var localWithout = 0;
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var found = FactExtractor.Extract(articles[i].ToInput()).Count;
                    localFacts += found;
                    localWithout += found == 0 ? 1 : 0;
                }

                Interlocked.Add(ref facts, localFacts);
                Interlocked.Add(ref withoutFacts, localWithout);
            });

        wall.Stop();
        process.Refresh();
        var collectionsAfter = CollectionCounts();
        return new BenchResult(
            articles.Count,
            articles.Sum(a => (long)a.Text.Length),
            facts,
            withoutFacts,
            wall.Elapsed,
            process.TotalProcessorTime - cpuBefore,
            warmup.Elapsed,
            process.PeakWorkingSet64,
            GC.GetTotalMemory(forceFullCollection: false),
            GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore,
            [.. collectionsAfter.Zip(collectionsBefore, (after, before) => after - before)]);
    }

    private static int[] CollectionCounts() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
}
