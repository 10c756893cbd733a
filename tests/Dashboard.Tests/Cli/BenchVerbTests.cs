using System.Globalization;
using System.Text.RegularExpressions;

namespace Dashboard.Tests.Cli;

/// <summary><c>bench extract</c>: prints every figure the issue asks for, and touches no database.</summary>
// One at a time with PostgresBenchTests: both look for the bench's temporary SQLite files.
[Collection(nameof(BenchVerbTests))]
public sealed partial class BenchVerbTests
{
    [Fact]
    public async Task BenchExtractPrintsThroughputMemoryMachineAndStageFigures()
    {
        var run = await CliRun.RunAsync("bench", "extract", "--articles", "40", "--seed", "7", "--long", "0.02,0.05");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Errors);
        var figures = run.OutputLines.Select(line => line.Split(':', 2)).Where(p => p.Length == 2).GroupBy(p => p[0].Trim()).ToDictionary(g => g.Key, g => g.First()[1].Trim());
        Assert.Contains($"{Environment.ProcessorCount} cores", figures["machine"]);
        Assert.Contains(".NET", figures["machine"]);
        Assert.StartsWith("40 synthetic (seed 7)", figures["articles"]);
        Assert.True(Number(figures["throughput"], "articles/s") > 0);
        Assert.True(Number(figures["facts"], "(") > 0);
        Assert.True(Number(figures["peak working set"], "MB") > 0);
        Assert.Matches("^[0-9,]+ MB at the end; [0-9,]+ MB allocated", figures["GC heap"]);
        Assert.Matches("^[0-9.]+ s on [0-9]+ cores", figures["wall time"]);
        Assert.Matches("(met|MISSED)$", figures["target"]);
        Assert.StartsWith("synthetic articles joined into one text (seed 7), one thread", figures["long articles"]);
        foreach (var size in new[] { "0.02 MB", "0.05 MB", "0.02 MB in one line" })
        {
            Assert.Contains(run.OutputLines, line => line.StartsWith(size + " ", StringComparison.Ordinal) && LongFigure().IsMatch(line));
        }

        Assert.Matches(@"^0\.05 MB takes [0-9.]+× the wall time per character of 0\.02 MB \([0-9.]+× the processor time\); within 1\.5: (met|MISSED)$", figures["linear"]);
        Assert.Contains(run.OutputLines, line => line.StartsWith("target: each long article within 1 s a MB", StringComparison.Ordinal));
        foreach (var stage in new[] { "normalise", "sentences", "dates", "places", "leaders", "money", "counts", "finders and merging (the rest)", "whole extraction" })
        {
            Assert.Contains(run.OutputLines, line => line.StartsWith(stage, StringComparison.Ordinal) && StageFigure().IsMatch(line));
        }
    }

    [Fact]
    public async Task BenchSeriesTimesTheMonthlyAllDistrictSeriesOfEachMetricOverATemporaryDatabase()
    {
        using var folder = new TempFolder();
        var database = folder.PathOf("app.db");

        var run = await CliRun.RunAsync("bench", "series", "--facts", "300", "--requests", "3", $"--ConnectionStrings:Metrics=Data Source={database}");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.OutputLines, line => line.StartsWith("facts: 300 synthetic", StringComparison.Ordinal));
        foreach (var url in new[] { "/api/series?metric=meetings&interval=month", "/api/series?metric=projects&interval=month", "/api/series?metric=investment&interval=month", "/api/facts?metric=meetings", "/api/facts" })
        {
            foreach (var when in new[] { "repeated", "right after a fact changed" })
            {
                Assert.Contains(run.OutputLines, line => line.StartsWith($"{url} {when}: p50 ", StringComparison.Ordinal) && line.EndsWith("over 3 requests", StringComparison.Ordinal));
            }
        }

        Assert.Contains(run.OutputLines, line => line.StartsWith("each URL timed twice through Kestrel, 3 requests after 3 untimed", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, line => line.StartsWith("target: /api/series p95 <= 50 ms", StringComparison.Ordinal));

        Assert.False(File.Exists(database));
    }

    [Fact]
    public async Task BenchPanelsTimesImagesAndTheFirstByteOfFactExports()
    {
        var run = await CliRun.RunAsync("bench", "panels", "--facts", "200", "--requests", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.OutputLines, line => line.StartsWith("facts: 200 synthetic", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, line => line.StartsWith("/panels/investment.png?width=1200&height=600 repeated: p50 ", StringComparison.Ordinal) && line.EndsWith("over 2 requests", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, line => Regex.IsMatch(line, "^/panels/projects.xlsx\\?rows=facts: first byte [0-9]+ ms, whole [0-9.]+ s, [0-9,]+ bytes$"));
        Assert.Contains(run.OutputLines, line => line.StartsWith("target: PNG 1200x600 p95 <= 100 ms: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BenchLoadReportsPercentilesPeakMemoryAndTargetsOfBothLoads()
    {
        var run = await CliRun.RunAsync("bench", "load", "--viewers", "2", "--seconds", "2", "--png-rate", "4", "--png-seconds", "1", "--facts", "200");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.OutputLines, line => line.StartsWith("data: the seed articles and 200 synthetic facts", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, line => Regex.IsMatch(line, "^\\s*pages: p50 [0-9.]+ ms, p95 [0-9.]+ ms, p99 [0-9.]+ ms, max [0-9.]+ ms over 2 requests$"));
        Assert.Contains(run.OutputLines, line => Regex.IsMatch(line, "^\\s*/api/series: p50 .* p99 [0-9.]+ ms, .* over 2 requests$"));
        Assert.Contains(run.OutputLines, line => Regex.IsMatch(line, "^\\s*PNG: p50 .* p99 [0-9.]+ ms, .* over 4 requests$"));
        Assert.Equal(2, run.OutputLines.Count(line => Regex.IsMatch(line, "^\\s*peak working set: [0-9]+ MB$")));
        Assert.Contains("answers other than 200: none", run.OutputLines);
        Assert.Contains(run.OutputLines, line => Regex.IsMatch(line, "^targets: page p99 <= 500 ms: (met|MISSED); /api/series p99 <= 50 ms: (met|MISSED); PNG p99 <= 200 ms: (met|MISSED); working set <= 1 GB: (met|MISSED)$"));
    }

    [Fact]
    public async Task BenchImportExtractsAndStoresSyntheticArticlesInATemporaryDatabase()
    {
        var run = await CliRun.RunAsync("bench", "import", "--articles", "4");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.OutputLines, line => line.StartsWith("import: 4 synthetic articles (seed 42) extracted and stored", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BenchWritesNoDatabase()
    {
        using var folder = new TempFolder();
        var database = folder.PathOf("bench.db");

        var run = await CliRun.RunAsync("bench", "extract", "--articles", "5", $"--ConnectionStrings:Metrics=Data Source={database}");

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(database));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Root));
    }

    [Theory]
    [InlineData("import", "--articles", "2")]
    [InlineData("series", "--facts", "50", "--requests", "1")]
    [InlineData("panels", "--facts", "50", "--requests", "1")]
    public async Task BenchClosesItsTemporaryDatabaseAndNoOther(params string[] arguments)
    {
        // The tests run the verbs inside their process, beside the apps of other test classes.
        using var other = new PooledConnectionProbe();

        var run = await CliRun.RunAsync(["bench", .. arguments]);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(OpenFiles.Under(Path.GetTempPath()), file => Path.GetFileName(Path.GetDirectoryName(file))!.StartsWith("bench-", StringComparison.Ordinal));
        Assert.True(other.StillPooled);
    }

    [Theory]
    [InlineData("say what to measure: extract, series, import, panels or load")]
    [InlineData("cannot measure 'export'; only extract, series, import, panels or load", "export")]
    [InlineData("--facts must be a whole number from 1 to 10,000,000, not '0'", "series", "--facts", "0")]
    [InlineData("--articles must be a whole number from 1 to 1,000,000, not '0'", "extract", "--articles", "0")]
    [InlineData("--articles must be a whole number from 1 to 1,000,000, not 'many'", "extract", "--articles", "many")]
    [InlineData("--seed must be a whole number from -2,147,483,648 to 2,147,483,647, not '4.2'", "extract", "--seed", "4.2")]
    [InlineData("unknown option --threads", "extract", "--threads", "4")]
    [InlineData("--long takes sizes in MB from 0 to 100, separated by commas, not '1,big'", "extract", "--long", "1,big")]
    public async Task BenchCalledWronglyIsAUsageError(string message, params string[] arguments)
    {
        var run = await CliRun.RunAsync(["bench", .. arguments]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal([$"bench: {message}", "usage: bench extract|import [--articles 10000] [--seed 42] [--long 1,10] [--postgres CONNECTION] | bench series [--facts 1000000] [--requests 200] [--seed 42] [--postgres CONNECTION] | bench panels [--facts 100000] [--requests 100] [--seed 42] | bench load [--viewers 50] [--seconds 60] [--png-rate 100] [--png-seconds 30] [--facts 100000]"], run.ErrorLines);
    }

    private static double Number(string figure, string unit)
    {
        var text = figure[..figure.IndexOf(unit, StringComparison.Ordinal)].Trim();
        return double.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    // "  dates     0.110  ( 5 %)": milliseconds per article, then the share.
    [GeneratedRegex(@"\s[0-9]+\.[0-9]{3}\s+\(\s*[0-9]+ %\)$")]
    private static partial Regex StageFigure();

    [GeneratedRegex(@" [0-9,]+ characters: +[0-9.]+ s wall, +[0-9.]+ s processor, +[0-9.]+ M characters/s, [0-9,]+ facts$")]
    private static partial Regex LongFigure();
}
