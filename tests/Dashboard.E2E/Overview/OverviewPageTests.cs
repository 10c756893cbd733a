using Dashboard.E2E.Support;
using Microsoft.Playwright;

namespace Dashboard.E2E.Overview;

public sealed class OverviewPageTests : IClassFixture<LiveDashboard>, IClassFixture<Chromium>
{
    private readonly LiveDashboard dashboard;
    private readonly Chromium chromium;

    public OverviewPageTests(LiveDashboard dashboard, Chromium chromium)
    {
        this.dashboard = dashboard;
        this.chromium = chromium;
    }

    [Fact]
    public async Task OverviewShowsTheArticlesPerMonthChartWithChineseText()
    {
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "zh-CN",
        });

        await page.GotoAsync(dashboard.BaseAddress.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var chart = page.Locator("[data-chart='articles-per-month'] svg");
        await chart.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });

        Assert.True(await chart.IsVisibleAsync());
        var chartText = await chart.InnerHTMLAsync();
        Assert.Contains("2020-06", chartText);
        Assert.Contains("南通日报", await page.Locator("[data-chart='articles-per-month']").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, "overview-light.png"), FullPage = true });
        await page.CloseAsync();
    }
}
