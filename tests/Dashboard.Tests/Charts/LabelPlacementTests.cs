using Dashboard.Presentation.Charts;
using ScottPlot;
using SkiaSharp;

namespace Dashboard.Tests.Charts;

/// <summary>Where labels land in the image, measured from the ink (see CjkBaselineCorrection).</summary>
public class LabelPlacementTests
{
    public LabelPlacementTests() => ChartFonts.EnsureRegistered();

    [Fact]
    public void YTickLabelsAreCentredOnTheirTicks()
    {
        using var plot = Styled();
        using var bitmap = Pixels.Decode(ChartRenderer.RenderPng(plot, 400, 300));
        var data = plot.LastRender.DataRect;

        foreach (var value in new[] { 2.0, 4.0, 6.0, 8.0 })
        {
            var tick = plot.Axes.Left.GetPixel(value, data);
            var (top, bottom) = InkRows(bitmap, (int)data.Left - 20, (int)data.Left - 6, (int)tick - 11, (int)tick + 11);

            Assert.InRange(((top + bottom) / 2.0) - tick, -2.5, 2.5);
        }
    }

    [Fact]
    public void XTickLabelsStartBelowTheTickMarks()
    {
        using var plot = Styled();
        using var bitmap = Pixels.Decode(ChartRenderer.RenderPng(plot, 400, 300));
        var data = plot.LastRender.DataRect;
        var tick = plot.Axes.Bottom.GetPixel(0, data);

        // The right half of the label "0", beside its tick mark, below the anti-aliased frame line.
        var (top, _) = InkRows(bitmap, (int)tick + 2, (int)tick + 5, (int)data.Bottom + 2, (int)data.Bottom + 30);

        Assert.True(top - data.Bottom >= plot.Axes.Bottom.MajorTickStyle.Length + 2, $"label ink starts {top - data.Bottom:F1} px below the frame");
    }

    [Fact]
    public void TheRotatedChineseYAxisTitleStaysInsideTheFigure()
    {
        using var plot = Styled();
        using var bitmap = Pixels.Decode(ChartRenderer.RenderPng(plot, 400, 300));
        var data = plot.LastRender.DataRect;

        var (left, right) = InkColumns(bitmap, 0, (int)data.Left - 25, (int)data.Top, (int)data.Bottom);

        Assert.True(left >= 3, $"y axis title ink starts at column {left}");
        Assert.True(right - left >= 10, "no y axis title ink found");
    }

    private static Plot Styled()
    {
        var plot = new Plot();
        plot.Add.Bars([1.0, 2.0]);
        plot.Axes.SetLimitsY(0, 10);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(2);
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        plot.Title("南通各来源每月文章数");
        plot.YLabel("文章数（篇）");
        ChartStyle.ApplyBundledFont(plot);
        return plot;
    }

    private static (int Top, int Bottom) InkRows(SKBitmap bitmap, int x0, int x1, int y0, int y1)
    {
        var rows = Enumerable.Range(y0, y1 - y0).Where(y => Enumerable.Range(x0, x1 - x0).Any(x => IsInk(bitmap.GetPixel(x, y)))).ToList();
        Assert.NotEmpty(rows);
        return (rows.Min(), rows.Max());
    }

    private static (int Left, int Right) InkColumns(SKBitmap bitmap, int x0, int x1, int y0, int y1)
    {
        var columns = Enumerable.Range(x0, x1 - x0).Where(x => Enumerable.Range(y0, y1 - y0).Any(y => IsInk(bitmap.GetPixel(x, y)))).ToList();
        Assert.NotEmpty(columns);
        return (columns.Min(), columns.Max());
    }

    private static bool IsInk(SKColor c) => c.Red + c.Green + c.Blue < 400;
}
