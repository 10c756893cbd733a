using Dashboard.Presentation.Charts;
using Metrics.Queries;
using ScottPlot.Plottables;
using ScottPlot;

namespace Dashboard.Tests.Charts;

/// <summary>The chart's bars with one shared dash effect draw exactly what ScottPlot's own bars draw.</summary>
public class DashedOutlineBarsTests
{
    public DashedOutlineBarsTests() => ChartFonts.EnsureRegistered();

    private static SeriesResult HalfReviewed() => new(
        Metric.Projects,
        Interval.Year,
        "projects",
        [
            new DistrictSeries("通州区", [new SeriesPoint("2020", 13, false, 2, 0.5), new SeriesPoint("2021", 8, false, 1, 0), new SeriesPoint("2022", 9, false, 1, 1)]),
            new DistrictSeries("海门区", [new SeriesPoint("2020", 5, false, 2, 0), new SeriesPoint("2021", 11, false, 1, 0.25)]),
        ],
        new UnplacedFacts(0, 0, false),
        []);

    [Theory]
    [InlineData(800, 400, 1)]
    [InlineData(500, 300, 2)]
    public void APanelIsPixelForPixelWhatScottPlotsBarsDraw(int width, int height, float scale)
    {
        using var chart = MetricChart.Build(HalfReviewed());
        var ours = chart.Plot.GetPlottables<BarPlot>().ToList();
        Assert.All(ours, bars => Assert.IsType<DashedOutlineBars>(bars));
        Assert.Contains(ours.SelectMany(b => b.Bars), bar => bar.LinePattern.Equals(LinePattern.Dashed) && bar.LineWidth > 0);
        var withShared = ChartRenderer.RenderPng(chart.Plot, width, height, scale);

        foreach (var bars in ours)
        {
            var index = chart.Plot.PlottableList.IndexOf(bars);
            chart.Plot.PlottableList[index] = new BarPlot(bars.Bars) { LegendText = bars.LegendText };
        }

        var withScottPlots = ChartRenderer.RenderPng(chart.Plot, width, height, scale);

        using var expected = Pixels.Decode(withScottPlots);
        using var actual = Pixels.Decode(withShared);
        Assert.Equal(expected.Bytes, actual.Bytes);
    }
}
