using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dashboard.Presentation.Parameters;
using Dashboard.Tests.Support;
using Metrics.Facts;
using Metrics.Queries;

namespace Dashboard.Tests.Facts;

/// <summary>
/// <c>/facts</c> on the seed corpus, as a browser first receives it (prerendered HTML): its figure is
/// the number <c>/api/series</c>, the KPI cards and the district table give for the same selection,
/// and it lists exactly the facts that figure adds up.
/// </summary>
public sealed class FactsPageTests : IClassFixture<DashboardFactory>
{
    private const string Metrics = "projects investment meetings";

    private static readonly HtmlParser Parser = new();
    private readonly DashboardFactory factory;

    public FactsPageTests(DashboardFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("projects", "通州区", "started", 2023, 16L)]
    [InlineData("investment", "通州区", "started", 2023, 8_320_000_000L)]
    [InlineData("meetings", "港闸区", null, 2020, 6L)]
    public async Task TheFigureIsTheSeriesValueAndTheFactsAreTheOnesItCounts(string metric, string district, string? stage, int year, long seedFigure)
    {
        using var client = factory.CreateClient();
        var selection = $"metric={metric}&district={Uri.EscapeDataString(district)}&from={year}-01-01&to={year}-12-31" + (stage is null ? "" : $"&stage={stage}");

        var page = await GetPageAsync(client, $"/facts?{selection}");
        var point = (await SeriesAsync(client, $"/api/series?{selection}&interval=year"))[(district, stage)][year.ToString(CultureInfo.InvariantCulture)];

        Assert.Equal(point.Value, Figure(page));
        Assert.Equal(seedFigure, Figure(page));
        Assert.Equal(point.Facts, FactCount(page));
        Assert.Equal(point.Facts, page.QuerySelectorAll("[data-fact-id]").Length);
        Assert.All(page.QuerySelectorAll("[data-fact-id] .fact-district"), d => Assert.Equal(district, d.TextContent.Trim()));
    }

    [Theory]
    [InlineData(Metric.Projects, Interval.Quarter)]
    [InlineData(Metric.Investment, Interval.Quarter)]
    [InlineData(Metric.Meetings, Interval.Month)]
    public async Task EveryBarOfAChartLeadsToAPageWithItsValueAndItsFacts(Metric metric, Interval interval)
    {
        using var client = factory.CreateClient();
        var series = await SeriesAsync(client, $"/api/series?metric={ApiJson.Name(metric)}&interval={ApiJson.Name(interval)}");
        Assert.True(series.Values.Sum(points => points.Count) > 2, "the seed should give more than two bars");

        foreach (var ((district, stage), points) in series)
        {
            var filter = new FactFilter { Stage = stage is null ? null : Enum.Parse<ProjectStage>(stage, ignoreCase: true) };
            foreach (var (period, point) in points)
            {
                var page = await GetPageAsync(client, FactsView.ForPoint(metric, interval, filter, district, period).Url);

                Assert.Equal((point.Value, point.Facts), (Figure(page), page.QuerySelectorAll("[data-fact-id]").Length));
            }
        }
    }

    [Theory]
    [InlineData("projects")]
    [InlineData("investment")]
    public async Task WithoutAStageThePageShowsOneFigurePerStageAndNeverTheirSum(string metric)
    {
        using var client = factory.CreateClient();

        var page = await GetPageAsync(client, $"/facts?metric={metric}");
        var series = await SeriesAsync(client, $"/api/series?metric={metric}");

        var expected = series.GroupBy(s => s.Key.Stage!).OrderBy(g => Enum.Parse<ProjectStage>(g.Key, ignoreCase: true))
            .Select(g => (g.Key, g.Sum(s => s.Value.Values.Sum(p => p.Value))))
            .ToArray();
        var shown = page.QuerySelectorAll(".facts-figure[data-stage]")
            .Select(f => (f.GetAttribute("data-stage")!, long.Parse(f.QuerySelector("[data-value]")!.GetAttribute("data-value")!, CultureInfo.InvariantCulture)))
            .ToArray();
        Assert.True(expected.Length > 1, "the seed has projects of several stages");
        Assert.Equal(expected, shown);
        var acrossStages = expected.Sum(e => e.Item2);
        Assert.DoesNotContain(page.QuerySelectorAll("[data-value]"), v => v.GetAttribute("data-value") == acrossStages.ToString(CultureInfo.InvariantCulture));
        Assert.Contains("各阶段分列", page.QuerySelector("[data-heading]")!.TextContent);
    }

    [Fact]
    public async Task TheHeadingSaysTheSelectionAndTheLinksKeepIt()
    {
        using var client = factory.CreateClient();

        var page = await GetPageAsync(client, "/facts?metric=projects&district=" + Uri.EscapeDataString("通州区") + "&from=2023-01-01&to=2023-12-31&stage=started");

        Assert.Equal("通州区 · 2023年 · 开工项目", page.QuerySelector("[data-heading]")!.TextContent.Trim());
        var selection = "district=" + Uri.EscapeDataString("通州区") + "&from=2023-01-01&to=2023-12-31&stage=started";
        Assert.Equal($"/panels/projects.csv?{selection}&rows=facts", page.QuerySelector("[data-csv-link]")!.GetAttribute("href"));
        Assert.Equal($"/timeline?metric=projects&{selection}", page.QuerySelector("[data-timeline-link]")!.GetAttribute("href"));
        using var csv = await client.GetAsync(page.QuerySelector("[data-csv-link]")!.GetAttribute("href"));
        var rows = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(FactCount(page) + 1, rows.Length);
    }

    [Theory]
    [InlineData("metric=projects&from=2023-02-30", "from", "无效", "YYYY-MM-DD")]
    [InlineData("metric=projects&from=2023-12-31&to=2023-01-01", "from", "无效", "")]
    [InlineData("metric=meetings&stage=started", "stage", "无效", Metrics)]
    [InlineData("metric=projects&kind=plenary", "kind", "无效", Metrics)]
    [InlineData("metric=projects&district=上海区", "district", "无效", "")]
    [InlineData("metric=votes", "metric", "无效", Metrics)]
    [InlineData("district=通州区", "metric", "缺失", Metrics)]
    [InlineData("metric=projects&boundaries=today", "boundaries", "无效", "historical current")]
    [InlineData("metric=projects&stage=planned", "stage", "无效", "signed started completed production opened")]
    [InlineData("metric=projects&page=0", "page", "无效", "")]
    [InlineData("metric=projects&page=", "page", "为空", "")]
    [InlineData("metric=projects&page=2&page=3", "page", "重复出现", "")]
    public async Task ABadParameterIsNamedOnThePageInChinese(string query, string parameter, string problem, string allowed)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/facts?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        ParameterProblemAssert.IsChinese(page.QuerySelector("[data-problem]")?.TextContent.Trim(), parameter, problem, allowed);
        Assert.Empty(page.QuerySelectorAll("[data-fact-id]"));
    }

    [Theory]
    [InlineData("district=通州区", "链接参数“metric”缺失：应为 projects（项目数）、investment（投资额）或 meetings（会议数）之一。")]
    [InlineData("metric=projects&from=2023-12-31&to=2023-01-01", "链接参数“from”无效：起始日期 2023-12-31 晚于结束日期 2023-01-01。")]
    [InlineData("metric=projects&from=2023-02-30", "链接参数“from”无效：应为 YYYY-MM-DD 格式的日期，而不是“2023-02-30”。")]
    [InlineData("metric=projects&page=2&page=3", "链接参数“page”重复出现 2 次，只能给一次。")]
    [InlineData("metric=meetings&stage=started", "链接参数“stage”无效：项目阶段只适用于 projects（项目数）和 investment（投资额），不适用于 meetings（会议数）。")]
    [InlineData("metric=projects&page=0", "链接参数“page”无效：应为 1 到 10737418 之间的整数，而不是“0”。")]
    public async Task TheProblemSaysWhatIsWrongAndWhatIsAllowed(string query, string message)
    {
        using var client = factory.CreateClient();

        Assert.Equal(message, await ProblemAsync(client, $"/facts?{query}"));
    }

    [Fact]
    public async Task AnUnknownDistrictIsNamedWithTheDistrictsThereAre()
    {
        using var client = factory.CreateClient();

        var message = await ProblemAsync(client, "/facts?metric=projects&district=" + Uri.EscapeDataString("上海区"));
        Assert.StartsWith("链接参数“district”无效：未知的区县“上海区”，应为", message, StringComparison.Ordinal);
        Assert.Contains("通州区", message, StringComparison.Ordinal);
        Assert.EndsWith("之一。", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachKpiValueLeadsToTheFactsOfItsMetricStageAndYear()
    {
        using var client = factory.CreateClient();

        var overview = await GetPageAsync(client, "/?year=2023");

        var cards = overview.QuerySelectorAll("[data-kpi]");
        Assert.Equal(6, cards.Length);
        var started = overview.QuerySelector("[data-kpi='projects-started'] a[data-facts-link]")!.GetAttribute("href");
        Assert.Equal("/facts?metric=projects&from=2023-01-01&to=2023-12-31&stage=started", started);
        Assert.Equal("/facts?metric=meetings&from=2023-01-01&to=2023-12-31", overview.QuerySelector("[data-kpi='meetings'] a[data-facts-link]")!.GetAttribute("href"));
        foreach (var card in cards)
        {
            var link = card.QuerySelector("a[data-facts-link]")!;
            var facts = await GetPageAsync(client, link.GetAttribute("href")!);
            Assert.Equal(link.QuerySelector("[data-value]")!.TextContent.Trim(), facts.QuerySelector(".facts-value")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task EachCellOfTheDistrictTableLeadsToTheFactsOfItsDistrictAndYear()
    {
        using var client = factory.CreateClient();

        var table = await GetPageAsync(client, "/districts?metric=projects&stage=started&from=2022&to=2023&boundaries=current");

        var links = table.QuerySelectorAll("td[data-year] a[data-facts-link]");
        Assert.NotEmpty(links);
        var tongzhou = table.QuerySelector("tr[data-district='通州区'] td[data-year='2023'] a[data-facts-link]")!.GetAttribute("href");
        Assert.Equal("/facts?metric=projects&district=" + Uri.EscapeDataString("通州区") + "&from=2023-01-01&to=2023-12-31&stage=started&boundaries=current", tongzhou);
        Assert.Equal(
            "/facts?metric=projects&from=2023-01-01&to=2023-12-31&stage=started&boundaries=current",
            table.QuerySelector("tr[data-district='合计'] td[data-year='2023'] a[data-facts-link]")!.GetAttribute("href"));
        foreach (var link in links)
        {
            var facts = await GetPageAsync(client, link.GetAttribute("href")!);
            Assert.Equal(link.ParentElement!.GetAttribute("data-value"), Figure(facts).ToString(CultureInfo.InvariantCulture));
        }

        // A cell without facts is a plain 0, with nothing to open.
        Assert.All(table.QuerySelectorAll("td[data-year]").Where(td => td.QuerySelector("a") is null), td => Assert.Equal("0", td.GetAttribute("data-value")));
    }

    private static async Task<string?> ProblemAsync(HttpClient client, string url) =>
        Parser.ParseDocument(await client.GetStringAsync(url)).QuerySelector("[data-problem]")?.TextContent.Trim();

    private static async Task<IDocument> GetPageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        var page = Parser.ParseDocument(body);
        Assert.Null(page.QuerySelector("[data-problem]"));
        return page;
    }

    private static long Figure(IDocument page) => long.Parse(page.QuerySelector("[data-value]")!.GetAttribute("data-value")!, CultureInfo.InvariantCulture);

    private static int FactCount(IDocument page) => int.Parse(page.QuerySelector("[data-facts]")!.GetAttribute("data-facts")!, CultureInfo.InvariantCulture);

    // Keyed by district and stage: project series come one per stage.
    private static async Task<Dictionary<(string District, string? Stage), Dictionary<string, (long Value, int Facts)>>> SeriesAsync(HttpClient client, string url)
    {
        var api = JsonDocument.Parse(await client.GetStringAsync(url)).RootElement;
        return api.GetProperty("series").EnumerateArray().ToDictionary(
            s => (s.GetProperty("district").GetString()!, s.TryGetProperty("stage", out var stage) ? stage.GetString() : null),
            s => s.GetProperty("points").EnumerateArray().ToDictionary(
                p => p.GetProperty("period").GetString()!,
                p => (p.GetProperty("value").GetInt64(), p.GetProperty("facts").GetInt32())));
    }
}
