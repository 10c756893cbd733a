using System.Diagnostics;
using Dashboard.Tests.Cli;

namespace Dashboard.Tests.Scripts;

/// <summary>
/// <c>scripts/extract-ratchet.sh</c> run on a repository laid out in a temp folder: the script itself,
/// a floors file, the app's build, and beside it a shared folder whose scorer prints fixed figures,
/// so the outcome depends only on the script.
/// </summary>
public sealed class ExtractRatchetTests : IDisposable
{
    private const string Summary = "SUMMARY strict_f1 meeting=0.650 project=0.420 | wape meetings=0.100 projects=0.200 investment=0.300";

    private readonly TempFolder folder = new();

    public ExtractRatchetTests()
    {
        folder.Write("repo/scripts/extract-ratchet.sh", File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "scripts", "extract-ratchet.sh")));
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var build = Path.Combine(RepositoryPaths.Root, "src", "Dashboard", "bin", configuration, "net10.0");
        Directory.CreateDirectory(folder.PathOf("repo/src/Dashboard/bin/Release"));
        Directory.CreateSymbolicLink(folder.PathOf("repo/src/Dashboard/bin/Release/net10.0"), build);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task SkipsAndSucceedsWhenNoSharedCorpusIsBesideTheRepository()
    {
        WriteFloors("meeting=0.99\nproject=0.99\n");

        var run = await RunAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("extraction ratchet skipped: no dev corpus at ", run.Output);
    }

    [Fact]
    public async Task PassesAndPrintsTheScoreWhenBothScoresMeetTheirFloors()
    {
        WriteSharedCorpus();
        WriteFloors("# comment\nmeeting=0.65\nproject = 0.40\n");

        var run = await RunAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("predicted 1", run.OutputLines);
        Assert.Contains(Summary, run.OutputLines);
        Assert.Contains("extraction ratchet passed: meeting 0.650 >= 0.65, project 0.420 >= 0.40", run.OutputLines);
        Assert.Contains("the extractor improved: raise the floors in tests/extraction-ratchet.txt", run.OutputLines);
    }

    [Fact]
    public async Task FailsNamingTheScoreThatFellBelowItsFloor()
    {
        WriteSharedCorpus();
        WriteFloors("meeting=0.70\nproject=0.42\n");

        var run = await RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Summary, run.OutputLines);
        Assert.Contains("extraction ratchet: meeting strict F1 0.650 is below its floor 0.70", run.ErrorLines);
        Assert.DoesNotContain(run.ErrorLines, line => line.Contains("project strict F1", StringComparison.Ordinal));
        Assert.StartsWith("extraction ratchet FAILED: ", run.ErrorLines[^1]);
    }

    [Fact]
    public async Task RejectedDevFileIsReportedAndTheOtherArticlesAreStillScored()
    {
        WriteSharedCorpus();
        var empty = folder.Write("shared/corpus/dev/empty.txt", []);
        WriteFloors("meeting=0.60\nproject=0.40\n");

        var run = await RunAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: extract rejected 1 dev file(s); they score as articles with no facts:", run.OutputLines);
        Assert.Contains($"{empty}: empty file", run.OutputLines);
        Assert.Contains("predicted 1", run.OutputLines);
        Assert.Contains(Summary, run.OutputLines);
    }

    [Fact]
    public async Task FloorsFileWithoutBothFiguresFails()
    {
        WriteSharedCorpus();
        WriteFloors("meeting=0.60\n");

        var run = await RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith("extraction-ratchet.txt must give meeting=<F1> and project=<F1>", run.ErrorLines[^1]);
    }

    private void WriteFloors(string text) => folder.Write("repo/tests/extraction-ratchet.txt", text);

    /// <summary>One good article and a scorer that reports how many articles it was given, then fixed figures.</summary>
    private void WriteSharedCorpus()
    {
        folder.Write("shared/corpus/dev/kaigong.txt", SampleArticles.GroundBreaking);
        folder.Write("shared/corpus/dev/kaigong.meta.json", SampleArticles.Sidecar("2023-02-12", "开工"));
        folder.Write("shared/corpus/dev/kaigong.json", """{"id": "kaigong", "facts": []}""");
        folder.Write("shared/tools/score.py", $"""
            import sys
            lines = [line for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
            print(f"predicted {"{len(lines)}"}")
            print("{Summary}")
            """);
    }

    private async Task<CliRun> RunAsync()
    {
        var start = new ProcessStartInfo("bash", [folder.PathOf("repo/scripts/extract-ratchet.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder.PathOf("repo"),
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await errors);
    }
}
