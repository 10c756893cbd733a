using Dashboard.E2E.Support;
using Microsoft.Playwright;

namespace Dashboard.E2E.Layout;

public sealed class ThemeToggleTests : IClassFixture<LiveDashboard>, IClassFixture<Chromium>
{
    private readonly LiveDashboard dashboard;
    private readonly Chromium chromium;

    public ThemeToggleTests(LiveDashboard dashboard, Chromium chromium)
    {
        this.dashboard = dashboard;
        this.chromium = chromium;
    }

    [Fact]
    public async Task TheToggleSwitchesToDarkAndTheNextPageStartsDark()
    {
        var page = await BlazorPage.OpenAsync(chromium.Browser);
        await BlazorPage.GoToAsync(page, new Uri(dashboard.BaseAddress, "articles"));
        var light = await BlazorPage.BackgroundAsync(page);

        await page.ClickAsync("button[aria-label='切换主题']");
        await page.WaitForSelectorAsync("button[aria-label='切换主题'][data-theme='dark']");
        var dark = await BlazorPage.BackgroundAsync(page);

        Assert.Equal("rgb(255, 255, 255)", light);
        Assert.True(Luminance(dark) < 0.25, $"the dark background is {dark}");
        await page.WaitForFunctionAsync("() => document.cookie.includes('dashboard-theme=dark')");

        await page.GotoAsync(dashboard.BaseAddress.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Equal(dark, await BlazorPage.BackgroundAsync(page));
        Assert.Equal("dark", await page.GetAttributeAsync("button[aria-label='切换主题']", "data-theme"));
        await page.Context.CloseAsync();
    }

    private static double Luminance(string rgb)
    {
        var parts = rgb[(rgb.IndexOf('(') + 1)..rgb.IndexOf(')')].Split(',').Select(p => double.Parse(p.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return (0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]) / 255;
    }
}
