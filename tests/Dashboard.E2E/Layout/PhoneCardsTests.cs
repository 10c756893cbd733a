using Dashboard.E2E.Support;
using Microsoft.Playwright;

namespace Dashboard.E2E.Layout;

/// <summary>
/// Issue 15, phones (390 px): the timeline's drill-down drawer is a full-width sheet with every
/// fact's district and sentence on screen; the review queue, the audit log and the reported totals
/// are cards, no cell squeezed below four characters and every action button on screen; the app
/// bar's title stays on one line.
/// </summary>
public sealed class PhoneCardsTests : IClassFixture<LiveDashboard>, IClassFixture<Chromium>
{
    private const int Width = 390;
    private const int Height = 844;

    private readonly LiveDashboard dashboard;
    private readonly Chromium chromium;

    public PhoneCardsTests(LiveDashboard dashboard, Chromium chromium)
    {
        this.dashboard = dashboard;
        this.chromium = chromium;
    }

    [Fact]
    public async Task TheDrillDownDrawerIsAFullWidthSheetWithEveryFactOnScreen()
    {
        var page = await BlazorPage.OpenAsync(chromium.Browser, Width, Height, dashboard.BaseAddress);
        await BlazorPage.GoToAsync(page, new Uri(dashboard.BaseAddress, "timeline?metric=projects&district=通州区&stage=started"));
        var chart = page.Locator("[data-chart='timeline']");
        var box = (await chart.BoundingBoxAsync())!;

        // One bar (2023, 16 projects) fills the middle of the chart.
        await page.Mouse.ClickAsync(box.X + (box.Width / 2), box.Y + (box.Height * 0.6f));

        var drawer = page.GetByTestId("drill-down");
        await drawer.Locator("[data-fact-id]").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        await page.WaitForTimeoutAsync(600);
        var sheet = (await drawer.BoundingBoxAsync())!;
        Assert.True(Math.Abs(sheet.X) < 1 && Math.Abs(sheet.Width - Width) < 1, $"the drawer is at x = {sheet.X:0}, {sheet.Width:0} px wide");
        var facts = await drawer.Locator("[data-fact-id]").AllAsync();
        Assert.NotEmpty(facts);
        foreach (var fact in facts)
        {
            await AssertOnScreenAsync(fact.Locator(".fact-district"), "the fact's district");
            await AssertOnScreenAsync(fact.Locator(".fact-date"), "the fact's date");
            // The first line of the source sentence starts inside the screen.
            var start = await fact.Locator(".fact-evidence").First.EvaluateAsync<double[]>(
                "e => { const r = document.createRange(); r.selectNodeContents(e); const first = r.getClientRects()[0]; return [first.left, first.right]; }");
            Assert.True(start[0] >= 0 && start[0] < Width - 40, $"the sentence starts at x = {start[0]:0}");
        }

        await BlazorPage.ScreenshotAsync(page, "timeline-drawer-phone.png");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheReportedTotalsAreCardsWithTheirButtonOnScreen()
    {
        var page = await BlazorPage.OpenAsync(chromium.Browser, Width, Height, dashboard.BaseAddress);
        await BlazorPage.GoToAsync(page, new Uri(dashboard.BaseAddress, "timeline?district=通州区"));

        var table = page.GetByTestId("reported-totals");
        await table.Locator("tbody tr").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await AssertCardsAsync(table, "tbody tr", "reported totals");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheReviewQueueAndTheAuditLogAreCardsWithEveryActionOnScreen()
    {
        var page = await BlazorPage.OpenAsync(chromium.Browser, Width, Height, dashboard.BaseAddress);
        await page.GotoAsync("/review");
        await page.FillAsync("#password", LiveDashboard.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/review");
        await BlazorPage.WaitForInteractiveAsync(page);

        var queue = page.Locator("[data-review='queue']");
        await queue.Locator("tr[data-review-fact]").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await AssertCardsAsync(queue, "tr[data-review-fact]", "review queue");
        await page.WaitForTimeoutAsync(300);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, "review-phone.png") });

        // Confirming a fact writes the audit log's first entry.
        var first = queue.Locator("tr[data-review-fact]").First;
        var id = await first.GetAttributeAsync("data-review-fact");
        await first.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "确认" }).ClickAsync();
        await queue.Locator($"tr[data-review-fact='{id}']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = 10_000 });

        await page.GotoAsync("/review/audit");
        // Measured once the page is interactive: the prerendered rows are replaced when it starts.
        await BlazorPage.WaitForInteractiveAsync(page);
        var log = page.Locator("[data-audit='log']");
        await log.Locator("tr[data-audit-entry]").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await AssertCardsAsync(log, "tr[data-audit-entry]", "audit log");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(390, "南通统计")]
    [InlineData(1366, "南通区县动态统计")]
    public async Task TheAppBarTitleShortensInsteadOfWrapping(int width, string shown)
    {
        var page = await BlazorPage.OpenAsync(chromium.Browser, width, 800, dashboard.BaseAddress);
        await page.GotoAsync("/");

        var title = page.GetByTestId("app-title");
        // innerText: the text as drawn (the other form of the title is in the markup, not shown).
        await Assertions.Expect(title).ToHaveJSPropertyAsync("innerText", shown);
        // The lines the shown text takes (read once the page has laid it out).
        var lines = 0;
        for (var i = 0; i < 20 && lines == 0; i++)
        {
            lines = await title.EvaluateAsync<int>("e => { const r = document.createRange(); r.selectNodeContents(e); return new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top))).size; }");
            await Task.Delay(lines == 0 ? 250 : 0);
        }

        Assert.Equal(1, lines);
        await page.Context.CloseAsync();
    }

    // Each row a card inside the screen; each labelled cell at least four characters wide; every button on screen.
    // The rows are the table's entries (the audit log also has detail rows, shown only when opened).
    private static async Task AssertCardsAsync(ILocator table, string rows, string what)
    {
        var entries = await table.Locator(rows).AllAsync();
        Assert.NotEmpty(entries);
        foreach (var row in entries.Take(10))
        {
            await AssertOnScreenAsync(row, $"a card of the {what}");
            foreach (var cell in await row.Locator("td").AllAsync())
            {
                if (!await cell.IsVisibleAsync())
                {
                    continue;
                }

                var (cellWidth, fontSize) = await cell.EvaluateAsync<double[]>("e => [e.getBoundingClientRect().width, parseFloat(getComputedStyle(e).fontSize)]") switch { var v => (v[0], v[1]) };
                Assert.True(cellWidth >= 4 * fontSize, $"a cell of the {what} is {cellWidth:0} px wide, under four characters ({4 * fontSize:0} px): “{await cell.InnerTextAsync()}”");
            }

            foreach (var button in await row.Locator("button, a.mud-button-root").AllAsync())
            {
                await AssertOnScreenAsync(button, $"the {what}'s button “{(await button.InnerTextAsync()).Trim()}”");
            }
        }
    }

    private static async Task AssertOnScreenAsync(ILocator locator, string what)
    {
        var box = await locator.BoundingBoxAsync() ?? throw new InvalidOperationException($"{what} is not shown");
        Assert.True(box.X >= 0 && box.X + box.Width <= Width + 0.5, $"{what} spans x = {box.X:0} to {box.X + box.Width:0} on a {Width} px screen");
    }
}
