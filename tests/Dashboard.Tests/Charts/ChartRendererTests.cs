using Dashboard.Presentation.Charts;
using ScottPlot;

namespace Dashboard.Tests.Charts;

public class ChartRendererTests
{
    public ChartRendererTests() => ChartFonts.EnsureRegistered();

    [Theory]
    [InlineData(400, 300, 1f)]
    [InlineData(400, 300, 2f)]
    [InlineData(800, 400, 1.5f)]
    [InlineData(640, 360, 4f)]
    public void PngIsWidthTimesScaleByHeightTimesScale(int width, int height, float scale)
    {
        using var plot = SamplePlots.Months("南通");

        using var bitmap = Pixels.Decode(ChartRenderer.RenderPng(plot, width, height, scale));

        Assert.Equal((int)(width * scale), bitmap.Width);
        Assert.Equal((int)(height * scale), bitmap.Height);
        Assert.Equal(1, plot.ScaleFactor);
    }

    [Fact]
    public void AScaledPngHasTheSameLayoutAsTheUnscaledOne()
    {
        using var plot = SamplePlots.Months("南通");

        ChartRenderer.RenderPng(plot, 400, 300);
        var unscaled = plot.LastRender.DataRect;
        ChartRenderer.RenderPng(plot, 400, 300, 2);
        var scaled = plot.LastRender.DataRect;

        Assert.Equal(unscaled, scaled);
    }

    [Theory]
    [InlineData(0, 300, 1f)]
    [InlineData(400, -1, 1f)]
    [InlineData(400, 300, 0f)]
    [InlineData(400, 300, float.NaN)]
    [InlineData(4000, 300, 4f)]
    public void ImpossibleSizesAreRejected(int width, int height, float scale)
    {
        using var plot = new Plot();

        Assert.Throws<ArgumentOutOfRangeException>(() => ChartRenderer.RenderPng(plot, width, height, scale));
    }

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void SvgCarriesRealIdeographsAndNoRadicalLookAlikes(string culture)
    {
        using var _ = new CultureScope(culture);
        using var plot = SamplePlots.Months("人民 南通日报", "文章数（篇）");

        var svg = ChartRenderer.RenderSvg(plot, 800, 400);

        Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
        Assert.EndsWith("</svg>", svg.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("人民 南通日报", svg, StringComparison.Ordinal);
        Assert.Contains("文章数（篇）", svg, StringComparison.Ordinal);
        Assert.Contains("2020-07", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(svg, c => c is >= '\u2E80' and <= '\u2FDF');
    }

    [Fact]
    public void RenderingThroughAMultiplotRecordsWhereThePlotWasDrawn()
    {
        using var plot = SamplePlots.Months();
        var multiplot = new Multiplot(plot);

        ChartRenderer.RenderSvg(multiplot, 800, 400);

        Assert.Equal(new PixelRect(800, 400), multiplot.LastRender.GetLastRenderRectangle(plot));
        Assert.Same(plot, multiplot.LastRender.GetPlotAtPixel(new Pixel(400, 200)));
    }
}

public class SvgSinglePassTests
{
    public SvgSinglePassTests() => ChartFonts.EnsureRegistered();

    [Fact]
    public void SvgDrawsEachLabelOnce()
    {
        using var plot = SamplePlots.Months("南通日报", "文章数");

        var svg = ChartRenderer.RenderSvg(plot, 800, 400);

        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(svg, ">\\s*文章数\\s*<"));
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(svg, ">\\s*南通日报\\s*<"));
    }
}

public class SvgScalingTests
{
    public SvgScalingTests() => ChartFonts.EnsureRegistered();

    [Fact]
    public void TheSvgScalesToItsColumnInsteadOfBeingCropped()
    {
        using var plot = SamplePlots.Months("南通日报", "文章数");

        var svg = ChartRenderer.RenderSvg(plot, 1100, 380);

        var root = System.Xml.Linq.XDocument.Parse(svg).Root!;
        Assert.Equal(("0 0 1100 380", "1100", "380"), ((string?)root.Attribute("viewBox"), (string?)root.Attribute("width"), (string?)root.Attribute("height")));
    }
}
