using System.Net;
using System.Text.Json;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Endpoints;

public sealed class MetricsApiTests : IClassFixture<DashboardFactory>
{
    private readonly DashboardFactory factory;

    public MetricsApiTests(DashboardFactory factory) => this.factory = factory;

    [Fact]
    public async Task SeriesAnswersInTheContractShapeFromTheSeedImportedAtFirstStart()
    {
        using var client = factory.CreateClient();

        var json = await client.GetStringAsync("/api/series?metric=investment&district=通州区&stage=started");

        using var body = JsonDocument.Parse(json);
        var root = body.RootElement;
        Assert.Equal(["metric", "interval", "unit", "series", "unplaced", "reported"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("investment", "year", "yuan"), (root.GetProperty("metric").GetString(), root.GetProperty("interval").GetString(), root.GetProperty("unit").GetString()));
        var series = Assert.Single(root.GetProperty("series").EnumerateArray());
        Assert.Equal(["district", "stage", "points"], series.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("通州区", "started"), (series.GetProperty("district").GetString(), series.GetProperty("stage").GetString()));
        var point = Assert.Single(series.GetProperty("points").EnumerateArray(), p => p.GetProperty("period").GetString() == "2023");
        Assert.Equal(["period", "value", "lowerBound", "facts", "reviewedShare"], point.EnumerateObject().Select(p => p.Name));
        Assert.Equal((8_320_000_000L, false, 1), (point.GetProperty("value").GetInt64(), point.GetProperty("lowerBound").GetBoolean(), point.GetProperty("facts").GetInt32()));
        Assert.Equal(["facts", "value"], root.GetProperty("unplaced").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task AMonthlyGangzhaSeriesReportsTheQuarterDatedSigningAsUnplaced()
    {
        using var client = factory.CreateClient();

        using var body = JsonDocument.Parse(await client.GetStringAsync("/api/series?metric=investment&interval=month&district=港闸区&stage=signed"));

        var unplaced = body.RootElement.GetProperty("unplaced");
        Assert.Equal((1, 38_000_000_000L), (unplaced.GetProperty("facts").GetInt32(), unplaced.GetProperty("value").GetInt64()));
    }

    [Fact]
    public async Task ReportedPeriodTotalsComeBesideTheSeries()
    {
        using var client = factory.CreateClient();

        using var body = JsonDocument.Parse(await client.GetStringAsync("/api/series?metric=projects&district=通州区"));

        var reported = body.RootElement.GetProperty("reported").EnumerateArray().ToArray();
        Assert.Contains(reported, r => r.GetProperty("date").GetString() == "2022" && r.GetProperty("stage").GetString() == "started" && r.GetProperty("value").GetInt64() == 19);
        Assert.DoesNotContain(body.RootElement.GetProperty("series")[0].GetProperty("points").EnumerateArray(), p => p.GetProperty("period").GetString() == "2022");
    }

    [Fact]
    public async Task FactsPageCarriesProvenanceAndGoldSchemaNames()
    {
        using var client = factory.CreateClient();

        using var body = JsonDocument.Parse(await client.GetStringAsync("/api/facts?metric=meetings&district=通州区&kind=mobilization&pageSize=1"));

        var root = body.RootElement;
        Assert.Equal((1, 1, 2), (root.GetProperty("page").GetInt32(), root.GetProperty("pageSize").GetInt32(), root.GetProperty("total").GetInt32()));
        var item = Assert.Single(root.GetProperty("items").EnumerateArray());
        Assert.Equal(("meeting", "mobilization", "day", "extracted"), (item.GetProperty("type").GetString(), item.GetProperty("kind").GetString(), item.GetProperty("precision").GetString(), item.GetProperty("status").GetString()));
        var source = Assert.Single(item.GetProperty("sources").EnumerateArray());
        Assert.Equal(("通州日报", "2023-02-13"), (source.GetProperty("publisher").GetString(), source.GetProperty("published").GetString()));
        Assert.False(string.IsNullOrEmpty(source.GetProperty("evidence").GetString()));
        Assert.True(source.GetProperty("evidenceStart").GetInt32() > 0);
    }

    [Fact]
    public async Task AFactOfTheFactsPageHasEveryFieldInItsOrder()
    {
        using var client = factory.CreateClient();

        using var body = JsonDocument.Parse(await client.GetStringAsync("/api/facts?metric=projects&district=通州区&pageSize=1"));

        var item = Assert.Single(body.RootElement.GetProperty("items").EnumerateArray());
        // Today's keys keep this order; a field added since sits where FactFields declares it.
        string[] today =
        [
            "id", "type", "district", "date", "precision", "kind", "chair", "stage", "scope", "projectCount", "investmentYuan", "investmentYuanMax",
            "qualifier", "investmentOriginal", "plannedThisYearYuan", "projects", "memberOfBatch", "status", "confidence", "sources",
        ];
        var declared = typeof(Metrics.Facts.FactFields).GetProperties().Where(p => p.CanWrite).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToList();
        var keys = item.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["id", .. declared[..3], "precision", .. declared[3..], "status", "confidence", "sources"], keys);
        Assert.Equal(today, keys.Intersect(today));
    }

    [Fact]
    public async Task KpisSetEachDistrictsYearAgainstThePreviousOne()
    {
        using var client = factory.CreateClient();

        using var body = JsonDocument.Parse(await client.GetStringAsync("/api/kpis?year=2023&district=通州区&stage=started"));

        var tongzhou = Assert.Single(body.RootElement.EnumerateArray());
        Assert.Equal(("通州区", 2023), (tongzhou.GetProperty("district").GetString(), tongzhou.GetProperty("year").GetInt32()));
        var projects = tongzhou.GetProperty("projects");
        Assert.Equal("started", tongzhou.GetProperty("stage").GetString());
        Assert.Equal((16L, 0L, 16L), (projects.GetProperty("value").GetInt64(), projects.GetProperty("previous").GetInt64(), projects.GetProperty("change").GetInt64()));
        Assert.Equal(JsonValueKind.Null, projects.GetProperty("changeShare").ValueKind);
    }

    [Theory]
    [InlineData("/api/facts?metric=projects&to=9999-12-31")]
    [InlineData("/api/facts?to=9999-12-31")]
    [InlineData("/api/kpis?year=9999")]
    [InlineData("/api/kpis?year=1901")]
    public async Task DatesAtTheEndsOfTheCalendarAreAnsweredNotFailed(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    // A drawn range is held to the span limits (issue 18): refused as a bad parameter, never 500.
    [Theory]
    [InlineData("/api/series?metric=projects&to=9999-12-31", "to")]
    [InlineData("/api/series?metric=meetings&interval=month&from=0001-01-01&to=9999-12-31", "from")]
    [InlineData("/panels/projects.csv?to=9999-12-31", "to")]
    [InlineData("/panels/projects.svg?from=2023-01-01&to=9999-12-31", "to")]
    public async Task DatesAtTheEndsOfTheCalendarAreRefusedWhereARangeIsDrawn(string url, string parameter)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("/api/kpis?year=twenty", "year")]
    [InlineData("/api/kpis?year=2023&from=2023-01-01", "from")]
    [InlineData("/api/series", "metric")]
    [InlineData("/api/series?metric=visits", "metric")]
    [InlineData("/api/series?metric=meetings&interval=week", "interval")]
    [InlineData("/api/series?metric=meetings&interval=year&interval=month", "interval")]
    [InlineData("/api/series?metric=meetings&from=2023-02-30", "from")]
    [InlineData("/api/series?metric=meetings&to=yesterday", "to")]
    [InlineData("/api/series?metric=meetings&from=2023-03-01&to=2023-02-01", "from")]
    [InlineData("/api/series?metric=meetings&district=北京市", "district")]
    [InlineData("/api/series?metric=projects&stage=planned", "stage")]
    [InlineData("/api/series?metric=meetings&stage=started", "stage")]
    [InlineData("/api/series?metric=meetings&kind=party", "kind")]
    [InlineData("/api/series?metric=investment&kind=plenary", "kind")]
    [InlineData("/api/series?metric=meetings&boundaries=today", "boundaries")]
    [InlineData("/api/facts?metric=cost", "metric")]
    [InlineData("/api/facts?pageSize=0", "pageSize")]
    [InlineData("/api/facts?pageSize=201", "pageSize")]
    [InlineData("/api/facts?page=-1", "page")]
    [InlineData("/api/facts?page=99999999999", "page")]
    public async Task ABadParameterGets400WithAProblemNamingIt(string url, string parameter)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(parameter, body.RootElement.GetProperty("parameter").GetString());
        Assert.Contains(parameter, body.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    // The API's problem bodies stay English (CONTRACTS.md); the pages' Chinese comes from the same throw sites.
    [Theory]
    [InlineData("/api/series", "metric", "metric is required: one of projects, investment, meetings.")]
    [InlineData("/api/series?metric=visits", "metric", "unknown metric 'visits': one of projects, investment, meetings.")]
    [InlineData("/api/series?metric=meetings&interval=year&interval=month", "interval", "interval is given 2 times; give it once.")]
    [InlineData("/api/series?metric=meetings&interval=", "interval", "interval is empty.")]
    [InlineData("/api/series?metric=meetings&from=2023-02-30", "from", "from must be an ISO date (YYYY-MM-DD), not '2023-02-30'.")]
    [InlineData("/api/series?metric=meetings&from=2023-03-01&to=2023-02-01", "from", "from (2023-03-01) is after to (2023-02-01).")]
    [InlineData("/api/series?metric=meetings&stage=started", "stage", "stage applies to projects and investment, not to meetings.")]
    [InlineData("/api/series?metric=investment&kind=plenary", "kind", "kind applies to meetings, not to projects or investment.")]
    [InlineData("/api/series?metric=projects&stage=planned", "stage", "unknown stage 'planned': one of signed, started, completed, production, opened.")]
    [InlineData("/api/series?metric=meetings&boundaries=today", "boundaries", "unknown boundaries 'today': one of historical, current.")]
    [InlineData("/api/facts?pageSize=0", "pageSize", "pageSize must be a whole number from 1 to 200, not '0'.")]
    [InlineData("/api/kpis?year=2023&from=2023-01-01", "from", "KPIs cover a calendar year: give year, not from or to.")]
    [InlineData("/panels/projects.gif", "format", "unknown format 'gif': one of png, svg, csv, xlsx.")]
    [InlineData("/panels/projects.png?theme=blue", "theme", "unknown theme 'blue': one of light, dark.")]
    public async Task TheProblemBodyStaysEnglishNamingTheParameter(string url, string parameter, string detail)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal($"Bad parameter '{parameter}'", body.RootElement.GetProperty("title").GetString());
        Assert.Equal(detail, body.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnUnknownDistrictsProblemBodyListsTheDistrictsInEnglish()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/series?metric=meetings&district=" + Uri.EscapeDataString("北京市"));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = body.RootElement.GetProperty("detail").GetString();
        Assert.StartsWith("unknown district '北京市': one of ", detail, StringComparison.Ordinal);
        Assert.Contains("通州区, ", detail, StringComparison.Ordinal);
    }
}
