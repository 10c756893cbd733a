using Dashboard.E2E.Support;
using Microsoft.Playwright;

namespace Dashboard.E2E.Timeline;

/// <summary>Issue 15: zoom and pan on the timeline go into the URL like every other filter, so a copied link shows the same periods.</summary>
public sealed class TimelineZoomInUrlTests : IClassFixture<LiveDashboard>, IClassFixture<Chromium>
{
    private readonly LiveDashboard dashboard;
    private readonly Chromium chromium;

    public TimelineZoomInUrlTests(LiveDashboard dashboard, Chromium chromium)
    {
        this.dashboard = dashboard;
        this.chromium = chromium;
    }

    [Fact]
    public async Task AZoomedViewIsInTheUrlAndACopiedLinkRestoresIt()
    {
        var page = await OpenAsync("timeline?metric=projects");
        var chart = page.Locator("[data-chart='timeline']");
        Assert.Equal(("2020", "2023"), await VisibleAsync(chart));

        var box = (await chart.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + (box.Width * 0.7f), box.Y + (box.Height / 2));
        for (var i = 0; i < 4; i++)
        {
            await page.Mouse.WheelAsync(0, -200);
        }

        // Wait until the URL names what the chart shows, after the last wheel step.
        string url = "";
        (string?, string?) shown = default;
        for (var i = 0; i < 60; i++)
        {
            await Task.Delay(250);
            shown = await VisibleAsync(chart);
            url = Uri.UnescapeDataString(page.Url);
            if (shown != ("2020", "2023") && url.Contains($"zoom={shown.Item1}..{shown.Item2}", StringComparison.Ordinal))
            {
                break;
            }
        }

        Assert.True(url.Contains($"zoom={shown.Item1}..{shown.Item2}", StringComparison.Ordinal), $"{url} for {shown}");

        var copy = await OpenAsync(url[url.IndexOf("timeline", StringComparison.Ordinal)..]);
        Assert.Equal(shown, await VisibleAsync(copy.Locator("[data-chart='timeline']")));

        await page.GetByTestId("reset-zoom").ClickAsync();
        for (var i = 0; i < 40 && page.Url.Contains("zoom=", StringComparison.Ordinal); i++)
        {
            await Task.Delay(250);
        }

        Assert.DoesNotContain("zoom=", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
        await copy.Context.CloseAsync();
    }

    [Fact]
    public async Task ABadZoomIsNamed()
    {
        var page = await BlazorPage.OpenAsync(chromium.Browser, 1366, 768, dashboard.BaseAddress);
        await page.GotoAsync("/timeline?zoom=2021-07..2022");

        var problem = page.GetByTestId("link-problem");
        await problem.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Contains("zoom 应为两个年份", await problem.InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenAsync(string relative)
    {
        var page = await BlazorPage.OpenAsync(chromium.Browser, 1366, 768, dashboard.BaseAddress);
        await page.GotoAsync("/" + relative);
        await page.Locator("[data-chart='timeline'][data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });
        return page;
    }

    private static async Task<(string?, string?)> VisibleAsync(ILocator chart) =>
        (await chart.GetAttributeAsync("data-visible-from"), await chart.GetAttributeAsync("data-visible-to"));
}
