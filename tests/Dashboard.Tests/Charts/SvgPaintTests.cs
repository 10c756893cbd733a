using Dashboard.Presentation.Charts;
using Metrics.Facts;
using Metrics.Queries;
using ScottPlot.Plottables;
using ScottPlot;

namespace Dashboard.Tests.Charts;

/// <summary>SVG frames of hatched and dashed charts: no path effect reaches Skia's SVG canvas, and the PNG keeps its hatches.</summary>
public class SvgPaintTests
{
    public SvgPaintTests() => ChartFonts.EnsureRegistered();

    // Nothing reviewed: every bar is pale, hatched and outlined with dashes; lines are dashed per stage.
    private static SeriesResult Unreviewed() => new(
        Metric.Projects,
        Interval.Year,
        "projects",
        [
            new DistrictSeries("港闸区", [new SeriesPoint("2020", 13, false, 2, 0), new SeriesPoint("2021", 4, false, 1, 0)], ProjectStage.Signed),
            new DistrictSeries("港闸区", [new SeriesPoint("2020", 1, false, 1, 0), new SeriesPoint("2021", 2, false, 1, 0.5)], ProjectStage.Production),
        ],
        new UnplacedFacts(0, 0, false),
        []);

    [Theory]
    [InlineData(MetricChartKind.Bars)]
    [InlineData(MetricChartKind.Lines)]
    public void AnSvgOfHatchedOrDashedSeriesMakesSkiaPrintNothing(MetricChartKind kind)
    {
        using var chart = MetricChart.Build(Unreviewed(), new MetricChartOptions { Kind = kind });
        var svg = "";

        var printed = NativeStderr.Capture(() => svg = ChartRenderer.RenderSvg(chart.Plot, 600, 300));

        Assert.DoesNotContain("Unsupported path effect", printed, StringComparison.Ordinal);
        Assert.Contains("<rect", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void TheUnreviewedPartStaysPaleAndOutlinedInTheSvg()
    {
        using var chart = MetricChart.Build(Unreviewed());

        var svg = ChartRenderer.RenderSvg(chart.Plot, 600, 300);

        Assert.Contains("fill-opacity=\"0.34", svg, StringComparison.Ordinal);
        Assert.Contains("fill=\"none\" stroke=", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterAnSvgTheChartStillHasItsHatchesAndDashesForAPng()
    {
        using var chart = MetricChart.Build(Unreviewed());
        var pale = chart.Plot.GetPlottables<BarPlot>().SelectMany(b => b.Bars).Where(b => b.FillHatch is not null).ToList();
        Assert.NotEmpty(pale);

        ChartRenderer.RenderSvg(chart.Plot, 600, 300);

        Assert.All(pale, bar => Assert.NotNull(bar.FillHatch));
        Assert.All(pale, bar => Assert.Equal(LinePattern.Dashed, bar.LinePattern));
    }

    [Fact]
    public void AnSvgOfDashedLinesGivesTheLinesTheirDashesBack()
    {
        using var chart = MetricChart.Build(Unreviewed(), new MetricChartOptions { Kind = MetricChartKind.Lines });
        var before = chart.Plot.GetPlottables<Scatter>().Select(s => s.LinePattern).ToList();

        ChartRenderer.RenderSvg(chart.Plot, 600, 300);

        Assert.Equal(before, chart.Plot.GetPlottables<Scatter>().Select(s => s.LinePattern).ToList());
        Assert.Contains(LinePattern.Dashed, before);
    }
}
