using System.Globalization;
using Bunit;
using Dashboard.Components.Charts;
using Dashboard.Presentation.Charts;
using Metrics.Queries;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Dashboard.Tests.Components;

public class InteractiveMetricChartTests
{
    private const int Width = 800;

    public InteractiveMetricChartTests() => ChartFonts.EnsureRegistered();

    [Fact]
    public async Task DrawsTheChartAsInlineSvgWithTheVisiblePeriods()
    {
        await using var context = NewContext();

        var chart = Render(context, SampleSeriesForTests());

        Assert.NotNull(chart.Find("[data-chart='test'] svg"));
        Assert.Equal("true", chart.Find("[data-chart='test']").GetAttribute("data-interactive"));
        Assert.Equal(("2020", "2023"), Visible(chart));
        Assert.Contains("显示 2020 – 2023", chart.Find("[data-testid='visible-range']").TextContent);
    }

    [Fact]
    public async Task WheelingUpZoomsTheTimeAxisAroundThePointerAndLeavesTheValuesAlone()
    {
        await using var context = NewContext();
        var chart = Render(context, SampleSeriesForTests());
        var (min, max) = Limits(chart);
        var yTicks = YTicks(chart);

        for (var i = 0; i < 3; i++)
        {
            chart.Find(".interactive-chart-input").TriggerEvent("onwheel", new WheelEventArgs { DeltaY = -100, OffsetX = Width / 2.0, OffsetY = 200 });
        }

        var (zoomedMin, zoomedMax) = Limits(chart);
        Assert.True(zoomedMax - zoomedMin < (max - min) * 0.9, $"span {max - min} became {zoomedMax - zoomedMin}");
        Assert.Equal(yTicks, YTicks(chart));

        chart.Find("[data-testid='reset-zoom']").Click();
        Assert.Equal((min, max), Limits(chart));
    }

    [Fact]
    public async Task DraggingPansTheTimeAxisOnReleaseOnly()
    {
        await using var context = NewContext();
        var chart = Render(context, SampleSeriesForTests());
        var (min, max) = Limits(chart);
        var input = chart.Find(".interactive-chart-input");

        input.PointerDown(new PointerEventArgs { Button = 0, OffsetX = 400, OffsetY = 200 });
        input.PointerMove(new PointerEventArgs { OffsetX = 500, OffsetY = 200 });
        Assert.Equal((min, max), Limits(chart));
        Assert.Contains("translateX(100px)", chart.Find(".interactive-chart-svg").GetAttribute("style"));
        input.PointerUp(new PointerEventArgs { Button = 0, OffsetX = 500, OffsetY = 200 });

        var (pannedMin, pannedMax) = Limits(chart);
        Assert.True(pannedMin < min, "dragging right should show earlier years");
        Assert.Equal(max - min, pannedMax - pannedMin, 6);
    }

    [Fact]
    public async Task HoveringABarShowsItsPeriodDistrictValueAndFactCount()
    {
        await using var context = NewContext();
        var chart = Render(context, SampleSeries());

        chart.Find(".interactive-chart-input").PointerMove(PointerAtBar(chart, "2021", seriesIndex: 1));

        var tooltip = chart.Find("[role='tooltip']").TextContent;
        Assert.Contains("海门区 · 2021", tooltip);
        Assert.Contains("≥100亿元", tooltip);
        Assert.Contains("1 条事实", tooltip);
    }

    [Fact]
    public async Task ClickingABarReportsItsDistrictAndPeriod()
    {
        await using var context = NewContext();
        MetricChartPoint? clicked = null;
        var chart = context.Render<InteractiveMetricChart>(ps => ps
            .Add(p => p.Result, SampleSeries())
            .Add(p => p.ChartName, "test")
            .Add(p => p.OnPointClicked, (MetricChartPoint point) => clicked = point));
        var at = PointerAtBar(chart, "2023", seriesIndex: 0);

        var input = chart.Find(".interactive-chart-input");
        input.PointerDown(new PointerEventArgs { Button = 0, OffsetX = at.OffsetX, OffsetY = at.OffsetY });
        input.PointerUp(new PointerEventArgs { Button = 0, OffsetX = at.OffsetX + 1, OffsetY = at.OffsetY });

        Assert.Equal(("通州区", "2023", 8_320_000_000L), (clicked?.District, clicked?.Period, clicked?.Value));
    }

    private static BunitContext NewContext()
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddSingleton<ChartFrameCache>();
        context.Services.AddSingleton<IResizeObserverFactory>(new FixedWidthResizeObserver(Width));
        return context;
    }

    private static IRenderedComponent<InteractiveMetricChart> Render(BunitContext context, SeriesResult result) =>
        context.Render<InteractiveMetricChart>(ps => ps.Add(p => p.Result, result).Add(p => p.ChartName, "test"));

    private static SeriesResult SampleSeries() => Charts.SampleSeries.InvestmentByYear();

    // Four years, so that a zoom around the middle leaves out the ends.
    private static SeriesResult SampleSeriesForTests() => new(
        Metric.Projects, Interval.Year, "projects",
        [new DistrictSeries("通州区", [new SeriesPoint("2020", 3, false, 3), new SeriesPoint("2023", 16, false, 1)])],
        new UnplacedFacts(0, 0, false), []);

    private static (string?, string?) Visible(IRenderedComponent<InteractiveMetricChart> chart)
    {
        var box = chart.Find("[data-chart='test']");
        return (box.GetAttribute("data-visible-from"), box.GetAttribute("data-visible-to"));
    }

    private static (double Min, double Max) Limits(IRenderedComponent<InteractiveMetricChart> chart)
    {
        var box = chart.Find("[data-chart='test']");
        return (double.Parse(box.GetAttribute("data-x-min")!, CultureInfo.InvariantCulture), double.Parse(box.GetAttribute("data-x-max")!, CultureInfo.InvariantCulture));
    }

    private static string YTicks(IRenderedComponent<InteractiveMetricChart> chart) =>
        string.Join(",", chart.FindAll("svg text").Select(t => t.TextContent).Where(t => t.Length < 4 && t.All(char.IsAsciiDigit)));

    // The middle of a bar, in pixels of the last rendered frame.
    internal static PointerEventArgs PointerAtBar(IRenderedComponent<InteractiveMetricChart> chart, string period, int seriesIndex)
    {
        var points = MetricChartLayout.Of(chart.Instance.Result, MetricChartKind.Bars);
        var bar = points.Single(p => p.Period == period && p.SeriesIndex == seriesIndex);
        var plot = chart.Instance.PlotForTests!;
        var pixel = plot.GetPixel(new ScottPlot.Coordinates(bar.X, bar.Y / 2));
        return new PointerEventArgs { OffsetX = pixel.X, OffsetY = pixel.Y };
    }
}
