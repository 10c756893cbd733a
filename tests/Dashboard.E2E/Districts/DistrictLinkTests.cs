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
        // The toggle changes the URL in place (history.pushState); the URL is awaited below. The click is
        // the element's own (as the mouse gives it), so Playwright does not take the pushState for a page
        // load and wait for a load event that never comes (it timed out so, NoWaitAfter notwithstanding).
        await page.Locator("[data-filter='boundaries'] >> text=现行区划").EvaluateAsync("element => element.click()");
        await page.WaitForURLAsync(url => url.Contains("boundaries=current"));
        await page.WaitForSelectorAsync("tr[data-district='崇川区']");
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

    private static async Task<string[]> TableAsync(IPage page)
    {
        await page.WaitForSelectorAsync("[data-table='district-year'] tr[data-district]");
        return (await page.Locator("[data-table='district-year'] tr[data-district]").AllInnerTextsAsync())
            .Select(t => string.Join(" ", t.Split((char[])['\t', '\n', ' '], StringSplitOptions.RemoveEmptyEntries)))
            .ToArray();
    }
}
