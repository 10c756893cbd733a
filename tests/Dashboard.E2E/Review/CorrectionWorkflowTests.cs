using System.Text.Json;
using Dashboard.E2E.Support;
using Microsoft.Playwright;

namespace Dashboard.E2E.Review;

/// <summary>Issue #7's acceptance: sign in, import a file, correct a fact's amount, see the figures change, find the correction in the audit log.</summary>
public sealed class CorrectionWorkflowTests : IClassFixture<LiveDashboard>, IClassFixture<Chromium>
{
    private const string Article =
        "---\ntitle: 海安市一季度重大项目集中开工\ndate: 2024-03-06\n---\n\n" +
        "3月5日上午，海安市2024年一季度重大产业项目集中开工活动在经济开发区举行。" +
        "此次集中开工的产业项目共12个，总投资56亿元，涵盖新材料、高端装备等领域。\n\n市委书记出席活动并宣布项目开工。\n";

    private readonly LiveDashboard dashboard;
    private readonly Chromium chromium;

    public CorrectionWorkflowTests(LiveDashboard dashboard, Chromium chromium)
    {
        this.dashboard = dashboard;
        this.chromium = chromium;
    }

    [Fact]
    public async Task StaffSignInImportCorrectAnAmountAndTheFiguresAndAuditLogFollow()
    {
        using var folder = new TempFolder();
        var file = folder.Write("haian-launch.md", Article);
        var page = await BlazorPage.OpenAsync(chromium.Browser, 1366, 900, dashboard.BaseAddress);

        // Anonymous: the import page sends us to the sign-in page.
        await page.GotoAsync("/import");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#password", LiveDashboard.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/import");
        await page.Locator("[data-signed-in='true']").WaitForAsync();
        await page.Locator("[data-interactive='true']").WaitForAsync();

        // Import the file: its row ends as added, with one fact.
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
        var row = page.Locator("[data-import-row='haian-launch.md'][data-state='Added']");
        try
        {
            await row.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        }
        finally
        {
            await BlazorPage.ScreenshotAsync(page, "import-after-upload.png");
        }

        await BlazorPage.ScreenshotAsync(page, "import-done.png");
        Assert.Contains("新增 1", await page.Locator("[data-import='summary']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(5_600_000_000L, await InvestmentAsync(page));
        var articleLink = await row.Locator("a").GetAttributeAsync("href") ?? throw new InvalidOperationException("no article link");

        // The overview's KPI card shows the imported amount.
        await ExpectOverviewStartedInvestmentAsync(page, "56");

        // Correct the amount in the article view: 56亿元 → 60亿元.
        await page.GotoAsync(articleLink);
        await page.Locator("[data-interactive='true']").WaitForAsync();
        var card = page.Locator("[data-fact]").First;
        await card.WaitForAsync();
        Assert.Contains("56亿元", await card.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("总投资56亿元", await page.Locator("[data-article='text'] mark").First.InnerTextAsync(), StringComparison.Ordinal);
        await card.Locator("[data-action='edit']").ClickAsync();
        await card.Locator("[data-fact-editor]").WaitForAsync();
        await BlazorPage.ScreenshotAsync(page, "fact-editor.png");
        // Every field's label is whole: none is cut to 投资额上限… or 年度计划投….
        var cutLabels = await card.Locator("[data-fact-editor] label.mud-input-label").EvaluateAllAsync<string[]>(
            "labels => labels.filter(l => l.scrollWidth > l.clientWidth + 1).map(l => l.textContent)");
        Assert.Empty(cutLabels);
        var amount = card.Locator("input[data-field='investmentYuan'], [data-field='investmentYuan'] input").First;
        // Amounts are typed in 亿元 by default; the stored value stays yuan.
        await amount.FillAsync("60");
        await amount.PressAsync("Tab");
        await card.Locator("[data-action='save']").ClickAsync();
        await page.Locator("[data-fact][data-status='Corrected']").WaitForAsync();
        await BlazorPage.ScreenshotAsync(page, "article-corrected.png");
        Assert.Contains("60亿元", await page.Locator("[data-fact]").First.InnerTextAsync(), StringComparison.Ordinal);

        // The figures follow at once: the API and the overview's KPI card.
        Assert.Equal(6_000_000_000L, await InvestmentAsync(page));
        await ExpectOverviewStartedInvestmentAsync(page, "60");
        await BlazorPage.ScreenshotAsync(page, "overview-after-correction.png");

        // The audit log shows the correction with the amount before and after.
        await page.GotoAsync("/review/audit");
        var entry = page.Locator("[data-audit-entry][data-action='edit']").First;
        await entry.WaitForAsync();
        var text = await entry.InnerTextAsync();
        Assert.Contains("admin", text, StringComparison.Ordinal);
        Assert.Contains("投资额: 56亿元 → 60亿元", text, StringComparison.Ordinal);
        await BlazorPage.ScreenshotAsync(page, "audit-log.png");

        await page.GotoAsync("/review");
        await page.Locator("[data-review='queue'], .mud-alert").First.WaitForAsync();
        await BlazorPage.ScreenshotAsync(page, "review-queue.png");
        await page.CloseAsync();
    }

    private static async Task ExpectOverviewStartedInvestmentAsync(IPage page, string yi)
    {
        await page.GotoAsync("/?year=2024&district=海安市");
        var value = page.Locator("[data-kpi='investment-started'] [data-value]");
        await Assertions.Expect(value).ToHaveTextAsync(yi, new LocatorAssertionsToHaveTextOptions { Timeout = 15_000 });
    }

    private static async Task<long> InvestmentAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/kpis?year=2024&district=海安市&stage=started");
        Assert.True(response.Ok, $"/api/kpis answered {response.Status}");
        using var json = JsonDocument.Parse(await response.TextAsync());
        return FindInvestment(json.RootElement) ?? throw new InvalidOperationException("no investment in " + json.RootElement.GetRawText());
    }

    private static long? FindInvestment(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "investment" && property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("value", out var value))
                {
                    return value.GetInt64();
                }

                if (FindInvestment(property.Value) is { } found)
                {
                    return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindInvestment(item) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
