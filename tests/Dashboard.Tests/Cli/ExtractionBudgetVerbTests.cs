using System.Text.Json;
using Dashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Cli;

/// <summary>
/// An article over its extraction budget (configured tiny here: <c>--Extraction:BaseSteps</c>) is a
/// rejected input for <c>extract</c> and <c>import</c>: one line naming it and why, exit code 1, and
/// the other articles still done.
/// </summary>
public sealed class ExtractionBudgetVerbTests : IDisposable
{
    private const string Short = "2月11日，通州区召开全区项目建设动员大会。";

    private static readonly string[] TinyBudget = ["--Extraction:BaseSteps=5000", "--Extraction:StepsPerCharacter=0"];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Long => string.Concat(Enumerable.Repeat(SampleArticles.GroundBreaking + "\n", 40));

    [Fact]
    public async Task ExtractReportsTheArticleOverItsBudgetAndExtractsTheOthers()
    {
        var over = folder.Write("a-long.txt", Long);
        folder.Write("b-short.txt", Short);

        var run = await CliRun.RunAsync(["extract", folder.Root, "--published", "2023-02-13", .. TinyBudget]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{over}: extraction stopped: over its budget of 5,000 steps for {Long.Length:N0} characters", Assert.Single(run.ErrorLines));
        using var line = JsonDocument.Parse(Assert.Single(run.OutputLines));
        Assert.Equal("b-short", line.RootElement.GetProperty("id").GetString());
        Assert.NotEmpty(line.RootElement.GetProperty("facts").EnumerateArray());
    }

    [Fact]
    public async Task WithTheDefaultBudgetTheSameArticleIsExtracted()
    {
        folder.Write("a-long.txt", Long);

        var run = await CliRun.RunAsync("extract", folder.Root, "--published", "2023-02-13");

        Assert.Equal((0, ""), (run.ExitCode, run.Errors));
    }

    [Fact]
    public async Task ImportRejectsTheArticleOverItsBudgetStoresNothingOfItAndImportsTheOthers()
    {
        var over = folder.Write("in/a-long.txt", Long);
        folder.Write("in/b-short.txt", Short);
        using var database = new VerbDatabase(folder);

        var run = await CliRun.RunAsync(["import", folder.PathOf("in"), "--published", "2023-02-13", .. database.Arguments, .. TinyBudget]);

        Assert.Equal(1, run.ExitCode);
        var rejection = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"{over}: ", rejection, StringComparison.Ordinal);
        Assert.Contains($"extraction stopped: over its budget of 5,000 steps for {Long.Length:N0} characters", rejection, StringComparison.Ordinal);
        Assert.Contains(run.OutputLines, line => line.StartsWith("(added 1, unchanged 0, updated 0, rejected 1;", StringComparison.Ordinal));
        await using var context = database.Open();
        Assert.Equal(["b-short"], await context.Articles.Select(a => a.SourceName).ToListAsync());
    }
}
