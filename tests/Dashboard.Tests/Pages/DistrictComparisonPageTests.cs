using System.Text.Json;
using Bunit;
using Dashboard.Components.Pages.Districts;
using Dashboard.Tests.Support;
using Metrics.Facts;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Pages;

public sealed class DistrictComparisonPageTests
{
    [Theory]
    [InlineData("metric=projects&from=2019&to=2023")]
    [InlineData("metric=projects&stage=signed&from=2019&to=2023&boundaries=current")]
    [InlineData("metric=investment&from=2020&to=2023&boundaries=current")]
    [InlineData("metric=meetings&from=2020&to=2021&district=港闸区&district=崇川区")]
    public async Task EveryNumberInTheTableIsWhatTheApiGivesForTheSameFilters(string query)
    {
        using var app = new DashboardFactory();
        using var client = app.CreateClient();
        await AddFactsAsync(app);
        await using var host = await PageHost.CreateAsync(app);
        host.NavigateTo($"/districts?{query}");

        var page = host.Context.Render<DistrictComparison>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("tr[data-district]")), TimeSpan.FromSeconds(10));
        var api = JsonDocument.Parse(await client.GetStringAsync(page.Find("a[data-api-link]").GetAttribute("href"))).RootElement;

        // Rows and the API's series are keyed by district and stage: project stages are never added together.
        var series = api.GetProperty("series").EnumerateArray().ToDictionary(
            s => Key(s.GetProperty("district").GetString()!, s.TryGetProperty("stage", out var stage) ? stage.GetString() : null),
            s => s.GetProperty("points").EnumerateArray().ToDictionary(p => p.GetProperty("period").GetString()!, p => p.GetProperty("value").GetInt64()));
        var stages = series.Keys.Select(k => k.Split('|')[1]).Distinct().OrderBy(s => s.Length == 0 ? -1 : (int)Enum.Parse<ProjectStage>(s, ignoreCase: true)).ToArray();
        var rows = page.FindAll("tr[data-district]").Select(r => Key(r.GetAttribute("data-district")!, r.GetAttribute("data-stage"))).ToArray();
        Assert.Equal([.. series.Keys, .. stages.Select(stage => Key(DistrictYearTable.TotalName, stage))], rows);
        Assert.Contains(series.Values, points => points.Values.Any(v => v > 0));
        foreach (var cell in page.FindAll("tr[data-district] td[data-year]"))
        {
            var district = cell.ParentElement!.GetAttribute("data-district")!;
            var stage = cell.ParentElement!.GetAttribute("data-stage");
            var year = cell.GetAttribute("data-year")!;
            var expected = district == DistrictYearTable.TotalName
                ? series.Where(s => s.Key.EndsWith("|" + stage, StringComparison.Ordinal)).Sum(s => s.Value.GetValueOrDefault(year))
                : series[Key(district, stage)].GetValueOrDefault(year);
            Assert.Equal(expected, long.Parse(cell.GetAttribute("data-value")!, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static string Key(string district, string? stage) => $"{district}|{stage}";

    [Fact]
    public async Task EachCellShowsItsChangeAgainstThePreviousCalendarYear()
    {
        await using var host = await PageHost.CreateAsync();
        await host.AddArticleAsync("签约", new DateOnly(2023, 12, 31), null,
            PageHost.Project("通州区", "2021-06-01", ProjectStage.Signed, 5),
            PageHost.Project("通州区", "2022-06-01", ProjectStage.Signed, 4),
            PageHost.Project("通州区", "2023-06-01", ProjectStage.Signed, 10),
            PageHost.Project("海门区", "2023-06-01", ProjectStage.Signed, 3),
            PageHost.Project("海门区", "2023-06-01", ProjectStage.Started, 7));
        host.NavigateTo("/districts?metric=projects&stage=signed&from=2022&to=2023");

        var page = host.Context.Render<DistrictComparison>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("tr[data-district]")));
        Assert.Equal(["4 -1（-20%）", "10 +6（+150%）"], Cells(page, "通州区"));
        Assert.Equal(["0", "3 +3"], Cells(page, "海门区"));
        Assert.Equal(["4 -1（-20%）", "13 +9（+225%）"], Cells(page, DistrictYearTable.TotalName));
        Assert.Equal("各区县签约项目数（个），2022–2023年", page.Find("[data-chart-title]").TextContent.Trim());
    }

    [Fact]
    public async Task AYearAfterADistrictWasAbolishedSaysSoInsteadOfAFallToZero()
    {
        await using var host = await PageHost.CreateAsync();
        await host.AddArticleAsync("港闸会议", new DateOnly(2020, 6, 30), null, PageHost.Meeting("港闸区", "2020-06-29"));
        host.NavigateTo("/districts?metric=meetings&from=2020&to=2021&district=港闸区&boundaries=historical");

        var page = host.Context.Render<DistrictComparison>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("tr[data-district='港闸区']")));
        Assert.Equal(["1 +1", "已撤销 并入崇川区"], Cells(page, "港闸区"));
        Assert.NotNull(page.Find("tr[data-district='港闸区'] td[data-year='2021'] [data-abolished]"));
    }

    [Fact]
    public async Task TheChartShowsEveryYearOfTheRangeAlsoTheEmptyOnes()
    {
        await using var host = await PageHost.CreateAsync();
        await host.AddArticleAsync("签约", new DateOnly(2023, 12, 31), null, PageHost.Project("通州区", "2023-06-01", ProjectStage.Signed, 10));
        host.NavigateTo("/districts?metric=projects&from=2021&to=2023");

        var page = host.Context.Render<DistrictComparison>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-chart='district-comparison'] svg text")));
        var labels = page.FindAll("[data-chart='district-comparison'] svg text").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["2021", "2022", "2023"], labels.Where(l => l.StartsWith("202", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ChoosingAnotherMetricPutsItInTheUrl()
    {
        await using var host = await PageHost.CreateAsync();
        await host.AddArticleAsync("会议", new DateOnly(2023, 3, 1), null, PageHost.Meeting("通州区", "2023-02-28"));
        host.NavigateTo("/districts?metric=projects&stage=signed&from=2023&to=2023&boundaries=current");
        var page = host.Context.Render<DistrictComparison>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-chart-title]")));

        await page.InvokeAsync(() => page.FindComponents<MudBlazor.MudSelect<Metrics.Queries.Metric>>()[0].Instance.ValueChanged.InvokeAsync(Metrics.Queries.Metric.Meetings));

        Assert.Equal("/districts?metric=meetings&from=2023&to=2023&boundaries=current", host.CurrentUri);
        page.WaitForAssertion(() => Assert.Equal(["1 +1"], Cells(page, "通州区")));
    }

    [Fact]
    public async Task AYearRangeTheWrongWayRoundIsNamed()
    {
        await using var host = await PageHost.CreateAsync();
        host.NavigateTo("/districts?from=2023&to=2020");

        var page = host.Context.Render<DistrictComparison>();

        page.WaitForAssertion(() => Assert.Contains("“from”", page.Find("[data-problem]").TextContent));
    }

    private static string[] Cells(IRenderedComponent<DistrictComparison> page, string district) =>
        page.FindAll($"tr[data-district='{district}'] td")
            .Select(td => string.Join(" ", td.QuerySelectorAll(".value, .change").Select(s => s.TextContent.Trim())))
            .ToArray();

    private static async Task AddFactsAsync(DashboardFactory app)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<MetricsDbContext>>();
        await using var context = await contexts.CreateDbContextAsync();
        context.Facts.AddRange(
            PageHost.Project("崇川区", "2021-03-02", ProjectStage.Signed, 6, 1_250_000_000),
            PageHost.Project("港闸区", "2019-11", ProjectStage.Signed, 2, 300_000_000),
            PageHost.Project("海门区", "2022-Q3", ProjectStage.Started, 4, 10_000_000_000, lowerBound: true),
            PageHost.Meeting("崇川区", "2021-01-05"),
            PageHost.Meeting("港闸区", "2020-01-05"));
        await context.SaveChangesAsync();
    }
}
