using System.Text.Json;
using Dashboard.E2E.Support;
using Microsoft.Playwright;

namespace Dashboard.E2E.Review;

/// <summary>Issue #7: a fact whose article names no district waits under 无区县; staff set its district in the article view and it counts.</summary>
public sealed class NoDistrictWorkflowTests : IClassFixture<LiveDashboard>, IClassFixture<Chromium>
{
    private const string Article =
        "---\ntitle: 一季度重大产业项目集中开工\ndate: 2024-03-06\n---\n\n" +
        "3月5日上午，2024年一季度重大产业项目集中开工活动举行。" +
        "此次集中开工的产业项目共12个，总投资56亿元，涵盖新材料、高端装备等领域。\n";

    private const string Series = "/api/series?metric=projects&district=通州区&stage=started&from=2024-01-01&to=2024-12-31";

    private readonly LiveDashboard dashboard;
    private readonly Chromium chromium;

    public NoDistrictWorkflowTests(LiveDashboard dashboard, Chromium chromium)
    {
        this.dashboard = dashboard;
        this.chromium = chromium;
    }

    [Fact]
    public async Task StaffFindTheFactUnderNoDistrictSetItsDistrictAndTheFiguresFollow()
    {
        using var folder = new TempFolder();
        var file = folder.Write("kaigong.md", Article);
        var page = await BlazorPage.OpenAsync(chromium.Browser, 1366, 900, dashboard.BaseAddress);

        await page.GotoAsync("/account/login?returnUrl=%2Fimport");
        await page.FillAsync("#password", LiveDashboard.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/import");
        await page.Locator("[data-interactive='true']").WaitForAsync();
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
        await page.Locator("[data-import-row='kaigong.md'][data-state='Added']").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.Equal(0L, await StartedProjectsAsync(page));

        // The queue lists it under 无区县.
        await page.GotoAsync("/review?reason=no_district");
        var row = page.Locator("[data-reason='no_district']").Filter(new LocatorFilterOptions { HasText = "56亿元" });
        await row.WaitForAsync();
        Assert.Contains("无区县 · 2024-03-05 · 开工 · 12个项目 · 56亿元", await row.InnerTextAsync(), StringComparison.Ordinal);
        await BlazorPage.ScreenshotAsync(page, "review-no-district.png");

        // 设定区县 opens its article: the fact reads 无区县 and cannot be confirmed as it is; 编辑, choose 通州区, 保存.
        await row.Locator("[data-action='set-district']").ClickAsync();
        await page.WaitForURLAsync("**/articles/**");
        await page.Locator("[data-interactive='true']").WaitForAsync();
        var card = page.Locator("[data-fact]").First;
        Assert.Contains("无区县", await card.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await card.Locator("[data-action='confirm']").IsDisabledAsync());
        await card.Locator("[data-action='edit']").ClickAsync();
        await card.Locator("[data-field='district']").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = "通州区" }).First.ClickAsync();
        // The choice reaches the server as the list closes: save only after that.
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await card.Locator("[data-action='save']").ClickAsync();
        await page.Locator("[data-fact][data-status='Corrected']").WaitForAsync();
        Assert.Contains("通州区", await page.Locator("[data-fact]").First.InnerTextAsync(), StringComparison.Ordinal);
        await BlazorPage.ScreenshotAsync(page, "article-district-set.png");

        Assert.Equal(12L, await StartedProjectsAsync(page));
        await page.GotoAsync("/review?reason=no_district");
        await page.Locator("[data-review='queue'], .mud-alert").First.WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-reason='no_district']").Filter(new LocatorFilterOptions { HasText = "56亿元" }).CountAsync());
        await page.CloseAsync();
    }

    // 通州区's started projects in 2024, as /api/series gives them.
    private static async Task<long> StartedProjectsAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync(Series);
        Assert.True(response.Ok, $"{Series} answered {response.Status}");
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("series").EnumerateArray()
            .SelectMany(s => s.GetProperty("points").EnumerateArray())
            .Sum(p => p.GetProperty("value").GetInt64());
    }
}
