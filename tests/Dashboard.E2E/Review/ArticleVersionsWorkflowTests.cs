using System.Text.Json;
using Dashboard.E2E.Support;
using Microsoft.Playwright;

namespace Dashboard.E2E.Review;

/// <summary>
/// Issue #18: a re-import of an error page waits in /review (dropped there with a click), an older
/// text is restored from the article page; and signing out in one browser ends an article page
/// left open in another.
/// </summary>
public sealed class ArticleVersionsWorkflowTests : IClassFixture<LiveDashboard>, IClassFixture<Chromium>
{
    private const string Url = "http://example.test/e2e/versions";
    private const string First =
        "3月5日上午，海安市2024年一季度重大产业项目集中开工活动在经济开发区举行。此次集中开工的产业项目共12个，总投资56亿元，涵盖新材料、高端装备等领域。";

    private readonly LiveDashboard dashboard;
    private readonly Chromium chromium;

    public ArticleVersionsWorkflowTests(LiveDashboard dashboard, Chromium chromium)
    {
        this.dashboard = dashboard;
        this.chromium = chromium;
    }

    [Fact]
    public async Task AHeldErrorPageIsDroppedInReviewAndAnOlderTextIsRestoredFromTheArticlePage()
    {
        var page = await SignedInPageAsync();
        var second = First.Replace("共12个", "共15个", StringComparison.Ordinal).Replace("56亿元", "70亿元", StringComparison.Ordinal);
        var id = await PostAsync(page, First, 201);
        Assert.Equal(id, await PostAsync(page, second, 201));
        Assert.Equal(id, await PostAsync(page, "404 Not Found\n\nThe requested URL was not found on this server.", 202));

        // /review: the held text waits there; 放弃 leaves the article as it is.
        await BlazorPage.GoToAsync(page, new Uri(dashboard.BaseAddress, "/review"));
        var held = page.Locator($"[data-held-version][data-article='{id}']");
        await held.WaitForAsync();
        Assert.Contains("404 Not Found", await held.InnerTextAsync(), StringComparison.Ordinal);
        await BlazorPage.ScreenshotAsync(page, "review-held-text.png");
        await held.Locator("[data-action='drop-version']").ClickAsync();
        await held.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });

        // The article page: the first text is an older version; 恢复此版本 brings it back with its facts.
        await BlazorPage.GoToAsync(page, new Uri(dashboard.BaseAddress, $"/articles/{id}"));
        // The article page's own flag: its buttons (and its versions list's) answer only from here on.
        await page.Locator("[data-interactive='true']").WaitForAsync();
        Assert.Contains("70亿元", await page.Locator("[data-article='text']").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByText("文本版本（").ClickAsync();
        var older = page.Locator("[data-version][data-state='Superseded']");
        await older.WaitForAsync();
        await older.Locator("[data-action='restore-version']").ClickAsync();
        await BlazorPage.WaitOrExplainAsync(page, page.GetByText("已恢复版本"), "article-version-restore-failed.png");
        await BlazorPage.ScreenshotAsync(page, "article-version-restored.png");
        Assert.Contains("56亿元", await page.Locator("[data-article='text']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("56亿元", await page.Locator("[data-fact]").First.InnerTextAsync(), StringComparison.Ordinal);

        // Both decisions are in the audit log.
        await BlazorPage.GoToAsync(page, new Uri(dashboard.BaseAddress, $"/review/audit?entity=article&id={id}"));
        var log = await page.Locator("body").InnerTextAsync();
        Assert.Contains("恢复旧版本", log, StringComparison.Ordinal);
        Assert.Contains("放弃暂缓的文本", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOutInAnotherBrowserEndsAnArticlePageLeftOpen()
    {
        var open = await SignedInPageAsync();
        await BlazorPage.GoToAsync(open, new Uri(dashboard.BaseAddress, "/articles/3"));
        var fact = open.Locator("[data-fact]").First;
        var factId = await fact.GetAttributeAsync("data-fact");
        var status = await fact.GetAttributeAsync("data-status");
        var reject = fact.Locator("[data-action='reject']");
        await reject.WaitForAsync();

        var other = await SignedInPageAsync();
        await other.Locator("button.sign-out").ClickAsync();
        await other.Locator("[data-signed-in='false']").WaitForAsync();

        // Acting at once is refused; within the revalidation interval the page drops its admin controls.
        if (await reject.IsVisibleAsync())
        {
            await reject.ClickAsync();
            await open.GetByText("已退出登录").WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        }

        await open.Locator("[data-action='reject']").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = 30_000 });
        await BlazorPage.ScreenshotAsync(open, "article-after-sign-out-elsewhere.png");
        var anonymous = await BlazorPage.OpenAsync(chromium.Browser, 1366, 900, dashboard.BaseAddress);
        await anonymous.GotoAsync("/articles/3");
        Assert.Equal(status, await anonymous.Locator($"[data-fact='{factId}']").GetAttributeAsync("data-status"));
    }

    private async Task<IPage> SignedInPageAsync()
    {
        var page = await BlazorPage.OpenAsync(chromium.Browser, 1366, 900, dashboard.BaseAddress);
        await page.GotoAsync("/account/login?returnUrl=%2F");
        await page.FillAsync("#password", LiveDashboard.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.Locator("[data-signed-in='true']").WaitForAsync();
        return page;
    }

    // Through the API with the page's sign-in cookie; returns the article id.
    private static async Task<int> PostAsync(IPage page, string text, int expectedStatus)
    {
        var response = await page.Context.APIRequest.PostAsync("/api/articles", new APIRequestContextOptions
        {
            DataObject = new { text, url = Url, published = "2024-03-06" },
        });
        Assert.Equal(expectedStatus, response.Status);
        using var body = JsonDocument.Parse(await response.TextAsync());
        return body.RootElement.GetProperty("id").GetInt32();
    }
}
