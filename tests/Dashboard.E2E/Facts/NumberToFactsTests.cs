using Dashboard.E2E.Support;
using Microsoft.Playwright;

namespace Dashboard.E2E.Facts;

/// <summary>"Click any number to see the sentences it came from": a KPI value and a live embed's bar lead to /facts.</summary>
public sealed class NumberToFactsTests : IClassFixture<LiveDashboard>, IClassFixture<Chromium>
{
    // The seed's 通州区 launch of 2023-02-11: the sentence its 16 projects and 83.2亿元 were read from.
    private const string TongzhouLaunchEvidence = "16个产业项目总投资达83.2亿元";

    private readonly LiveDashboard dashboard;
    private readonly Chromium chromium;

    public NumberToFactsTests(LiveDashboard dashboard, Chromium chromium)
    {
        this.dashboard = dashboard;
        this.chromium = chromium;
    }

    [Fact]
    public async Task ClickingAKpiValueShowsTheFactsBehindItWithTheirSourceSentence()
    {
        var page = await BlazorPage.OpenAsync(chromium.Browser, baseAddress: dashboard.BaseAddress);
        await BlazorPage.GoToAsync(page, dashboard.BaseAddress);
        var value = page.Locator("[data-kpi='projects-started'] a[data-facts-link]");
        var shown = (await value.Locator("[data-value]").InnerTextAsync()).Trim();

        await value.ClickAsync();

        await BlazorPage.WaitForAddressAsync(page, "/facts?");
        var evidence = page.Locator("mark.evidence-sentence", new PageLocatorOptions { HasText = TongzhouLaunchEvidence });
        await evidence.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Equal("全部区县 · 2023年 · 开工项目", (await page.InnerTextAsync("[data-heading]")).Trim());
        Assert.Equal(shown, (await page.InnerTextAsync(".facts-value")).Trim());
        Assert.Equal("16", shown);
        var fact = page.Locator("[data-fact-id]", new PageLocatorOptions { Has = evidence });
        Assert.Contains("2023-02-11", await fact.InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await page.IsVisibleAsync("#blazor-error-ui"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task ClickingABarOfALiveEmbedShowsItsValueAndALinkToItsFactsInANewTab(string theme)
    {
        var page = await BlazorPage.OpenAsync(chromium.Browser, 800, 520, dashboard.BaseAddress);
        await page.GotoAsync($"/embed/projects?district=通州区&stage=started&width=760&height=380&theme={theme}");
        await page.Locator("figure[data-chart-ready='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });
        var chart = page.Locator("[data-embed-chart] svg");
        // One bar (2023, 16 projects) fills the middle of the chart.
        var box = (await chart.BoundingBoxAsync())!;

        await page.Mouse.ClickAsync(box.X + (box.Width / 2), box.Y + (box.Height * 0.6f));

        var details = page.Locator("[data-embed-point]");
        await details.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        var text = await details.InnerTextAsync();
        // The first sentences behind the bar come from /api/facts into the box itself.
        await details.Locator("[data-facts] li", new LocatorLocatorOptions { HasText = TongzhouLaunchEvidence[..8] }).WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        Assert.Contains("通州区 · 开工 · 2023", text, StringComparison.Ordinal);
        Assert.Contains("16个", text, StringComparison.Ordinal);
        var link = details.Locator("a[data-facts-link]");
        Assert.Equal("查看 1 条事实及原文 ↗", (await link.InnerTextAsync()).Trim());
        Assert.Equal(("_blank", "noopener"), (await link.GetAttributeAsync("target"), await link.GetAttributeAsync("rel")));
        await BlazorPage.ScreenshotAsync(page, $"embed-point-{theme}.png");

        var facts = await page.Context.RunAndWaitForPageAsync(() => link.ClickAsync());
        await facts.Locator("mark.evidence-sentence", new PageLocatorOptions { HasText = TongzhouLaunchEvidence })
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Equal("16", (await facts.InnerTextAsync(".facts-value")).Trim());

        await details.Locator("[data-close]").ClickAsync();
        await details.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = 10_000 });
        await page.Context.CloseAsync();
    }
}
