using System.Text.RegularExpressions;
using Dashboard.E2E.Support;
using Microsoft.Playwright;

namespace Dashboard.E2E.Timeline;

/// <summary>
/// The timeline's chart of a selection without facts (the seed has no completed project in 通州区),
/// in the light and the dark theme: 所选条件下没有可计入的事实 in its middle and no period on its axis,
/// also after a wheel zoom, never years such as 0001.
/// </summary>
public sealed class EmptyTimelineChartTests : IClassFixture<LiveDashboard>, IClassFixture<Chromium>
{
    private const string Note = "所选条件下没有可计入的事实";

    private readonly LiveDashboard dashboard;
    private readonly Chromium chromium;

    public EmptyTimelineChartTests(LiveDashboard dashboard, Chromium chromium)
    {
        this.dashboard = dashboard;
        this.chromium = chromium;
    }

    [Fact]
    public async Task TheChartSaysThereIsNothingAndShowsNoBogusYearsInBothThemes()
    {
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 }, Locale = "zh-CN" });
        await page.GotoAsync(new Uri(dashboard.BaseAddress, "timeline?district=通州区&stage=completed").ToString());
        var chart = page.Locator("[data-chart='timeline'][data-interactive='true']");
        await chart.WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });

        await AssertNoteWithoutPeriodsAsync(chart, "#616161");
        var box = (await chart.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await page.Mouse.WheelAsync(0, -400);
        await Task.Delay(1000);
        await AssertNoteWithoutPeriodsAsync(chart, "#616161");
        await chart.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, "timeline-empty-light.png") });

        await page.Locator("button[aria-label='切换主题']").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector(\"[data-chart='timeline'] svg\")?.innerHTML.toLowerCase().includes('#373740')");
        await AssertNoteWithoutPeriodsAsync(chart, "#B4B4BE");
        await chart.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, "timeline-empty-dark.png") });
        await page.CloseAsync();
    }

    private static async Task AssertNoteWithoutPeriodsAsync(ILocator chart, string noteHex)
    {
        var texts = (await chart.Locator("svg text").AllTextContentsAsync()).Select(t => t.Trim()).ToList();
        Assert.Contains(Note, texts);
        Assert.DoesNotContain(texts, t => Regex.IsMatch(t, @"^\d{4}(-Q\d|-\d\d)?$", RegexOptions.None, TimeSpan.FromSeconds(1)));
        var fill = await chart.Locator("svg text").Filter(new LocatorFilterOptions { HasText = Note }).First.GetAttributeAsync("fill");
        Assert.Equal(noteHex, fill, ignoreCase: true);
    }
}
