using System.Globalization;

namespace Dashboard.Cli.Bench;

/// <summary>Writes the benchmark's figures, one per line, as <c>name: value</c> for people and grep.</summary>
internal static class BenchReport
{
    /// <summary>The issue's target: at least this many articles a second...</summary>
    public const double TargetArticlesPerSecond = 1_000;

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

    private static string StageLine(string name, TimeSpan time, StageTimings stages) =>
        F($"  {name,-32} {time.TotalMilliseconds / Math.Max(1, stages.Articles),8:F3}  ({time / stages.Whole,4:P0})");

    private static double Per(double total, int count) => count == 0 ? 0 : total / count;

    private static double Megabytes(long bytes) => bytes / (1024.0 * 1024.0);

    private static string F(FormattableString text) => text.ToString(Invariant);
}
