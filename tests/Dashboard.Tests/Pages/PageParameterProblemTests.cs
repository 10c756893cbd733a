using AngleSharp.Html.Parser;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Pages;

/// <summary>
/// Every page that reads its link shows a bad parameter in Chinese, naming it, what is wrong and what
/// is allowed, as a browser first receives the page (prerendered HTML).
/// </summary>
public sealed class PageParameterProblemTests : IClassFixture<DashboardFactory>
{
    private const string Metrics = "projects investment meetings";
    private static readonly HtmlParser Parser = new();
    private readonly DashboardFactory factory;

    public PageParameterProblemTests(DashboardFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("/timeline?metric=budget", "metric", "无效", Metrics)]
    [InlineData("/timeline?interval=week", "interval", "无效", "year quarter month")]
    [InlineData("/timeline?district=北京市", "district", "无效", "")]
    [InlineData("/timeline?metric=meetings&stage=signed", "stage", "无效", Metrics)]
    [InlineData("/timeline?from=2023-13-01", "from", "无效", "YYYY-MM-DD")]
    [InlineData("/timeline?from=2023-02-01&to=2023-01-01", "from", "无效", "")]
    [InlineData("/timeline?chart=pie", "chart", "无效", "bars lines")]
    [InlineData("/timeline?interval=year&interval=month", "interval", "重复出现", "")]
    [InlineData("/districts?from=2023&to=2020", "from", "无效", "")]
    [InlineData("/districts?from=twenty", "from", "无效", "")]
    [InlineData("/districts?metric=votes", "metric", "无效", Metrics)]
    [InlineData("/districts?metric=projects&kind=plenary", "kind", "无效", Metrics)]
    [InlineData("/articles?from=2023-13-01", "from", "无效", "YYYY-MM-DD")]
    [InlineData("/articles?page=0", "page", "无效", "")]
    [InlineData("/?year=twenty", "year", "无效", "")]
    [InlineData("/?district=上海区", "district", "无效", "")]
    [InlineData("/present?panels=projects,votes", "panels", "无效", Metrics)]
    [InlineData("/present?panels=,", "panels", "缺失", Metrics)]
    [InlineData("/present?every=1", "every", "无效", "")]
    [InlineData("/present?theme=blue", "theme", "无效", "light dark")]
    [InlineData("/embed/projects?interval=week", "interval", "无效", "year quarter month")]
    [InlineData("/embed/votes", "metric", "无效", Metrics)]
    [InlineData("/embed/meetings?stage=signed", "stage", "无效", Metrics)]
    [InlineData("/embed/projects?lang=fr", "lang", "无效", "zh en")]
    public async Task ABadParameterIsShownInChinese(string url, string parameter, string problem, string allowed)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        var shown = page.QuerySelector("[data-problem]")?.TextContent.Trim();
        ParameterProblemAssert.IsChinese(shown, parameter, problem, allowed);
    }

    [Fact]
    public async Task TheTimelineSaysItShowsTheDefaultInstead()
    {
        using var client = factory.CreateClient();

        var page = Parser.ParseDocument(await client.GetStringAsync("/timeline?interval=week"));

        Assert.Equal(
            "链接参数“interval”无效：未知的时间粒度“week”，应为 year（按年）、quarter（按季度）或 month（按月）之一。已按默认显示。",
            page.QuerySelector("[data-problem]")?.TextContent.Trim());
    }

    [Fact]
    public async Task AYearRangeTheWrongWayRoundSaysBothYears()
    {
        using var client = factory.CreateClient();

        var page = Parser.ParseDocument(await client.GetStringAsync("/districts?from=2023&to=2020"));

        Assert.Equal("链接参数“from”无效：起始年份 2023 晚于结束年份 2020。", page.QuerySelector("[data-problem]")?.TextContent.Trim());
    }
}
