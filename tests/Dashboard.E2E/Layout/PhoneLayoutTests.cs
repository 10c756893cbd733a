using Dashboard.E2E.Support;

namespace Dashboard.E2E.Layout;

/// <summary>
/// On a phone (390×844) a table's short cells — a date, a district, a stage — stay on one line:
/// 通州区 broken into 通 / 州 / 区, or 2023-02-11 into 2023- / 02-11, is hard to read.
/// </summary>
public sealed class PhoneLayoutTests : IClassFixture<LiveDashboard>, IClassFixture<Chromium>
{
    private const string LineCount = "cell => { const r = document.createRange(); r.selectNodeContents(cell); " +
        "return new Set([...r.getClientRects()].map(rect => Math.round(rect.top))).size; }";

    private readonly LiveDashboard dashboard;
    private readonly Chromium chromium;

    public PhoneLayoutTests(LiveDashboard dashboard, Chromium chromium)
    {
        this.dashboard = dashboard;
        this.chromium = chromium;
    }

    [Theory]
    [InlineData("", "[data-latest] td.latest-date, [data-latest] td.latest-district", "overview-phone.png")]
    [InlineData("districts", "tr[data-district] th, thead th", "districts-phone.png")]
    [InlineData("timeline", "[data-testid='reported-totals'] tbody td.nowrap", "timeline-phone.png")]
    public async Task ShortCellsStayOnOneLine(string path, string cells, string screenshot)
    {
        var page = await BlazorPage.OpenAsync(chromium.Browser, 390, 844);
        await BlazorPage.GoToAsync(page, new Uri(dashboard.BaseAddress, path));

        var found = page.Locator(cells);
        await found.First.WaitForAsync(new() { Timeout = 15_000 });
        await BlazorPage.ScreenshotAsync(page, screenshot);
        foreach (var cell in await found.AllAsync())
        {
            var lines = await cell.EvaluateAsync<int>(LineCount);
            Assert.True(lines == 1, $"“{await cell.InnerTextAsync()}” takes {lines} lines on {path}");
        }

        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("", "[data-chart='articles-per-month'] svg")]
    [InlineData("districts", "[data-chart='district-comparison'] svg")]
    public async Task AStaticChartKeepsAReadableWidthAndScrollsInItsCardNotThePage(string path, string chart)
    {
        var page = await BlazorPage.OpenAsync(chromium.Browser, 390, 844);
        await BlazorPage.GoToAsync(page, new Uri(dashboard.BaseAddress, path));

        var svg = page.Locator(chart).First;
        await svg.WaitForAsync(new() { Timeout = 15_000 });
        var width = await svg.EvaluateAsync<double>("e => e.getBoundingClientRect().width");
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

        Assert.True(width >= 600, $"the chart on /{path} is {width} px wide: its ticks shrink past reading");
        Assert.True(pageWidth <= 390, $"/{path} scrolls sideways ({pageWidth} px)");
        await page.Context.CloseAsync();
    }
}
