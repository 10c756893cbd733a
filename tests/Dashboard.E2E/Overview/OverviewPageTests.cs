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

        // The interactive render draws the panel again (its SVG is too large to carry over from
        // prerendering), so measure it once the circuit has taken the page over.
        await BlazorPage.GoToAsync(page, dashboard.BaseAddress);
        var chart = page.Locator("[data-chart='articles-per-month'] svg");
        await chart.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, "overview-light.png"), FullPage = true });

        Assert.True(await chart.IsVisibleAsync());
        var box = await chart.BoundingBoxAsync();
        Assert.True(box is { Width: > 400, Height: > 150 }, $"chart is only {box?.Width}x{box?.Height}");
        var tickLabels = await chart.Locator("text").AllTextContentsAsync();
        Assert.Contains(tickLabels, t => System.Text.RegularExpressions.Regex.IsMatch(t.Trim(), @"^20\d\d-\d\d$"));
        Assert.DoesNotContain(tickLabels, t => t.Contains(','));
        Assert.Contains("文章数", tickLabels.Select(t => t.Trim()));
        Assert.Contains("南通日报", await page.Locator("[data-chart='articles-per-month']").InnerTextAsync());
        await page.CloseAsync();
    }
}
