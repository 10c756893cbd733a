using System.Diagnostics;
using System.Globalization;
using Dashboard.E2E.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dashboard.E2E.Timeline;

public sealed class TimelinePageTests : IClassFixture<LiveDashboard>, IClassFixture<Chromium>
{
    // The seed's 通州区 launch of 2023-02-11, as /api/facts gives its evidence.
    private const string TongzhouLaunchEvidence = "16个产业项目总投资达83.2亿元";

    private readonly LiveDashboard dashboard;
    private readonly Chromium chromium;
    private readonly ITestOutputHelper output;

    public TimelinePageTests(LiveDashboard dashboard, Chromium chromium, ITestOutputHelper output)
    {
        this.dashboard = dashboard;
        this.chromium = chromium;
        this.output = output;
    }

    [Fact]
    public async Task FirstChartIsVisibleSoonAfterNavigation()
    {
        var page = await NewPageAsync();
        // Warm up the app (JIT, first query) the way a running server is warm, then measure a fresh visit.
        await OpenAsync(page, "timeline");
        await page.GotoAsync("about:blank");

        var clock = Stopwatch.StartNew();
        await page.GotoAsync(Url("timeline"), new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await page.Locator("[data-chart='timeline'] svg").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 15_000 });
        clock.Stop();

        var figure = $"timeline first chart visible after {clock.Elapsed.TotalMilliseconds:F0} ms (navigation to visible SVG, seed database, 1366x768)";
        output.WriteLine(figure);
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Screenshots, "timeline-first-chart.txt"), figure + Environment.NewLine);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), figure);
        await page.CloseAsync();
    }

    [Fact]
    public async Task WheelZoomNarrowsTheVisibleYearsAndResetShowsThemAll()
    {
        var page = await NewPageAsync();
        await OpenAsync(page, "timeline");
        var chart = page.Locator("[data-chart='timeline']");
        var before = await VisibleAsync(chart);
        Assert.Equal(("2020", "2023"), (before.From, before.To));

        var box = (await chart.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        for (var i = 0; i < 4; i++)
        {
            await page.Mouse.WheelAsync(0, -200);
        }

        // The server applies the wheel steps one by one: wait for all of them, not the first.
        await Expect(() => VisibleAsync(chart), v => v.Span < before.Span - 0.5 && (v.From, v.To) != (before.From, before.To), "the wheel did not zoom in");
        var zoomed = await VisibleAsync(chart);
        Assert.NotEqual((before.From, before.To), (zoomed.From, zoomed.To));
        Assert.Equal(before.YTicks, zoomed.YTicks);

        await page.GetByTestId("reset-zoom").ClickAsync();
        await Expect(() => VisibleAsync(chart), v => (v.From, v.To) == ("2020", "2023"), "reset did not show every year");
        await page.CloseAsync();
    }

    [Fact]
    public async Task DragPansTheTimeAxis()
    {
        var page = await NewPageAsync();
        await OpenAsync(page, "timeline?interval=quarter");
        var chart = page.Locator("[data-chart='timeline']");
        var box = (await chart.BoundingBoxAsync())!;
        var centre = (X: box.X + (box.Width / 2), Y: box.Y + (box.Height / 2));
        await page.Mouse.MoveAsync(centre.X, centre.Y);
        await page.Mouse.WheelAsync(0, -400);
        await ExpectAsync(chart, v => v.Span < 15, "the wheel did not zoom in");
        var zoomed = await SettledAsync(chart);

        await page.Mouse.MoveAsync(centre.X, centre.Y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)(centre.X + 150), (float)centre.Y, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();

        var panned = await ExpectAsync(chart, v => v.Min < zoomed.Min - 0.5, "dragging right did not move the view to earlier quarters");
        Assert.InRange(panned.Span, zoomed.Span - 0.1, zoomed.Span + 0.1);
        await page.CloseAsync();
    }

    [Fact]
    public async Task ClickingTheTongzhouBarOpensItsFactsWithTheEvidenceHighlighted()
    {
        var page = await NewPageAsync();
        await OpenAsync(page, "timeline?metric=projects&district=通州区&stage=started");
        var chart = page.Locator("[data-chart='timeline']");
        // One bar (2023, 16 projects) fills the middle of the chart.
        var box = (await chart.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height * 0.6f));
        var tooltip = page.Locator("[role='tooltip']");
        await tooltip.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        Assert.Contains("通州区 · 开工 · 2023", await tooltip.InnerTextAsync());
        Assert.Contains("16个", await tooltip.InnerTextAsync());

        await page.Mouse.ClickAsync(box.X + (box.Width / 2), box.Y + (box.Height * 0.6f));

        var evidence = page.GetByTestId("drill-down").Locator("mark.evidence-sentence", new LocatorLocatorOptions { HasText = TongzhouLaunchEvidence });
        await evidence.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        var drawer = page.GetByTestId("drill-down");
        var text = await drawer.InnerTextAsync();
        Assert.Contains("通州区 · 开工 · 2023", text);
        Assert.Contains("2023-02-11", text);
        Assert.Contains("16个项目", text);
        Assert.Contains("83.2亿元", text);
        var link = drawer.Locator("[data-fact-id] .fact-source a").First;
        Assert.Matches(@"^/articles/\d+$", await link.GetAttributeAsync("href"));
        Assert.Equal(
            "/facts?metric=projects&district=" + Uri.EscapeDataString("通州区") + "&from=2023-01-01&to=2023-12-31&stage=started",
            await drawer.GetByTestId("facts-page-link").GetAttributeAsync("href"));
        // Let the drawer finish sliding in (MudBlazor animates it for 225 ms).
        await page.WaitForTimeoutAsync(600);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, "timeline-drawer-light.png") });
        await page.CloseAsync();
    }

    [Fact]
    public async Task ACopiedLinkRestoresTheFiltersAndTheChart()
    {
        var page = await NewPageAsync();
        await OpenAsync(page, "timeline");
        await page.GetByTestId("metric").GetByText("投资额").ClickAsync();
        await ExpectUrlAsync(page, u => u.Contains("metric=investment", StringComparison.Ordinal));
        await page.GetByTestId("interval").GetByText("季度").ClickAsync();
        await ExpectUrlAsync(page, u => u.Contains("interval=quarter", StringComparison.Ordinal));
        await page.GetByTestId("chart-kind").GetByText("折线").ClickAsync();
        await ExpectUrlAsync(page, u => u.Contains("chart=lines", StringComparison.Ordinal));
        await ExpectTitleAsync(page, "项目投资额（亿元） · 按季度");
        var chart = page.Locator("[data-chart='timeline']");
        var original = await VisibleAsync(chart);
        var originalLegend = await page.Locator(".chart-legend").InnerTextAsync();
        var originalTexts = await chart.Locator("svg text").AllTextContentsAsync();

        var copy = await NewPageAsync();
        await OpenAsync(copy, page.Url.Replace(dashboard.BaseAddress.ToString(), "", StringComparison.Ordinal));

        await ExpectTitleAsync(copy, "项目投资额（亿元） · 按季度");
        var restored = await VisibleAsync(copy.Locator("[data-chart='timeline']"));
        Assert.Equal((original.From, original.To, original.YTicks), (restored.From, restored.To, restored.YTicks));
        Assert.Equal(originalLegend, await copy.Locator(".chart-legend").InnerTextAsync());
        // Same ticks, axis title and marks: the same chart (lines, by quarter, in 亿元).
        Assert.Equal(originalTexts, await copy.Locator("[data-chart='timeline'] svg text").AllTextContentsAsync());
        Assert.Contains("投资额（亿元）", originalTexts.Select(t => t.Trim()));

        // Back steps through the filter changes.
        await copy.CloseAsync();
        await page.GoBackAsync();
        await ExpectUrlAsync(page, u => !u.Contains("chart=lines", StringComparison.Ordinal));
        await ExpectTitleAsync(page, "项目投资额（亿元） · 按季度");
        await page.GoBackAsync();
        await ExpectTitleAsync(page, "项目投资额（亿元） · 按年");
        await page.CloseAsync();
    }

    [Fact]
    public async Task AMonthlySeriesStatesTheFactsKnownOnlyToTheirQuarter()
    {
        var page = await NewPageAsync();
        await OpenAsync(page, "timeline?metric=investment&interval=month&district=港闸区&stage=signed");

        var note = await page.GetByTestId("unplaced-note").InnerTextAsync();

        Assert.Contains("另有 1 条事实仅知年份/季度", note);
        Assert.Contains("未计入各月", note);
    }

    [Fact]
    public async Task ReportedTotalsStandApartAndOpenTheirSourceSentence()
    {
        var page = await NewPageAsync();
        await OpenAsync(page, "timeline?district=通州区");
        var table = page.GetByTestId("reported-totals");
        var started = table.Locator("tr", new LocatorLocatorOptions { HasText = "开工" });
        Assert.Contains("19个", await started.InnerTextAsync());
        // The chart counts the 2023 launch only: the 19 reported for 2022 are not in any bar.
        Assert.Equal(("2023", "2023"), (await page.Locator("[data-chart='timeline']").GetAttributeAsync("data-visible-from"), await page.Locator("[data-chart='timeline']").GetAttributeAsync("data-visible-to")));

        await started.GetByText("原文").ClickAsync();

        var drawer = page.GetByTestId("drill-down");
        await drawer.Locator("mark.evidence-sentence", new LocatorLocatorOptions { HasText = "19个重大项目开工建设" }).WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        Assert.Contains("自报总数", await drawer.InnerTextAsync());
        await page.CloseAsync();
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(1920, 1080)]
    public async Task TheChartFitsTheWindowWithoutScrollingSideways(int width, int height)
    {
        var page = await NewPageAsync(width, height);
        await OpenAsync(page, "timeline?metric=investment");

        var svgBox = (await page.Locator("[data-chart='timeline'] svg").BoundingBoxAsync())!;
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        Assert.True(scrollWidth <= width, $"the page is {scrollWidth} px wide in a {width} px window");
        Assert.True(svgBox.X + svgBox.Width <= width, "the chart runs off the window");
        Assert.True(svgBox.Width > width / 2.0, $"the chart is only {svgBox.Width} px wide");
        Assert.True(svgBox.Y < height, "the chart starts below the first screen");
        if (width == 1366)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, "timeline-light.png") });
            await page.Locator("button[aria-label='切换主题']").ClickAsync();
            await page.WaitForFunctionAsync("() => document.querySelector(\"[data-chart='timeline'] svg\")?.innerHTML.includes('#373740') || document.querySelector(\"[data-chart='timeline'] svg\")?.innerHTML.toLowerCase().includes('#373740')");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, "timeline-dark.png") });
        }

        await page.CloseAsync();
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task TheChosenDatesAreShownWhole(int width, int height)
    {
        var page = await NewPageAsync(width, height);
        await OpenAsync(page, "timeline?from=2019-01-01&to=2024-12-31");

        foreach (var field in new[] { "from", "to" })
        {
            var input = page.Locator($"input[data-testid='{field}']");
            var value = await input.InputValueAsync();
            var textWidth = await input.EvaluateAsync<int>("i => i.scrollWidth");
            var boxWidth = await input.EvaluateAsync<int>("i => i.clientWidth");
            Assert.True(textWidth <= boxWidth, $"{field} = {value} needs {textWidth} px in a {boxWidth} px box");
        }

        await page.CloseAsync();
    }

    private string Url(string relative) => new Uri(dashboard.BaseAddress, relative).ToString();

    private async Task<IPage> NewPageAsync(int width = 1366, int height = 768) =>
        await chromium.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
        });

    /// <summary>Opens a page and waits until the chart is live (circuit up, width measured).</summary>
    private async Task OpenAsync(IPage page, string relative)
    {
        await page.GotoAsync(Url(relative));
        await page.Locator("[data-chart='timeline'][data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });
    }

    // Blazor changes the URL with history.pushState, which WaitForURLAsync does not see as a navigation.
    private static Task<string> ExpectUrlAsync(IPage page, Func<string, bool> condition) =>
        Expect(() => Task.FromResult(page.Url), condition, "the URL did not change");

    private static async Task ExpectTitleAsync(IPage page, string title) =>
        await page.GetByTestId("chart-title").Filter(new LocatorFilterOptions { HasText = title }).WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });

    private static async Task<VisibleRange> VisibleAsync(ILocator chart)
    {
        var from = await chart.GetAttributeAsync("data-visible-from");
        var to = await chart.GetAttributeAsync("data-visible-to");
        var min = double.Parse((await chart.GetAttributeAsync("data-x-min"))!, CultureInfo.InvariantCulture);
        var max = double.Parse((await chart.GetAttributeAsync("data-x-max"))!, CultureInfo.InvariantCulture);
        var yTicks = string.Join(",", await chart.Locator("svg text").AllTextContentsAsync());
        return new VisibleRange(from, to, min, max, YTickLabels(yTicks));
    }

    // One wheel gesture may arrive as several events: wait until the view stops changing.
    private static async Task<VisibleRange> SettledAsync(ILocator chart)
    {
        var last = await VisibleAsync(chart);
        for (var i = 0; i < 50; i++)
        {
            await Task.Delay(300);
            var now = await VisibleAsync(chart);
            if (now == last)
            {
                return now;
            }

            last = now;
        }

        return last;
    }

    private static Task<VisibleRange> ExpectAsync(ILocator chart, Func<VisibleRange, bool> condition, string message) =>
        Expect(() => VisibleAsync(chart), condition, message);

    private static async Task<T> Expect<T>(Func<Task<T>> read, Func<T, bool> condition, string message)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var value = await read();
        while (!condition(value))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{message}: {value}");
            await Task.Delay(100);
            value = await read();
        }

        return value;
    }

    // The y tick labels are the numbers at the start of the SVG's text (x tick labels are periods).
    private static string YTickLabels(string texts) =>
        string.Join(",", texts.Split(',').Where(t => double.TryParse(t.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v < 1000));

    private sealed record VisibleRange(string? From, string? To, double Min, double Max, string YTicks)
    {
        public double Span => Max - Min;
    }
}
