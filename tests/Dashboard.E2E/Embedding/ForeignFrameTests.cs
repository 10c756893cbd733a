using Dashboard.E2E.Support;
using Microsoft.Playwright;

namespace Dashboard.E2E.Embedding;

/// <summary>
/// A page on another origin frames the dashboard: the embed shows, with its chart and caption,
/// because that origin is configured; an ordinary page of the dashboard is refused by the browser.
/// </summary>
[Collection(ForeignSiteCollection.Name)]
public sealed class ForeignFrameTests : IClassFixture<Chromium>, IAsyncLifetime
{
    private readonly Chromium chromium;
    private ForeignSite site = null!;
    private LiveDashboard dashboard = null!;

    public ForeignFrameTests(Chromium chromium) => this.chromium = chromium;

    public async Task InitializeAsync()
    {
        site = await ForeignSite.StartAsync();
        dashboard = new LiveDashboard(new Dictionary<string, string> { ["Dashboard:EmbedAllowedOrigins"] = site.Origin });
        await dashboard.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await dashboard.DisposeAsync();
        await site.DisposeAsync();
    }

    [Fact]
    public async Task AnEmbedLoadsInsideAnIframeOfAnotherOriginAndAnOrdinaryPageDoesNot()
    {
        var dashboardOrigin = dashboard.BaseAddress.ToString().TrimEnd('/');
        site.Pages["intranet"] =
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>内网</title></head><body style=\"margin:0;font-family:sans-serif\">" +
            "<h3 style=\"margin:8px\">区县项目投资（嵌入）</h3>" +
            $"<iframe id=\"embed\" src=\"{dashboardOrigin}/embed/investment?interval=quarter&width=760&height=360\" width=\"800\" height=\"460\" style=\"border:1px solid #ccc\"></iframe>" +
            $"<iframe id=\"home\" src=\"{dashboardOrigin}/\" width=\"300\" height=\"120\"></iframe>" +
            "</body></html>";
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1140, Height = 520 }, Locale = "zh-CN" });
        await page.GotoAsync($"{site.Origin}/intranet", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        var embed = page.FrameLocator("#embed");
        var figure = embed.Locator("figure[data-embed='investment']");
        await figure.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await embed.Locator("figure[data-chart-ready='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.True(await embed.Locator("[data-embed-chart] svg").First.IsVisibleAsync());
        Assert.Contains("投资额（按季度）", await embed.Locator(".embed-title").InnerTextAsync(), StringComparison.Ordinal);
        var caption = await embed.Locator("figcaption").InnerTextAsync();
        Assert.Contains("数据截至", caption, StringComparison.Ordinal);
        var link = await embed.Locator("figcaption a").GetAttributeAsync("href");
        Assert.StartsWith("/timeline?metric=investment", link, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, "embed-in-foreign-page.png") });

        // frame-ancestors 'none' on the dashboard's own pages: the browser shows its error page instead.
        var home = await (await page.QuerySelectorAsync("#home"))!.ContentFrameAsync();
        Assert.NotNull(home);
        Assert.DoesNotContain("南通区县动态统计", await SafeContentAsync(home), StringComparison.Ordinal);
        Assert.StartsWith("chrome-error://", home.Url, StringComparison.Ordinal);
        await page.CloseAsync();
    }

    private static async Task<string> SafeContentAsync(IFrame frame)
    {
        try
        {
            return await frame.ContentAsync();
        }
        catch (PlaywrightException)
        {
            // A blocked cross-origin frame may not be readable at all: it shows nothing of the page either way.
            return "";
        }
    }
}

/// <summary>
/// Runs alone: WebApplicationFactory finds the app's host by listening for every host built in
/// the process, so a second host built while another test's factory starts can be taken for it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ForeignSiteCollection
{
    public const string Name = "Foreign site";
}
