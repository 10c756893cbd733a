using Dashboard.E2E.Support;
using Microsoft.Playwright;

namespace Dashboard.E2E.Screenshots;

/// <summary>
/// Every page in both themes at 1366×768 (the smallest screen the dashboard is made for).
/// Written to artifacts/screenshots, or to the folder in <c>DASHBOARD_SCREENSHOTS</c>
/// (<c>scripts/screenshots.sh</c> sets docs/screenshots for the README).
/// </summary>
[Trait("Category", "Screenshots")]
public sealed class PageScreenshotTests : IClassFixture<LiveDashboard>, IClassFixture<Chromium>
{
    private readonly LiveDashboard dashboard;
    private readonly Chromium chromium;

    public PageScreenshotTests(LiveDashboard dashboard, Chromium chromium)
    {
        this.dashboard = dashboard;
        this.chromium = chromium;
    }

    [Theory]
    [InlineData("overview", "", "[data-kpi]")]
    [InlineData("timeline-default", "timeline", "svg")]
    [InlineData("districts", "districts?metric=projects&from=2020&to=2023", "[data-table='district-year']")]
    [InlineData("articles", "articles", "tr[data-article]")]
    [InlineData("facts", "facts?metric=projects&district=通州区&from=2023-01-01&to=2023-12-31&stage=started", "[data-fact-id]")]
    public async Task EachPageIsDrawnInBothThemesWithoutAnError(string name, string path, string content)
    {
        foreach (var theme in new[] { "light", "dark" })
        {
            var page = await BlazorPage.OpenAsync(chromium.Browser);
            await page.Context.AddCookiesAsync([new Cookie { Name = "dashboard-theme", Value = theme, Url = dashboard.BaseAddress.ToString() }]);
            await BlazorPage.GoToAsync(page, new Uri(dashboard.BaseAddress, path));
            await page.WaitForSelectorAsync(content);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"{name}-{theme}.png") });

            Assert.False(await page.IsVisibleAsync("#blazor-error-ui"), $"{name} ({theme}) shows the error bar");
            Assert.Equal(theme, await page.GetAttributeAsync("button[aria-label='切换主题']", "data-theme"));
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{name} ({theme}) scrolls sideways by {overflow} px at 1366 wide");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task TheReviewQueueIsDrawnInBothThemesForSignedInStaff()
    {
        foreach (var theme in new[] { "light", "dark" })
        {
            var page = await BlazorPage.OpenAsync(chromium.Browser);
            await page.Context.AddCookiesAsync([new Cookie { Name = "dashboard-theme", Value = theme, Url = dashboard.BaseAddress.ToString() }]);
            // Anonymous, /review sends us to the sign-in page (a static form).
            await page.GotoAsync(new Uri(dashboard.BaseAddress, "review").ToString());
            await page.FillAsync("#password", LiveDashboard.AdminPassword);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForURLAsync("**/review");
            await page.WaitForSelectorAsync("[data-review='queue'] tr[data-review-fact]");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"review-queue-{theme}.png") });

            Assert.False(await page.IsVisibleAsync("#blazor-error-ui"), $"review ({theme}) shows the error bar");
            var impacts = await page.Locator("tr[data-review-fact]").EvaluateAllAsync<double[]>("rows => rows.map(r => parseFloat(r.dataset.impact))");
            Assert.Equal(impacts.OrderDescending(), impacts);
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("", "[data-kpi]")]
    [InlineData("timeline", "svg")]
    [InlineData("districts?metric=projects&from=2020&to=2023", "[data-table='district-year']")]
    [InlineData("articles", "tr[data-article]")]
    [InlineData("facts?metric=meetings&district=港闸区&from=2020-01-01&to=2020-12-31", "[data-fact-id]")]
    public async Task EachPageFitsAFullHdScreen(string path, string content)
    {
        var page = await BlazorPage.OpenAsync(chromium.Browser, 1920, 1080);
        await BlazorPage.GoToAsync(page, new Uri(dashboard.BaseAddress, path));
        await page.WaitForSelectorAsync(content);

        Assert.False(await page.IsVisibleAsync("#blazor-error-ui"), $"/{path} shows the error bar");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"/{path} scrolls sideways by {overflow} px at 1920 wide");
        await page.Context.CloseAsync();
    }

    private static string Folder
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("DASHBOARD_SCREENSHOTS");
            return string.IsNullOrWhiteSpace(configured)
                ? RepositoryPaths.Screenshots
                : Directory.CreateDirectory(Path.GetFullPath(configured, RepositoryPaths.Root)).FullName;
        }
    }
}
