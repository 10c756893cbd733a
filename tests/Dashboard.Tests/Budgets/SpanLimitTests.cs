using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Budgets;

/// <summary>
/// Issue 18, finding 2: a range no chart needs (<c>from=1901&amp;to=9999</c>) is refused with 400 (a
/// problem body naming the parameter and the span allowed) by the API and the panels, and with a
/// Chinese sentence by the pages, instead of drawing thousands of empty years.
/// </summary>
public sealed class SpanLimitTests : IClassFixture<DashboardFactory>
{
    private static readonly HtmlParser Parser = new();
    private readonly DashboardFactory factory;

    public SpanLimitTests(DashboardFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("/api/series?metric=projects&from=1901-01-01&to=9999-12-31", "from")]
    [InlineData("/api/series?metric=projects&to=9999-12-31", "to")]
    [InlineData("/api/series?metric=projects&from=1995-01-01&to=2026-12-31", "to")]
    [InlineData("/api/series?metric=projects&interval=month&from=2010-01-01&to=2025-12-31", "to")]
    [InlineData("/panels/projects.png?from=2000-01-01&to=2035-12-31", "to")]
    [InlineData("/panels/projects.svg?interval=quarter&from=2000-01-01&to=2024-12-31", "to")]
    [InlineData("/panels/projects.csv?from=1901-01-01", "from")]
    public async Task TheApiAndPanelsRefuseARangeOverTheLimitNamingTheParameter(string url, string parameter)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
        Assert.Matches(@"\d{2,4}", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TheProblemSaysHowLongARangeMayBe()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/series?metric=projects&interval=month&from=2000-01-01&to=2025-12-31");

        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            "from and to may be at most 15 years apart for a monthly range (yearly 30, quarterly 20, monthly 15 years).",
            problem.RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/series?metric=projects&from=2015-01-01&to=2026-12-31&interval=month")]
    [InlineData("/api/series?metric=projects&from=1997-01-01&to=2026-12-31")]
    [InlineData("/panels/projects.svg?interval=month&from=2015-01-01&to=2026-12-31")]
    public async Task TheRealDataFromTwentyFifteenToTodayIsWithinTheLimits(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/districts?metric=projects&from=1901&to=9999", "to", "无效：应为 1990 到")]
    [InlineData("/districts?metric=projects&from=1990&to=2026", "to", "无效：起止日期相隔超过 30 年")]
    [InlineData("/timeline?interval=month&from=2000-01-01&to=2026-12-31", "to", "无效：起止日期相隔超过 15 年；按月最多 15 年")]
    [InlineData("/timeline?to=9999-12-31", "to", "无效：年份应在 1990 到")]
    [InlineData("/facts?metric=projects&from=1901-01-01&to=2026-12-31", "from", "无效：年份应在 1990 到")]
    [InlineData("/present?from=1995-01-01&to=2026-12-31", "to", "无效：起止日期相隔超过 30 年")]
    [InlineData("/embed/projects?interval=quarter&from=2000-01-01&to=2024-12-31", "to", "无效：起止日期相隔超过 20 年；按季度最多 20 年")]
    public async Task PagesSayInChineseWhatSpanIsAllowed(string url, string parameter, string problem)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        var shown = Parser.ParseDocument(html).QuerySelector("[data-problem]")?.TextContent.Trim();
        ParameterProblemAssert.IsChinese(shown, parameter, problem);
        Assert.True(html.Length < 200_000, $"{url} answered {html.Length:N0} characters");
    }
}
