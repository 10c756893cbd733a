using System.Globalization;
using System.Text.Json;
using Dashboard.E2E.Support;
using Microsoft.Playwright;

namespace Dashboard.E2E.Review;

/// <summary>Issue 14: staff read an article, confirm all its facts at once, and the KPI card's 已审核 share rises.</summary>
public sealed class ConfirmArticleTests : IClassFixture<LiveDashboard>, IClassFixture<Chromium>
{
    private const string Card = "[data-kpi='investment-started'] [data-reviewed-share]";
    private const string Overview = "/?year=2023&district=通州区";

    private readonly LiveDashboard dashboard;
    private readonly Chromium chromium;

    public ConfirmArticleTests(LiveDashboard dashboard, Chromium chromium)
    {
        this.dashboard = dashboard;
        this.chromium = chromium;
    }

    [Fact]
    public async Task ConfirmingAnArticlesFactsRaisesTheReviewedShareOfItsKpiCard()
    {
        var page = await BlazorPage.OpenAsync(chromium.Browser, 1366, 900, dashboard.BaseAddress);
        await page.GotoAsync("/import");
        await page.FillAsync("#password", LiveDashboard.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/import");

        await page.GotoAsync(Overview);
        await page.Locator(Card).WaitForAsync();
        var before = await ShareAsync(page);
        Assert.True(before < 1, $"the seed's started investment of 通州区 in 2023 is not all reviewed yet ({before})");
        Assert.Contains("已审核", await page.Locator(Card).InnerTextAsync(), StringComparison.Ordinal);
        Assert.NotNull(await page.Locator("[data-review-backlog]").GetAttributeAsync("data-review-backlog"));

        var articleId = await ArticleOfTheFigureAsync(page);
        await page.GotoAsync($"/articles/{articleId}");
        await page.Locator("[data-interactive='true']").WaitForAsync();
        await page.Locator("[data-action='confirm-all']").ClickAsync();
        await page.Locator("[data-fact][data-status='Confirmed']").First.WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-fact][data-status='Extracted']").CountAsync());

        await page.GotoAsync(Overview);
        await Assertions.Expect(page.Locator(Card)).Not.ToHaveAttributeAsync("data-reviewed-share", before.ToString(CultureInfo.InvariantCulture));
        var after = await ShareAsync(page);
        Assert.True(after > before, $"已审核 rose from {before} to {after}");
        await page.CloseAsync();
    }

    private static async Task<double> ShareAsync(IPage page) =>
        double.Parse(await page.Locator(Card).GetAttributeAsync("data-reviewed-share") ?? "", CultureInfo.InvariantCulture);

    private static async Task<int> ArticleOfTheFigureAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/facts?metric=investment&stage=started&district=通州区&from=2023-01-01&to=2023-12-31");
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("items")[0].GetProperty("sources")[0].GetProperty("articleId").GetInt32();
    }
}
