using System.Globalization;
using Dashboard.E2E.Support;
using Microsoft.Playwright;

namespace Dashboard.E2E.Embedding;

/// <summary>
/// Issue 15: the live embed fills whatever frame another site gives it, from a 320×200 sidebar to
/// a 1920×1080 screen: title on top, the chart's axis, the legend and the source line all inside
/// the frame; and it holds no live connection (no Blazor script, no WebSocket).
/// </summary>
[Collection(ForeignSiteCollection.Name)]
public sealed class EmbedFitsItsFrameTests : IClassFixture<Chromium>, IAsyncLifetime
{
    private readonly Chromium chromium;
    private ForeignSite site = null!;
    private LiveDashboard dashboard = null!;

    public EmbedFitsItsFrameTests(Chromium chromium) => this.chromium = chromium;

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

    [Theory]
    [InlineData(320, 200)]
    [InlineData(640, 420)]
    [InlineData(800, 450)]
    [InlineData(1920, 1080)]
    public async Task TitleAxisLegendAndSourceLineAreInsideTheFrame(int width, int height)
    {
        var dashboardOrigin = dashboard.BaseAddress.ToString().TrimEnd('/');
        var name = string.Create(CultureInfo.InvariantCulture, $"frame{width}x{height}");
        site.Pages[name] =
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>内网</title></head><body style=\"margin:0\">" +
            $"<iframe id=\"embed\" src=\"{dashboardOrigin}/embed/projects?district=通州区&amp;district=海门区\" width=\"{width}\" height=\"{height}\" style=\"border:0;display:block\"></iframe>" +
            "</body></html>";
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width + 40, Height = height + 40 }, Locale = "zh-CN" });
        var sockets = 0;
        page.WebSocket += (_, _) => sockets++;
        await page.GotoAsync($"{site.Origin}/{name}");

        var frame = page.Frames.Single(f => f.Url.StartsWith(dashboardOrigin, StringComparison.Ordinal));
        await frame.Locator("figure[data-chart-ready='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });
        // The chart is drawn for the frame's own size (not the 1200 × 600 of an exported image).
        await frame.WaitForFunctionAsync("() => { const s = document.querySelector('[data-embed-chart] svg'), b = s.parentElement; const v = s.viewBox.baseVal; return Math.abs(v.width / v.height - b.clientWidth / b.clientHeight) < 0.05; }");

        var title = frame.Locator(".embed-title");
        Assert.Equal("各阶段项目数（按年）", (await title.InnerTextAsync()).Trim());
        await AssertInsideAsync(title, width, height, "title");
        var axis = frame.Locator("[data-embed-chart] svg text", new FrameLocatorOptions { HasText = "2023" }).First;
        await AssertInsideAsync(axis, width, height, "x axis label 2023");
        await AssertInsideAsync(frame.Locator("[data-embed-legend]"), width, height, "legend");
        Assert.Contains("海门区", await frame.Locator("[data-embed-legend]").InnerTextAsync(), StringComparison.Ordinal);
        var source = frame.Locator("[data-embed-source]");
        await AssertInsideAsync(source, width, height, "source line");
        Assert.Contains("来源：", await source.InnerTextAsync(), StringComparison.Ordinal);
        // Title above the chart, the chart above the legend, the legend above the source line.
        var (titleBox, chartBox, legendBox, sourceBox) = (await BoxAsync(title), await BoxAsync(frame.Locator("[data-embed-chart]")), await BoxAsync(frame.Locator("[data-embed-legend]")), await BoxAsync(source));
        Assert.True(titleBox.Y + titleBox.Height <= chartBox.Y + 1 && chartBox.Y + chartBox.Height <= legendBox.Y + 1 && legendBox.Y + legendBox.Height <= sourceBox.Y + 1,
            $"title {titleBox.Y}, chart {chartBox.Y}+{chartBox.Height}, legend {legendBox.Y}, source {sourceBox.Y}");
        Assert.True(chartBox.Height >= height * 0.35, $"the chart takes the rest of the frame: {chartBox.Height} of {height} px");
        // Text is sized to the frame: larger in a large frame.
        var titleSize = await title.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        Assert.InRange(titleSize, width >= 1920 ? 28 : 12, width >= 1920 ? 40 : 24);

        Assert.Equal(0, await frame.Locator("script[src*='blazor']").CountAsync());
        Assert.Equal(0, sockets);
        if (width == 800)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, "embed-800x450.png"), Clip = new Clip { X = 0, Y = 0, Width = width, Height = height } });
        }

        await page.CloseAsync();
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("the element is not shown");

    private static async Task AssertInsideAsync(ILocator locator, int width, int height, string what)
    {
        Assert.True(await locator.IsVisibleAsync(), $"{what} is shown");
        var box = await BoxAsync(locator);
        // The frame sits at the page's top left corner.
        Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.Width <= width + 0.5 && box.Y + box.Height <= height + 0.5,
            $"{what} at ({box.X:0}, {box.Y:0}) {box.Width:0}×{box.Height:0} is outside the {width}×{height} frame");
    }
}
