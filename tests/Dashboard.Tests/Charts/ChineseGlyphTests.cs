using Dashboard.Presentation.Charts;
using ScottPlot;

namespace Dashboard.Tests.Charts;

/// <summary>
/// Chinese must really be drawn: without the bundled font every character renders as the same
/// .notdef box, which no size or layout assertion would notice.
/// </summary>
public class ChineseGlyphTests
{
    // U+10FFFD (plane 16 private use) and U+E000 (BMP private use): Noto Sans SC has neither.
    private const string MissingA = "\U0010FFFD";
    private const string MissingB = "\uE000";

    public ChineseGlyphTests() => ChartFonts.EnsureRegistered();

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void DifferentChineseTitlesDrawDifferentPixels(string culture)
    {
        using var _ = new CultureScope(culture);

        var nantong = TitleBand("南通");
        var haimen = TitleBand("海门");

        Assert.True(Pixels.Ink(nantong) > 50, "南通 left no ink in the title area");
        Assert.True(Pixels.Ink(haimen) > 50, "海门 left no ink in the title area");
        Assert.NotEqual(nantong, haimen);
    }

    [Fact]
    public void AChineseCharacterIsNotTheMissingGlyphBox()
    {
        var nan = TitleBand("南");
        var box = TitleBand(MissingA);

        Assert.True(Pixels.Ink(nan) > 20, "南 left no ink in the title area");
        Assert.NotEqual(box, nan);
    }

    [Fact]
    public void TwoCharactersTheFontLacksDrawTheSameBox()
    {
        // The control for the test above: the comparison does see boxes as equal.
        Assert.Equal(TitleBand(MissingA), TitleBand(MissingB));
    }

    /// <summary>The rows above the data area of a 400x300 chart titled <paramref name="title"/>.</summary>
    private static SkiaSharp.SKColor[] TitleBand(string title)
    {
        using var plot = new Plot();
        plot.Add.Bars([1.0, 2.0]);
        plot.Title(title);
        ChartStyle.ApplyBundledFont(plot);

        using var bitmap = Pixels.Decode(ChartRenderer.RenderPng(plot, 400, 300));

        return Pixels.Band(bitmap, 0, (int)plot.LastRender.DataRect.Top);
    }
}
