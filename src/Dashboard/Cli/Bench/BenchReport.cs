using System.Globalization;

namespace Dashboard.Cli.Bench;

/// <summary>Writes the benchmark's figures, one per line, as <c>name: value</c> for people and grep.</summary>
internal static class BenchReport
{
    /// <summary>Issue 13's target: at least this many articles a second...</summary>
    public const double TargetArticlesPerSecond = 1_300;

    /// <summary>...with the process's peak working set under this.</summary>
    public const long TargetPeakBytes = 500L * 1024 * 1024;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task WriteAsync(TextWriter output, MachineInfo machine, int seed, TimeSpan generation, BenchResult result, StageTimings stages)
    {
        var gc = machine.ServerGc ? "server GC" : "workstation GC";
        var build = machine.Optimized ? "optimised build" : "DEBUG BUILD (not optimised: run with -c Release)";
        var cores = result.Cpu / (result.Wall * machine.ProcessorCount);
        var load = machine.LoadAverage is { } average ? F($", load average {average:F2} before the run") : "";
        var met = result.ArticlesPerSecond >= TargetArticlesPerSecond && result.PeakWorkingSetBytes < TargetPeakBytes;

        string[] lines =
        [
            F($"machine: {machine.ProcessorCount} cores, {machine.OperatingSystem}, {machine.Runtime}, {gc}, {build}{load}"),
            F($"articles: {result.Articles:N0} synthetic (seed {seed}), {result.Characters:N0} characters, {Per(result.Characters, result.Articles):N0} per article; generated in {generation.TotalSeconds:F2} s, not timed"),
            F($"warm-up: {result.Warmup.TotalMilliseconds:N0} ms for the first article (tables, JIT), not timed"),
            F($"wall time: {result.Wall.TotalSeconds:F2} s on {machine.ProcessorCount} cores (CPU {cores:P0} busy)"),
            F($"throughput: {result.ArticlesPerSecond:N0} articles/s, {result.CharactersPerSecond / 1e6:F2} M characters/s"),
            F($"facts: {result.Facts:N0} ({Per(result.Facts, result.Articles):F2} per article; {result.ArticlesWithoutFacts:N0} articles with none)"),
            F($"peak working set: {Megabytes(result.PeakWorkingSetBytes):N0} MB"),
            F($"GC heap: {Megabytes(result.GcHeapBytes):N0} MB at the end; {Megabytes(result.AllocatedBytes):N0} MB allocated ({Per(result.AllocatedBytes, result.Articles) / 1024:N0} KB per article); collections gen0/1/2 {result.Collections[0]}/{result.Collections[1]}/{result.Collections[2]}"),
            F($"target: >= {TargetArticlesPerSecond:N0} articles/s and peak < {Megabytes(TargetPeakBytes):N0} MB: {(met ? "met" : "MISSED")}"),
            F($"stages: one thread, first {stages.Articles:N0} articles, ms per article (share of the whole extraction)"),
        ];
        foreach (var line in lines)
        {
            await output.WriteLineAsync(line);
        }

        for (var i = 0; i < StageProfile.StageNames.Length; i++)
        {
            await output.WriteLineAsync(StageLine(StageProfile.StageNames[i], stages.Stages[i], stages));
        }

        await output.WriteLineAsync(StageLine("whole extraction", stages.Whole, stages));
    }

    /// <summary>Issue 18's targets: 1 MB within a second, 10 MB within ten, and time linear in length within a factor of 1.5.</summary>
    public const double TargetSecondsPerMegabyte = 1;

    public const double TargetGrowth = 1.5;

    public static async Task WriteLongAsync(TextWriter output, int seed, IReadOnlyList<LongArticleTiming> timings)
    {
        await output.WriteLineAsync(F($"long articles: synthetic articles joined into one text (seed {seed}), one thread, default budget, best of 3 below 4 MB"));
        foreach (var t in timings)
        {
            var facts = t.Facts < 0 ? "OVER ITS BUDGET" : F($"{t.Facts:N0} facts");
            await output.WriteLineAsync(F(
                $"  {t.Name,-18} {t.Characters,12:N0} characters: {t.Wall.TotalSeconds,6:F2} s wall, {t.Processor.TotalSeconds,6:F2} s processor, {t.Characters / Math.Max(t.Wall.TotalSeconds, 1e-9) / 1e6,5:F2} M characters/s, {facts}"));
        }

        var inTime = timings.All(t => t.Facts >= 0 && t.Wall.TotalSeconds <= TargetSecondsPerMegabyte * Math.Max(1, Math.Ceiling(t.Characters / (1024.0 * 1024.0))));
        var plain = timings.Where(t => !t.Name.Contains("line", StringComparison.Ordinal)).OrderBy(t => t.Characters).ToList();
        var linear = true;
        if (plain.Count >= 2)
        {
            var (smallest, largest) = (plain[0], plain[^1]);
            var wall = LongArticleBenchmark.Growth(smallest, largest, t => t.Wall);
            var processor = LongArticleBenchmark.Growth(smallest, largest, t => t.Processor);
            // Both measures: on a loaded machine wall time hides growth that processor time shows, and the other way round.
            linear = Math.Max(wall, processor) <= TargetGrowth;
            await output.WriteLineAsync(F(
                $"linear: {largest.Name} takes {wall:F2}× the wall time per character of {smallest.Name} ({processor:F2}× the processor time); within {TargetGrowth}: {(linear ? "met" : "MISSED")}"));
        }

        await output.WriteLineAsync(F($"target: each long article within {TargetSecondsPerMegabyte:F0} s a MB (wall) and linear: {(inTime && linear ? "met" : "MISSED")}"));
    }

    private static string StageLine(string name, TimeSpan time, StageTimings stages) =>
        F($"  {name,-32} {time.TotalMilliseconds / Math.Max(1, stages.Articles),8:F3}  ({time / stages.Whole,4:P0})");

    private static double Per(double total, int count) => count == 0 ? 0 : total / count;

    private static double Megabytes(long bytes) => bytes / (1024.0 * 1024.0);

    private static string F(FormattableString text) => text.ToString(Invariant);
}
