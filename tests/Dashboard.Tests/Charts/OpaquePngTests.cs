using Dashboard.Presentation.Charts;
using ScottPlot;
using SkiaSharp;

namespace Dashboard.Tests.Charts;

/// <summary>The PNG encoder of opaque charts: lossless, and it leaves see-through images to Skia.</summary>
public class OpaquePngTests
{
    public OpaquePngTests() => ChartFonts.EnsureRegistered();

    [Fact]
    public void AnOpaqueChartDecodesToExactlyThePixelsDrawn()
    {
        using var plot = SamplePlots.Months("南通日报", "文章数");
        using var surface = SKSurface.Create(new SKImageInfo(640, 320));
        surface.Canvas.Clear(SKColors.Transparent);
        plot.Render(surface.Canvas, new PixelRect(640, 320));
        using var drawn = surface.PeekPixels();

        var png = OpaquePng.TryEncode(drawn);

        Assert.NotNull(png);
        using var decoded = Pixels.Decode(png);
        Assert.Equal(SKColorType.Bgra8888, drawn.ColorType);
        Assert.Equal((640, 320), (decoded.Width, decoded.Height));
        for (var y = 0; y < 320; y++)
        {
            for (var x = 0; x < 640; x++)
            {
                Assert.Equal(drawn.GetPixelColor(x, y), decoded.GetPixel(x, y));
            }
        }
    }

    [Fact]
    public void EveryColourValueSurvivesTheSubFilter()
    {
        // Neighbours that differ by every amount, wrapping past 255, in each channel.
        using var bitmap = new SKBitmap(new SKImageInfo(256, 3, SKColorType.Bgra8888, SKAlphaType.Premul));
        for (var x = 0; x < 256; x++)
        {
            bitmap.SetPixel(x, 0, new SKColor((byte)(x * x), (byte)(255 - x), (byte)(x * 7)));
            bitmap.SetPixel(x, 1, new SKColor((byte)x, (byte)(x * 3), (byte)(x ^ 0x5A)));
            bitmap.SetPixel(x, 2, new SKColor(255, 0, (byte)(x % 2 * 255)));
        }

        using var pixmap = bitmap.PeekPixels();
        using var decoded = Pixels.Decode(OpaquePng.TryEncode(pixmap)!);

        for (var y = 0; y < 3; y++)
        {
            for (var x = 0; x < 256; x++)
            {
                Assert.Equal(bitmap.GetPixel(x, y), decoded.GetPixel(x, y));
            }
        }
    }

    [Fact]
    public void AnImageWithASeeThroughPixelIsLeftToSkia()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(8, 8, SKColorType.Bgra8888, SKAlphaType.Premul));
        bitmap.Erase(SKColors.White);
        bitmap.SetPixel(7, 7, SKColors.Transparent);
        using var pixmap = bitmap.PeekPixels();

        Assert.Null(OpaquePng.TryEncode(pixmap));
    }

    [Fact]
    public void ATransparentPlotStillRendersWithItsTransparency()
    {
        using var plot = SamplePlots.Months("南通日报", "文章数");
        plot.FigureBackground.Color = Colors.Transparent;
        plot.DataBackground.Color = Colors.Transparent;

        using var decoded = Pixels.Decode(ChartRenderer.RenderPng(plot, 300, 200));

        Assert.Equal(0, decoded.GetPixel(0, 0).Alpha);
    }
}
