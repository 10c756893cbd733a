using System.Globalization;
using System.Text.Json;

namespace Dashboard.Tests.Cli;

/// <summary>What <c>extract</c> prints for good articles: the JSON Lines of CONTRACTS.md, facts in the gold schema.</summary>
public sealed class ExtractOutputTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task PrintsOneJsonLinePerArticleWithIdTitlePublishedAndFacts()
    {
        var meeting = folder.Write("gangzha-meeting.txt", SampleArticles.StandingCommittee);
        folder.Write("gangzha-meeting.meta.json", SampleArticles.Sidecar("2020-06-30", "港闸区召开区委常委会"));
        var signing = folder.Write("haimen-signing.md", "---\ntitle: 海门签约\ndate: 2021-04-02\n---\n" + SampleArticles.SigningYesterday);

        var run = await CliRun.RunAsync("extract", meeting, signing);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Errors);
        Assert.Equal(2, run.OutputLines.Count);
        using var first = JsonDocument.Parse(run.OutputLines[0]);
        using var second = JsonDocument.Parse(run.OutputLines[1]);
        Assert.Equal(["id", "title", "published", "facts"], first.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("gangzha-meeting", first.RootElement.GetProperty("id").GetString());
        Assert.Equal("港闸区召开区委常委会", first.RootElement.GetProperty("title").GetString());
        Assert.Equal("2020-06-30", first.RootElement.GetProperty("published").GetString());
        Assert.Equal("haimen-signing", second.RootElement.GetProperty("id").GetString());
        Assert.Equal("海门签约", second.RootElement.GetProperty("title").GetString());
        Assert.Equal("2021-04-02", second.RootElement.GetProperty("published").GetString());
    }

    [Fact]
    public async Task MeetingFactIsWrittenInTheGoldSchema()
    {
        var path = folder.Write("meeting.txt", SampleArticles.StandingCommittee);

        var run = await CliRun.RunAsync("extract", path, "--published", "2020-06-30");

        var fact = Assert.Single(FactsOf(run.OutputLines[0]));
        Assert.Equal("meeting", fact.GetProperty("type").GetString());
        Assert.Equal("港闸区", fact.GetProperty("district").GetString());
        Assert.Equal("2020-06-25", fact.GetProperty("date").GetString());
        Assert.Equal("day", fact.GetProperty("precision").GetString());
        Assert.Equal("standing_committee", fact.GetProperty("kind").GetString());
        Assert.Equal("王明", fact.GetProperty("chair").GetString());
        Assert.StartsWith("6月25日，区委书记王明主持召开区委常委会会议", fact.GetProperty("evidence").GetString());
    }

    [Fact]
    public async Task ProjectEventFactIsWrittenInTheGoldSchema()
    {
        var path = folder.Write("kaigong.txt", SampleArticles.GroundBreaking);

        var run = await CliRun.RunAsync("extract", path, "--published", "2023-02-12");

        var fact = Assert.Single(FactsOf(run.OutputLines[0]));
        Assert.Equal("project_event", fact.GetProperty("type").GetString());
        Assert.Equal("通州区", fact.GetProperty("district").GetString());
        Assert.Equal("2023-02-11", fact.GetProperty("date").GetString());
        Assert.Equal("started", fact.GetProperty("stage").GetString());
        Assert.Equal("event", fact.GetProperty("scope").GetString());
        Assert.Equal(16, fact.GetProperty("project_count").GetInt32());
        Assert.Equal(8_320_000_000, fact.GetProperty("investment_yuan").GetInt64());
        Assert.Equal("exact", fact.GetProperty("qualifier").GetString());
        Assert.False(fact.GetProperty("member_of_batch").GetBoolean());
        Assert.Equal(JsonValueKind.Array, fact.GetProperty("projects").ValueKind);
    }

    [Fact]
    public async Task PublishedOptionOverridesTheSidecarAndAnchorsRelativeDates()
    {
        var path = folder.Write("signing.txt", SampleArticles.SigningYesterday);
        folder.Write("signing.meta.json", SampleArticles.Sidecar("2020-06-30", "海门签约"));

        var withSidecar = await CliRun.RunAsync("extract", path);
        var overridden = await CliRun.RunAsync("extract", path, "--published", "2023-03-01");

        Assert.Equal("2020-06-29", Assert.Single(FactsOf(withSidecar.OutputLines[0])).GetProperty("date").GetString());
        using var line = JsonDocument.Parse(Assert.Single(overridden.OutputLines));
        Assert.Equal("2023-03-01", line.RootElement.GetProperty("published").GetString());
        Assert.Equal("海门签约", line.RootElement.GetProperty("title").GetString());
        Assert.Equal("2023-02-28", Assert.Single(FactsOf(overridden.OutputLines[0])).GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("zh-CN")]
    [InlineData("")]
    public async Task PublishedIsAnIsoGregorianDateWhateverTheCulture(string culture)
    {
        var path = folder.Write("signing.txt", SampleArticles.SigningYesterday);
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var run = await CliRun.RunAsync("extract", path, "--published=2023-03-01");

            using var line = JsonDocument.Parse(Assert.Single(run.OutputLines));
            Assert.Equal("2023-03-01", line.RootElement.GetProperty("published").GetString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public async Task ArticleWithoutAPublicationDateHasNullPublishedAndUndatedRelativeFacts()
    {
        var path = folder.Write("undated.txt", SampleArticles.WorkConference);

        var run = await CliRun.RunAsync("extract", path);

        using var line = JsonDocument.Parse(Assert.Single(run.OutputLines));
        Assert.Equal(JsonValueKind.Null, line.RootElement.GetProperty("published").ValueKind);
        var fact = Assert.Single(line.RootElement.GetProperty("facts").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, fact.GetProperty("date").ValueKind);
        Assert.Equal("unknown", fact.GetProperty("precision").GetString());
    }

    private static List<JsonElement> FactsOf(string line)
    {
        using var document = JsonDocument.Parse(line);
        return [.. document.RootElement.GetProperty("facts").EnumerateArray().Select(fact => fact.Clone())];
    }
}
