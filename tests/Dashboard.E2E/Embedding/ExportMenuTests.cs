using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Dashboard.E2E.Support;
using Microsoft.Playwright;

namespace Dashboard.E2E.Embedding;

/// <summary>The export menu on the timeline's chart: files for the current view, and the 嵌入 dialog.</summary>
public sealed class ExportMenuTests : IClassFixture<LiveDashboard>, IClassFixture<Chromium>
{
    private readonly LiveDashboard dashboard;
    private readonly Chromium chromium;

    public ExportMenuTests(LiveDashboard dashboard, Chromium chromium)
    {
        this.dashboard = dashboard;
        this.chromium = chromium;
    }

    [Fact]
    public async Task TheMenuOffersTheViewsFilesAndTheEmbedDialogGivesTheIframeCode()
    {
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 }, Locale = "zh-CN" });
        await page.GotoAsync(new Uri(dashboard.BaseAddress, "timeline?metric=investment&interval=quarter&district=通州区").ToString());
        await page.Locator("[data-chart='timeline'][data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });

        await page.Locator("[data-export-menu] button").First.ClickAsync();
        var xlsx = page.Locator("a[href*='/panels/investment.xlsx']").First;
        await xlsx.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        var href = await xlsx.GetAttributeAsync("href");
        Assert.Contains("interval=quarter", href, StringComparison.Ordinal);
        Assert.Contains("district=" + Uri.EscapeDataString("通州区"), href, StringComparison.Ordinal);
        using (var http = new HttpClient { BaseAddress = dashboard.BaseAddress })
        {
            using var file = await http.GetAsync(href);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Content.Headers.ContentType!.MediaType);
        }

        await page.GetByText("嵌入…").ClickAsync();
        var dialog = page.Locator("[data-dialog='embed']");
        await dialog.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        var iframe = await dialog.Locator("[data-embed-field='iframe']").InputValueAsync();
        Assert.StartsWith("<iframe src=\"" + dashboard.BaseAddress.ToString().TrimEnd('/') + "/embed/investment?", iframe, StringComparison.Ordinal);
        Assert.Contains("interval=quarter", iframe, StringComparison.Ordinal);
        // This app has no framing origins configured: the dialog says so, in a presenter's words.
        var warning = await dialog.Locator("[data-embed-warning]").First.InnerTextAsync();
        Assert.Contains("允许嵌入的网站地址", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("Dashboard:", await dialog.InnerTextAsync(), StringComparison.Ordinal);
        // Each code has its copy button: the iframe code, the link and the image address.
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        foreach (var field in new[] { "iframe", "link", "image" })
        {
            await dialog.Locator($"[data-copy='{field}']").ClickAsync();
            await Assertions.Expect(dialog.Locator($"[data-copy='{field}']")).ToHaveTextAsync("已复制");
            Assert.Equal(await dialog.Locator($"[data-embed-field='{field}']").InputValueAsync(), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, "embed-dialog.png") });
        await page.CloseAsync();
        await TheIframeShowsTheWholeEmbedAsync(iframe);
    }

    // An iframe of the size the dialog hands out shows the chart, legend and caption without a scroll bar.
    private async Task TheIframeShowsTheWholeEmbedAsync(string iframeCode)
    {
        var width = int.Parse(Regex.Match(iframeCode, "width=\"(\\d+)\"").Groups[1].Value, CultureInfo.InvariantCulture);
        var height = int.Parse(Regex.Match(iframeCode, "height=\"(\\d+)\"").Groups[1].Value, CultureInfo.InvariantCulture);
        var src = WebUtility.HtmlDecode(Regex.Match(iframeCode, "src=\"([^\"]+)\"").Groups[1].Value);
        var frame = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "zh-CN" });
        await frame.GotoAsync(src);
        await frame.Locator("figure[data-chart-ready='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });

        var contentHeight = await frame.EvaluateAsync<int>("document.documentElement.scrollHeight");
        var captionBottom = await frame.EvaluateAsync<double>("document.querySelector('figcaption').getBoundingClientRect().bottom");
        await frame.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, "embed-in-its-iframe.png") });
        Assert.True(contentHeight <= height, $"the embed is {contentHeight} px tall in a {width}×{height} iframe");
        Assert.True(captionBottom <= height, $"the caption ends at {captionBottom} px in a {height} px iframe");
        await frame.CloseAsync();
    }
}
