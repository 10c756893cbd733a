using Dashboard.Presentation.Charts;
using Metrics.Queries;
using ScottPlot.Plottables;
using ScottPlot;

namespace Dashboard.Tests.Charts;

/// <summary>The hatch of unreviewed parts: one shader per pair of colours, and real stripes of both colours in a PNG.</summary>
public class StripedHatchTests
{
    public StripedHatchTests() => ChartFonts.EnsureRegistered();

    private static SeriesResult Unreviewed() => new(
        Metric.Projects,
        Interval.Year,
        "projects",
        [new DistrictSeries("通州区", [new SeriesPoint("2020", 13, false, 2, 0), new SeriesPoint("2021", 8, false, 1, 0), new SeriesPoint("2022", 9, false, 1, 0)])],
        new UnplacedFacts(0, 0, false),
        []);

    [Fact]
    public void EveryUnreviewedBarOfADistrictSharesOneShader()
    {
        using var chart = MetricChart.Build(Unreviewed());
        var hatched = chart.Plot.GetPlottables<BarPlot>().SelectMany(b => b.Bars).Where(b => b.FillHatch is not null).ToList();
        Assert.Equal(3, hatched.Count);

        var shaders = hatched.Select(b => b.FillHatch!.GetShader(b.FillColor, b.FillHatchColor, new PixelRect(0, 10, 0, 10))).ToList();

        Assert.Single(shaders.Distinct());
    }

    [Fact]
    public void AnotherColourIsAnotherShader()
    {
        var pale = Colors.Blue.WithAlpha(0.35);

        var blue = StripedHatch.Instance.GetShader(pale, Colors.Blue, new PixelRect(0, 10, 0, 10));
        var red = StripedHatch.Instance.GetShader(pale, Colors.Red, new PixelRect(0, 10, 0, 10));

        Assert.NotSame(blue, red);
    }

    [Fact]
    public void AFilledRectangleShowsDiagonalStripesOfTheHatchColourOnTheBackground()
    {
        using var plot = new Plot();
        var rectangle = plot.Add.Rectangle(0, 10, 0, 10);
        rectangle.FillStyle = new FillStyle { Color = Colors.White, Hatch = StripedHatch.Instance, HatchColor = Colors.Black };
        rectangle.LineWidth = 0;
        plot.Axes.SetLimits(0, 10, 0, 10);
        plot.HideGrid();
        plot.Layout.Frameless();

        using var bitmap = Pixels.Decode(ChartRenderer.RenderPng(plot, 110, 110));

        // Along a row the stripes repeat every tile; going one pixel right and one up stays on the same stripe.
        var row = Enumerable.Range(20, StripedHatch.Tile * 3).Select(x => bitmap.GetPixel(x, 55).Red).ToArray();
        Assert.Contains(row, r => r < 60);
        Assert.Contains(row, r => r > 200);
        for (var x = 20; x < 80; x++)
        {
            Assert.InRange(bitmap.GetPixel(x, 55).Red - bitmap.GetPixel(x + StripedHatch.Tile, 55).Red, -16, 16);
            Assert.InRange(bitmap.GetPixel(x, 55).Red - bitmap.GetPixel(x + 1, 54).Red, -16, 16);
        }
    }
}
