using Bunit;
using Dashboard.Tests.Support;
using Metrics.Facts;
using Metrics.Storage;
using OverviewPage = Dashboard.Components.Pages.Overview.Overview;

namespace Dashboard.Tests.Pages;

public sealed class OverviewPageTests
{
    [Fact]
    public async Task KpiCardsShowTheChosenDistrictsYearAndItsChangeAgainstThePreviousYear()
    {
        await using var host = await PageHost.CreateAsync();
        await host.AddArticleAsync("通州区一季度16个产业项目集中开工", new DateOnly(2023, 2, 12), "南通日报",
            PageHost.Project("通州区", "2023-02-11", ProjectStage.Started, 16, 8_320_000_000),
            PageHost.Project("通州区", "2023-05", ProjectStage.Signed, 6, 10_000_000_000, lowerBound: true),
            PageHost.Meeting("通州区", "2023-02-11", MeetingKind.Mobilization),
            PageHost.Meeting("海门区", "2023-03-01"));
        await host.AddArticleAsync("去年", new DateOnly(2022, 12, 30), null,
            PageHost.Project("通州区", "2022-06-01", ProjectStage.Signed, 4, 2_000_000_000),
            PageHost.Project("海门区", "2022-Q4", ProjectStage.Completed, 2),
            PageHost.Meeting("通州区", "2022-11-01"),
            PageHost.Meeting("通州区", "2022-11-02"),
            PageHost.Meeting("通州区", "2022-11-03", status: FactStatus.Rejected));
        await host.AddArticleAsync("别的区", new DateOnly(2023, 4, 1), null, PageHost.Project("崇川区", "2023-03-01", ProjectStage.Signed, 50));
        host.NavigateTo("/?year=2023&district=通州区&district=海门区");

        var page = host.Context.Render<OverviewPage>();

        page.WaitForAssertion(() => Assert.Equal(6, page.FindAll("[data-kpi]").Count), TimeSpan.FromSeconds(10));
        Assert.Equal(("6", "较2022年 +2（+50%）"), Card(page, "projects-signed"));
        Assert.Equal(("16", "较2022年 +16"), Card(page, "projects-started"));
        Assert.Equal(("0", "较2022年 -2（-100%）"), Card(page, "projects-completed"));
        Assert.Equal(("≥100", "较2022年 ≥+80"), Card(page, "investment-signed"));
        Assert.Equal(("83.2", "较2022年 +83.2"), Card(page, "investment-started"));
        Assert.Equal(("2", "较2022年 0"), Card(page, "meetings"));
        var trend = page.FindAll("[data-kpi='projects-signed'] [data-sparkline] circle").Select(c => c.GetAttribute("data-period")!).ToArray();
        Assert.Equal(["2018", "2019", "2020", "2021", "2022", "2023"], trend);
        Assert.Contains("2022：4个", page.Find("[data-kpi='projects-signed'] circle[data-period='2022'] title").TextContent);
    }

    [Fact]
    public async Task TheLatestFactsOfTheYearLinkToTheirArticles()
    {
        await using var host = await PageHost.CreateAsync();
        var launch = await host.AddArticleAsync("通州区一季度16个产业项目集中开工", new DateOnly(2023, 2, 12), "南通日报",
            PageHost.Project("通州区", "2023-02-11", ProjectStage.Started, 16, 8_320_000_000));
        await host.AddArticleAsync("会议", new DateOnly(2023, 3, 2), null, PageHost.Meeting("通州区", "2023-03"));
        await host.AddArticleAsync("去年", new DateOnly(2022, 3, 2), null, PageHost.Meeting("通州区", "2022-03-01"));
        host.NavigateTo("/?year=2023");

        var page = host.Context.Render<OverviewPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-latest] tr").Count), TimeSpan.FromSeconds(10));
        var rows = page.FindAll("[data-latest] tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToArray();
        Assert.Equal(["2023-03", "通州区", "常委会会议"], rows[0][..3]);
        Assert.Equal(["2023-02-11", "通州区", "开工 16个项目 83.2亿元", "通州区一季度16个产业项目集中开工 · 南通日报"], rows[1]);
        Assert.Equal($"/articles/{launch.Id}", page.Find("[data-latest] tr:last-child a").GetAttribute("href"));
    }

    private static (string Value, string Change) Card(IRenderedComponent<OverviewPage> page, string key) =>
        (page.Find($"[data-kpi='{key}'] [data-value]").TextContent.Trim(), page.Find($"[data-kpi='{key}'] [data-change]").TextContent.Trim());
}
