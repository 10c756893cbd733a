using Dashboard.E2E.Support;
using Microsoft.Playwright;

namespace Dashboard.E2E.Districts;

public sealed class DistrictLinkTests : IClassFixture<LiveDashboard>, IClassFixture<Chromium>
{
    private readonly LiveDashboard dashboard;
    private readonly Chromium chromium;

    public DistrictLinkTests(LiveDashboard dashboard, Chromium chromium)
    {
        this.dashboard = dashboard;
        this.chromium = chromium;
    }

    [Fact]
    public async Task ACopiedLinkRestoresTheViewAndBackReturnsToTheOneBefore()
    {
        var page = await BlazorPage.OpenAsync(chromium.Browser);
        await BlazorPage.GoToAsync(page, new Uri(dashboard.BaseAddress, "districts?metric=projects&from=2020&to=2023"));
        var before = await TableAsync(page);

        // Switch to today's boundaries with a click, as a user does: the view changes and the URL says so.
        // The toggle changes the URL in place (history.pushState), so the test reads location.href instead of
        // waiting for a navigation event (Playwright waited for a load that a pushState never brings, twice in CI).
        await ClickUntilTheUrlSaysAsync(page, page.Locator("[data-filter='boundaries'] >> text=现行区划"), "boundaries=current");
        await page.WaitForSelectorAsync("tr[data-district='港闸区']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        var copied = page.Url;
        var after = await TableAsync(page);
        Assert.NotEqual(before, after);
        Assert.DoesNotContain(after, row => row.StartsWith("港闸区", StringComparison.Ordinal));

        // The copied link in a fresh browser (no cookies, no history) shows the same view.
        var fresh = await BlazorPage.OpenAsync(chromium.Browser);
        await BlazorPage.GoToAsync(fresh, new Uri(copied));
        Assert.Equal(after, await TableAsync(fresh));
        Assert.Equal("现行区划", (await fresh.InnerTextAsync("[data-filter='boundaries'] .mud-toggle-item-selected")).Trim());

        // Back returns to the historical view.
        await page.GoBackAsync();
        await page.WaitForSelectorAsync("tr[data-district='港闸区']");
        Assert.Equal(before, await TableAsync(page));
        await fresh.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Clicks <paramref name="toggle"/> until the address contains <paramref name="expected"/>; a click that reaches the
    /// page while the circuit is still busy with its first render is lost, so one more click after a pause is what a user does.
    /// </summary>
    private static async Task ClickUntilTheUrlSaysAsync(IPage page, ILocator toggle, string expected)
    {
        for (var attempt = 1; ; attempt++)
        {
            await toggle.EvaluateAsync("element => element.click()");
            try
            {
                await BlazorPage.WaitForAddressAsync(page, expected, timeout: 10_000);
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
            catch (TimeoutException timeout)
            {
                await BlazorPage.ScreenshotAsync(page, "district-link-toggle.png");
                throw new TimeoutException($"After {attempt} clicks the address is still {page.Url}; screenshot artifacts/screenshots/district-link-toggle.png", timeout);
            }
        }
    }

    private static async Task<string[]> TableAsync(IPage page)
    {
        await page.WaitForSelectorAsync("[data-table='district-year'] tr[data-district]");
        return (await page.Locator("[data-table='district-year'] tr[data-district]").AllInnerTextsAsync())
            .Select(t => string.Join(" ", t.Split((char[])['\t', '\n', ' '], StringSplitOptions.RemoveEmptyEntries)))
            .ToArray();
    }
}
