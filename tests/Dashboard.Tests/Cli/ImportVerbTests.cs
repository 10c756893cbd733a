using System.Text.RegularExpressions;
using Dashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Cli;

/// <summary><c>import</c>: prints what it did to the articles and to the facts, and does nothing the second time.</summary>
public sealed partial class ImportVerbTests
{
    [Fact]
    public async Task ImportPrintsArticleAndFactCountsThatMatchTheDatabase()
    {
        using var folder = new TempFolder();
        using var database = new VerbDatabase(folder);
        var reports = folder.Write("reports/a.txt", "2月11日，通州区召开全区项目建设动员大会。");
        folder.Write("reports/b.txt", "通州日报讯 2月11日，通州区召开全区项目建设动员大会，区委书记出席。");
        folder.Write("reports/a.meta.json", """{"published": "2023-02-13"}""");
        folder.Write("reports/b.meta.json", """{"published": "2023-02-14"}""");

        var first = await CliRun.RunAsync(["import", RepositoryPaths.Seed, Path.GetDirectoryName(reports)!, .. database.Arguments]);
        var again = await CliRun.RunAsync(["import", RepositoryPaths.Seed, .. database.Arguments]);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(2, first.OutputLines.Count);
        Assert.StartsWith("新增 7 篇，未变 0 篇，更新 0 篇，拒绝 0 篇；事实：新增 ", first.OutputLines[0], StringComparison.Ordinal);
        var counts = Summary().Match(first.OutputLines[1]);
        Assert.True(counts.Success, first.Output);
        Assert.Equal(("7", "0", "0", "0"), (counts.Groups["added"].Value, counts.Groups["unchanged"].Value, counts.Groups["updated"].Value, counts.Groups["rejected"].Value));
        var (facts, mentions) = await CountAsync(database);
        var newFacts = int.Parse(counts.Groups["new"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var known = int.Parse(counts.Groups["known"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(facts, newFacts);
        Assert.Equal(mentions, newFacts + known);
        // b.txt reports the meeting a.txt reported (and so may the seed): at least one mention of a known fact.
        Assert.True(known >= 1, first.Output);
        Assert.Equal(["新增 0 篇，未变 5 篇，更新 0 篇，拒绝 0 篇；事实：新增 0 条，已知事实的报道 0 条", "(added 0, unchanged 5, updated 0, rejected 0; facts: 0 new, 0 mentions of known facts)"], again.OutputLines);
    }

    [Fact]
    public async Task AnArticleWithoutAPublicationDateIsStoredWithAChineseWarning()
    {
        using var folder = new TempFolder();
        using var database = new VerbDatabase(folder);
        var undated = folder.Write("undated.txt", "11日上午，通州区一季度重大产业项目集中开工仪式举行。此次集中开工的产业项目共16个，总投资83.2亿元。");

        var run = await CliRun.RunAsync(["import", undated, .. database.Arguments]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith(undated + ": 警告：未找到发布日期：其中 ", StringComparison.Ordinal) && l.EndsWith("条事实无法归入任何时段", StringComparison.Ordinal));
        Assert.StartsWith("新增 1 篇", run.OutputLines[0], StringComparison.Ordinal);
        Assert.Contains("1 篇有警告", run.OutputLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVerbImportIsAuditedWithTheBeforeStateAndAnErrorPageAtAKnownUrlIsHeld()
    {
        using var folder = new TempFolder();
        using var database = new VerbDatabase(folder);
        var text = "2月11日上午，通州区一季度重大产业项目集中开工仪式在康源电路项目现场举行。此次集中开工的产业项目共16个，总投资83.2亿元。";
        folder.Write("a/launch.txt", text);
        folder.Write("a/launch.meta.json", """{"published": "2023-02-12", "url": "http://example.test/launch"}""");
        folder.Write("b/launch.txt", "404 Not Found");
        folder.Write("b/launch.meta.json", """{"published": "2023-02-12", "url": "http://example.test/launch"}""");

        var first = await CliRun.RunAsync(["import", folder.PathOf("a"), .. database.Arguments]);
        var second = await CliRun.RunAsync(["import", folder.PathOf("b"), .. database.Arguments]);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains(second.OutputLines, line => line.Contains("held for review in /review: 1", StringComparison.Ordinal));
        await using var context = database.Open();
        var entries = await context.AuditEntries.OrderBy(e => e.Id).Select(e => new { e.User, e.Action, Before = e.BeforeJson, After = e.AfterJson! }).ToListAsync();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(("cli:" + Environment.UserName, "import"), (e.User, e.Action)));
        Assert.Null(entries[0].Before);
        Assert.Contains(Metrics.Ingest.ContentHash.Compute(text), entries[1].Before, StringComparison.Ordinal);
        Assert.Contains("\"outcome\":\"Held\"", entries[1].After, StringComparison.Ordinal);
        Assert.Equal(text, await context.Articles.Select(a => a.Text).SingleAsync());
    }

    private static async Task<(int Facts, int Mentions)> CountAsync(VerbDatabase database)
    {
        await using var context = database.Open();
        return (await context.Facts.CountAsync(), await context.FactMentions.CountAsync());
    }

    [GeneratedRegex(@"^\(added (?<added>\d+), unchanged (?<unchanged>\d+), updated (?<updated>\d+), rejected (?<rejected>\d+); facts: (?<new>\d+) new, (?<known>\d+) mentions of known facts\)$")]
    private static partial Regex Summary();
}
