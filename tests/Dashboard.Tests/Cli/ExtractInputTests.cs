using System.Text;
using System.Text.Json;

namespace Dashboard.Tests.Cli;

/// <summary>Which files <c>extract</c> reads, and how it reports the ones it cannot.</summary>
public sealed class ExtractInputTests : IDisposable
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static readonly string[] BadKinds = ["binary", "empty", "50 MB", "invalid bytes", "HTML with no text"];

    public static TheoryData<string> BadInputs => new(BadKinds);

    [Fact]
    public async Task FolderIsReadRecursivelyAndGoldOrSidecarJsonIsNotAnArticle()
    {
        folder.Write("corpus/a.txt", SampleArticles.StandingCommittee);
        folder.Write("corpus/a.meta.json", SampleArticles.Sidecar("2020-06-30", "甲"));
        folder.Write("corpus/a.json", """{"id": "a", "facts": []}""");
        folder.Write("corpus/sub/b.md", SampleArticles.WorkConference);
        folder.Write("corpus/sub/deeper/c.html", $"<html><body><p>{SampleArticles.GroundBreaking}</p></body></html>");
        folder.Write("corpus/sub/deeper/c.json", """{"id": "c", "facts": []}""");
        folder.Write("corpus/sub/notes.pdf", [0x25, 0x50, 0x44, 0x46]);

        var run = await CliRun.RunAsync("extract", folder.PathOf("corpus"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Errors);
        Assert.Equal(["a", "b", "c"], run.OutputLines.Select(IdOf));
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task BadInputGetsOneLineNamingFileAndReasonWhileGoodFilesAreStillExtracted(string kind)
    {
        var (bad, reason) = WriteBadInput(kind);
        var good = folder.Write("good.txt", SampleArticles.GroundBreaking);

        var run = await CliRun.RunAsync("extract", bad, good);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith(bad + ": ", line);
        Assert.Contains(reason, line);
        Assert.Equal(["good"], run.OutputLines.Select(IdOf));
    }

    [Fact]
    public async Task EveryBadFileInAFolderIsReportedOnceAndTheGoodOnesAreExtracted()
    {
        var bad = BadKinds.Select(kind => WriteBadInput(kind).Path).ToList();
        folder.Write("good-1.txt", SampleArticles.GroundBreaking);
        folder.Write("sub/good-2.txt", SampleArticles.StandingCommittee);

        var run = await CliRun.RunAsync("extract", folder.Root, "--published", "2023-03-01");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(bad.Order(StringComparer.Ordinal), run.ErrorLines.Select(line => line[..line.IndexOf(": ", StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
        Assert.Equal(["good-1", "good-2"], run.OutputLines.Select(IdOf));
    }

    [Fact]
    public async Task BrokenHtmlIsReadTheWayABrowserRecoversIt()
    {
        var path = folder.Write(
            "broken.html",
            $"<html><head><title>开工</title></div><body class=x><div><p>{SampleArticles.GroundBreaking}</span></b><div><span>未闭合<table><p>表内<tr><td>&nbsp");

        var run = await CliRun.RunAsync("extract", path, "--published", "2023-02-12");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Errors);
        using var line = JsonDocument.Parse(Assert.Single(run.OutputLines));
        Assert.Equal("开工", line.RootElement.GetProperty("title").GetString());
        Assert.Equal(16, line.RootElement.GetProperty("facts")[0].GetProperty("project_count").GetInt32());
    }

    [Fact]
    public async Task ArticleOnOneMegabyteLineIsExtractedNotRejected()
    {
        var line = new StringBuilder(SampleArticles.GroundBreaking.TrimEnd());
        while (Encoding.UTF8.GetByteCount(line.ToString()) < 1024 * 1024)
        {
            line.Append(SampleArticles.Filler);
        }

        var path = folder.Write("one-line.txt", line.ToString());

        var run = await CliRun.RunAsync("extract", path, "--published", "2023-02-12");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Errors);
        using var document = JsonDocument.Parse(Assert.Single(run.OutputLines));
        Assert.Equal("2023-02-11", document.RootElement.GetProperty("facts")[0].GetProperty("date").GetString());
    }

    [Fact]
    public async Task MissingPathIsReportedAndTheOtherPathsAreStillExtracted()
    {
        var good = folder.Write("good.txt", SampleArticles.GroundBreaking);
        var missing = folder.PathOf("no-such-article.txt");

        var run = await CliRun.RunAsync("extract", missing, good);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{missing}: no such file or folder", Assert.Single(run.ErrorLines));
        Assert.Equal(["good"], run.OutputLines.Select(IdOf));
    }

    [Fact]
    public async Task SizeLimitComesFromConfiguration()
    {
        var path = folder.Write("kaigong.txt", SampleArticles.GroundBreaking);

        var run = await CliRun.RunAsync("extract", path, "--Dashboard:MaxArticleBytes=100");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.OutputLines);
        Assert.Contains("over the 100-byte limit", Assert.Single(run.ErrorLines));
    }

    private (string Path, string Reason) WriteBadInput(string kind) => kind switch
    {
        "binary" => (folder.Write("bad/binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]), "binary"),
        "empty" => (folder.Write("bad/empty.txt", []), "empty file"),
        "50 MB" => (folder.WriteSized("bad/huge.txt", FiftyMegabytes), "over the 10,485,760-byte limit"),
        // 0x80 and 0xFF start no character in UTF-8 or in GB18030.
        "invalid bytes" => (folder.Write("bad/invalid.txt", [.. Encoding.UTF8.GetBytes("通州区开工"), 0x80, 0xFF, 0x41]), "invalid UTF-8 and not valid GB18030"),
        "HTML with no text" => (folder.Write("bad/no-text.html", "<html><head><title>空</title><script>var a = '<p>'"), "no text in the HTML page"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string IdOf(string line)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.GetProperty("id").GetString()!;
    }
}
