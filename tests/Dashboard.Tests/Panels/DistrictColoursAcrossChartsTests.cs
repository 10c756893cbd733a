using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bunit;
using Dashboard.Components.Charts;
using Dashboard.Presentation.Charts;
using Dashboard.Presentation.Panels;
using Dashboard.Tests.Components;
using Dashboard.Tests.Support;
using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using TimelinePage = Dashboard.Components.Pages.Timeline.Timeline;

namespace Dashboard.Tests.Panels;

/// <summary>
/// A district is painted in one colour on every chart: the timeline showing 通州区 and 海门区 and
/// an embed showing 海门区 alone agree in their legends, the chart's tooltip and the embed's
/// hit areas (its tooltip and clicked-bar box).
/// </summary>
public sealed class DistrictColoursAcrossChartsTests
{
    [Fact]
    public async Task HaimenIsTheSameColourOnTheTimelineWithTongzhouAndInAnEmbedOfItsOwn()
    {
        await using var host = await HostAsync();
        var haimen = ChartPalette.DistrictHex["海门区"];

        host.NavigateTo("/timeline?metric=investment&district=通州区&district=海门区");
        var timeline = host.Context.Render<TimelinePage>();
        timeline.WaitForAssertion(() => Assert.Equal(2, Legend(timeline.FindAll(".chart-legend-item")).Length), TimeSpan.FromSeconds(10));
        var request = PanelRequest.Read("investment", new QueryCollection(QueryHelpers.ParseQuery("?district=海门区")), host.Context.Services.GetRequiredService<NantongGazetteer>());
        var result = await host.Context.Services.GetRequiredService<SeriesQuery>().RunAsync(request.Metric, request.Interval, request.Filter);
        var embedSvg = EmbedChartSvg.Render(result, request, 800, 400, 1);

        Assert.Equal([("通州区", ChartPalette.DistrictHex["通州区"]), ("海门区", haimen)], Legend(timeline.FindAll(".chart-legend-item")));
        Assert.Equal([("海门区", haimen)], MetricChart.Legend(result).Where(e => !e.Unreviewed).Select(e => (e.Name, e.ColorHex.ToUpperInvariant())).ToArray());
        Assert.NotEqual(ChartPalette.DistrictHex["通州区"], haimen);

        Assert.Equal(haimen, TooltipSwatch(timeline.FindComponent<InteractiveMetricChart>(), "海门区"));
        // The embed's hover tooltip and clicked-bar box take their swatch from the bar's hit area.
        var hit = Regex.Match(embedSvg, "<rect data-hit=[^>]*data-title=\"海门区[^>]*data-colour=\"(#[0-9A-Fa-f]{6})\"");
        Assert.True(hit.Success, "the embed's chart has a hit area for 海门区's bar");
        Assert.Equal(haimen, hit.Groups[1].Value.ToUpperInvariant());
    }

    private static async Task<PageHost> HostAsync()
    {
        var host = await PageHost.CreateAsync(services: s => s.AddSingleton<IResizeObserverFactory>(new FixedWidthResizeObserver(800)));
        await host.AddArticleAsync("两区项目集中开工", new DateOnly(2023, 2, 12), "南通日报",
            PageHost.Project("通州区", "2023-02-11", ProjectStage.Started, 16, 8_320_000_000),
            PageHost.Project("海门区", "2023-02-11", ProjectStage.Started, 5, 4_050_000_000));
        return host;
    }

    // The districts' entries: the 未审核 entry (these facts are unreviewed) has a hatched swatch of its own.
    private static (string Name, string Colour)[] Legend(IEnumerable<IElement> items) =>
        items.Where(i => i.QuerySelector("[data-unreviewed]") is null).Select(i => (i.TextContent.Trim(), Background(i.QuerySelector(".chart-legend-swatch")!))).ToArray();

    private static string TooltipSwatch(IRenderedComponent<InteractiveMetricChart> chart, string district)
    {
        chart.Find(".interactive-chart-input").PointerMove(InteractiveMetricChartTests.PointerAtBar(chart, "2023", chart.Instance.Result.Series.ToList().FindIndex(s => s.District == district)));
        return Background(chart.Find("[role='tooltip'] .tooltip-swatch"));
    }

    private static string Background(IElement swatch) =>
        swatch.GetAttribute("style")!.Replace("background:", "", StringComparison.Ordinal).Trim().TrimEnd(';').ToUpperInvariant();
}
