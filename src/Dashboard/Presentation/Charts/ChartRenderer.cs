using System.Text;
using ScottPlot;
using SkiaSharp;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// Renders charts to PNG bytes and to SVG text. Frames go through a <see cref="Multiplot"/>
/// onto an <see cref="SKCanvas"/> because ScottPlot's interaction responses find the plot
/// through <see cref="IMultiplot.LastRender"/>; rendering a plot directly leaves wheel zoom and
/// drag pan silently doing nothing. Not thread-safe for the same plot.
/// </summary>
public static class ChartRenderer
{
    /// <summary>Largest image side in pixels, after scaling.</summary>
    public const int MaxPixels = 8192;

    // For a chart with see-through pixels (OpaquePng takes the others). Flat-coloured charts compress
    // well with one cheap filter at a low zlib level: Skia's default (every filter tried per row,
    // level 6) spent about as long encoding a panel as drawing it.
    private static readonly SKPngEncoderOptions FastPng = new(SKPngEncoderFilterFlags.Sub, 3);

    /// <summary>
    /// Renders <paramref name="plot"/> as a PNG of <c>width*scale</c> by <c>height*scale</c> pixels;
    /// the layout is that of a <paramref name="width"/> by <paramref name="height"/> chart with
    /// everything <paramref name="scale"/> times larger (for high-density screens and print).
    /// </summary>
    public static byte[] RenderPng(Plot plot, int width, int height, float scale = 1) =>
        RenderPng(new Multiplot(plot), width, height, scale);

    /// <summary>Renders every plot of <paramref name="multiplot"/> as one PNG; see <see cref="RenderPng(Plot, int, int, float)"/>.</summary>
    public static byte[] RenderPng(IMultiplot multiplot, int width, int height, float scale = 1)
    {
        ArgumentNullException.ThrowIfNull(multiplot);
        if (!float.IsFinite(scale) || scale <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale must be a positive number.");
        }

        var pixelWidth = CheckedPixels(width * scale, nameof(width));
        var pixelHeight = CheckedPixels(height * scale, nameof(height));
        var plots = multiplot.GetPlots();
        var previousScales = plots.Select(p => p.ScaleFactor).ToArray();
        try
        {
            foreach (var p in plots)
            {
                p.ScaleFactor = scale;
            }

            using var surface = SKSurface.Create(new SKImageInfo(pixelWidth, pixelHeight))
                ?? throw new InvalidOperationException($"Skia could not allocate a {pixelWidth}x{pixelHeight} surface.");
            surface.Canvas.Clear(SKColors.Transparent);
            multiplot.Render(surface.Canvas, new PixelRect(pixelWidth, pixelHeight));
            using var pixels = surface.PeekPixels();
            return OpaquePng.TryEncode(pixels) ?? SkiaPng(pixels);
        }
        finally
        {
            for (var i = 0; i < plots.Length; i++)
            {
                plots[i].ScaleFactor = previousScales[i];
            }
        }
    }

    private static byte[] SkiaPng(SKPixmap pixels)
    {
        using var data = pixels.Encode(FastPng) ?? throw new InvalidOperationException("Skia could not encode the chart as PNG.");
        return data.ToArray();
    }

    /// <summary>
    /// Renders <paramref name="plot"/> as a standalone SVG document of <paramref name="width"/> by
    /// <paramref name="height"/>, with Chinese text repaired by <see cref="ChartFonts.SvgRepair"/>.
    /// </summary>
    public static string RenderSvg(Plot plot, int width, int height) =>
        RenderSvg(new Multiplot(plot), width, height);

    /// <summary>Renders every plot of <paramref name="multiplot"/> as one SVG; see <see cref="RenderSvg(Plot, int, int)"/>.</summary>
    public static string RenderSvg(IMultiplot multiplot, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(multiplot);
        CheckedPixels(width, nameof(width));
        CheckedPixels(height, nameof(height));
        var repair = ChartFonts.SvgRepair;
        using var plain = SvgPaint.Plain(multiplot.GetPlots());
        // ScottPlot renders a frame a second time when the first one moved the axis limits
        // (tick labels resized the data area). On a raster canvas the second pass paints over
        // the first; an SVG canvas keeps both, so every label would be written twice. Settle
        // the layout on a cheap raster surface first.
        using (var settle = SKSurface.Create(new SKImageInfo(width, height)))
        {
            multiplot.Render(settle.Canvas, new PixelRect(width, height));
        }

        using var stream = new MemoryStream();
        // The SVG canvas writes its closing tags only when disposed, so read the stream after.
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
        {
            multiplot.Render(canvas, new PixelRect(width, height));
        }

        var svg = Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
        return WithViewBox(repair.Repair(svg), width, height);
    }

    /// <summary>
    /// Skia writes only width and height: a page that sizes the SVG to its column (width 100%)
    /// would crop the drawing instead of scaling it. A viewBox makes it scale.
    /// </summary>
    private static string WithViewBox(string svg, int width, int height)
    {
        var start = svg.IndexOf("<svg ", StringComparison.Ordinal);
        if (start < 0 || svg.IndexOf("viewBox=", start, StringComparison.Ordinal) is var existing and >= 0 && existing < svg.IndexOf('>', start))
        {
            return svg;
        }

        return svg.Insert(start + "<svg ".Length, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"viewBox=\"0 0 {width} {height}\" "));
    }

    private static int CheckedPixels(float pixels, string parameter)
    {
        var rounded = MathF.Round(pixels);
        if (rounded is < 1 or > MaxPixels)
        {
            throw new ArgumentOutOfRangeException(parameter, pixels, $"The image must be 1 to {MaxPixels} pixels on each side.");
        }

        return (int)rounded;
    }
}
