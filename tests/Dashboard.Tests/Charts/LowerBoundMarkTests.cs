using Dashboard.Presentation.Charts;
using Metrics.Queries;
using ScottPlot.Plottables;
using ScottPlot;

namespace Dashboard.Tests.Charts;

/// <summary>The "≥" played back from one recording draws exactly what ScottPlot's own text label draws.</summary>
public class LowerBoundMarkTests
{
    public LowerBoundMarkTests() => ChartFonts.EnsureRegistered();

    private static SeriesResult ManyLowerBounds() => new(
        Metric.Investment,
        Interval.Year,
        "yuan",
        [
            new DistrictSeries("通州区", [new SeriesPoint("2020", 10_000_000_000, true, 2, 0.5), new SeriesPoint("2021", 8_000_000_000, true, 1), new SeriesPoint("2022", 9_500_000_000, false, 1, 1)]),
            new DistrictSeries("海门区", [new SeriesPoint("2020", 5_000_000_000, true, 2), new SeriesPoint("2021", 11_000_000_000, true, 1, 1)]),
        ],
        new UnplacedFacts(0, 0, false),
        []);

    [Theory]
    [InlineData(MetricChartKind.Bars, false, 800, 400, 1)]
    [InlineData(MetricChartKind.Bars, true, 640, 300, 2)]
    [InlineData(MetricChartKind.Lines, true, 700, 350, 1)]
    public void AChartIsPixelForPixelWhatScottPlotsTextLabelsDraw(MetricChartKind kind, bool dark, int width, int height, float scale)
    {
        using var chart = MetricChart.Build(ManyLowerBounds(), new MetricChartOptions { Kind = kind, Theme = ChartTheme.For(dark) });
        var marks = chart.Plot.GetPlottables<Text>().ToList();
        Assert.Equal(4, marks.Count);
        Assert.All(marks, mark => Assert.IsType<LowerBoundMark>(mark));
        var recorded = ChartRenderer.RenderPng(chart.Plot, width, height, scale);

        foreach (var mark in marks)
        {
            var index = chart.Plot.PlottableList.IndexOf(mark);
            var label = mark.LabelStyle;
            var text = chart.Plot.Add.Text(mark.LabelText, mark.Location.X, mark.Location.Y);
            chart.Plot.PlottableList.Remove(text);
            (text.LabelAlignment, text.LabelFontSize, text.LabelBold, text.LabelFontColor, text.LabelFontName, text.OffsetY) =
                (label.Alignment, label.FontSize, label.Bold, label.ForeColor, label.FontName, mark.OffsetY);
            chart.Plot.PlottableList[index] = text;
        }

        var drawnByScottPlot = ChartRenderer.RenderPng(chart.Plot, width, height, scale);

        using var expected = Pixels.Decode(drawnByScottPlot);
        using var actual = Pixels.Decode(recorded);
        Assert.Equal(expected.Bytes, actual.Bytes);
    }
}
