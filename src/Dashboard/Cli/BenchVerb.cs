using System.Diagnostics;
using System.Globalization;
using Dashboard.Cli.Bench;

namespace Dashboard.Cli;

/// <summary>
/// <c>bench extract [--articles 10000] [--seed 42]</c>: extracts synthetic articles made in memory
/// on all cores and prints throughput, memory and where the time goes. Touches no database.
/// </summary>
internal sealed class BenchVerb : IVerb
{
    /// <summary>How many articles the stage breakdown times, one thread, after the parallel run.</summary>
    private const int StageSample = 500;

    private const int MaxArticles = 1_000_000;

    public string Name => "bench";

    public string Usage => "bench extract [--articles 10000] [--seed 42]";

    public IReadOnlySet<string> OptionNames { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "articles", "seed" };

    public async Task<int> RunAsync(VerbArguments arguments, IServiceProvider services, TextWriter output, TextWriter errors)
    {
        if (arguments.Paths is not ["extract"])
        {
            throw new VerbUsageException(arguments.Paths.Count == 0
                ? "say what to measure: extract"
                : $"cannot measure '{string.Join(' ', arguments.Paths)}'; only extract");
        }

        var count = ReadInt(arguments, "articles", 10_000, 1, MaxArticles);
        var seed = ReadInt(arguments, "seed", 42, int.MinValue, int.MaxValue);

        var machine = MachineInfo.Now();
        var generation = Stopwatch.StartNew();
        var articles = SyntheticArticles.Generate(count, seed);
        generation.Stop();

        var result = ExtractionBenchmark.Run(articles);
        var stages = StageProfile.Measure(articles.Take(StageSample).ToArray());
        await BenchReport.WriteAsync(output, machine, seed, generation.Elapsed, result, stages);
        return 0;
    }

    private static int ReadInt(VerbArguments arguments, string name, int fallback, int min, int max)
    {
        if (!arguments.Options.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new VerbUsageException(string.Create(CultureInfo.InvariantCulture, $"--{name} must be a whole number from {min:N0} to {max:N0}, not '{text}'"));
    }
}
