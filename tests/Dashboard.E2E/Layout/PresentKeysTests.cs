using Dashboard.E2E.Support;
using Microsoft.Playwright;

namespace Dashboard.E2E.Layout;

/// <summary>
/// Issue 15, presenters: on /present the arrow keys step back and forth, space pauses, the
/// 1 / 3 counter is large enough for the back of a room, and S shows the slide's source line full size.
/// </summary>
public sealed class PresentKeysTests : IClassFixture<LiveDashboard>, IClassFixture<Chromium>
{
    private readonly LiveDashboard dashboard;
    private readonly Chromium chromium;

    public PresentKeysTests(LiveDashboard dashboard, Chromium chromium)
    {
        this.dashboard = dashboard;
        this.chromium = chromium;
    }

    [Fact]
    public async Task ArrowsStepSpacePausesAndSShowsTheSourceLine()
    {
        var page = await BlazorPage.OpenAsync(chromium.Browser, 1280, 720, dashboard.BaseAddress);
        await page.GotoAsync("/present?every=60");
        await page.Locator("[data-present][data-interactive]").WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });
        var counter = page.Locator("[data-present-counter]");
        await Assertions.Expect(counter).ToHaveTextAsync("1 / 3");

        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(counter).ToHaveTextAsync("2 / 3");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(counter).ToHaveTextAsync("3 / 3");
        await Assertions.Expect(page.Locator("img[data-slide='2']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("present-current"));

        await page.Keyboard.PressAsync(" ");
        await Assertions.Expect(page.Locator("[data-present]")).ToHaveAttributeAsync("data-paused", "true");
        await page.Keyboard.PressAsync(" ");
        await Assertions.Expect(page.Locator("[data-present]")).ToHaveAttributeAsync("data-paused", "false");

        // Readable from the back of a room: at least 6 % of the screen's height.
        var counterSize = await counter.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        Assert.True(counterSize >= 0.06 * 720 - 1, $"the counter is {counterSize} px high on a 720 px screen");

        await page.Keyboard.PressAsync("s");
        var source = page.Locator("[data-present-source]");
        await source.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        var line = source.Locator(".present-source-line");
        Assert.Contains("来源：", await line.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("数据截至", await line.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await line.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)") >= 30, "the source line is shown full size");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, "present-source.png") });
        await page.Keyboard.PressAsync("Escape");
        await source.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = 10_000 });

        // The same by button, for a presenter with a mouse.
        await page.Locator("[data-present-next]").ClickAsync();
        await Assertions.Expect(counter).ToHaveTextAsync("1 / 3");
        await page.Context.CloseAsync();
    }
}
