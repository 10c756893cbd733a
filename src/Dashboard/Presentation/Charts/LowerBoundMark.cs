using System.Collections.Concurrent;
using ScottPlot;
using ScottPlot.Plottables;
using SkiaSharp;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// The "≥" over a value that holds a lower bound. ScottPlot measures and shapes a text label anew
/// every time it draws one; a chart of many lower bounds spent a tenth of its drawing time on the
/// same sign. The sign is recorded once per look (font, size, colour) as ScottPlot draws it and
/// played back where each mark goes: the same drawing commands under the same transform, the same
/// pixels. Skia pictures are immutable, so one is shared by every drawing at once.
/// </summary>
internal sealed class LowerBoundMark : Text
{
    public const string Sign = "≥";

    // Themes times font sizes stay far below this; beyond it, marks are drawn as ScottPlot draws them.
    private const int MaxPictures = 64;

    private static readonly ConcurrentDictionary<(string Font, float Size, uint Color), SKPicture> Pictures = new();

    public LowerBoundMark(Coordinates location, string fontName, float fontSize, Color color)
    {
        LabelText = Sign;
        LabelBackgroundColor = Colors.Transparent;
        LabelBorderColor = Colors.Transparent;
        Location = location;
        LabelAlignment = Alignment.LowerCenter;
        LabelFontName = fontName;
        LabelFontSize = fontSize;
        LabelBold = true;
        LabelFontColor = color;
    }

    /// <inheritdoc />
    public override void Render(RenderPack rp)
    {
        var label = LabelStyle;
        var key = (label.FontName, label.FontSize, label.ForeColor.ARGB);
        if (label.Text != Sign || !label.Bold || label.Alignment != Alignment.LowerCenter || label.Rotation != 0 || (!Pictures.ContainsKey(key) && Pictures.Count >= MaxPictures))
        {
            base.Render(rp);
            return;
        }

        var picture = Pictures.GetOrAdd(key, _ => Record(label));
        // Where Text.Render and LabelStyle.Render move the canvas before drawing the label.
        var pixel = Axes.GetPixel(Location);
        var canvas = rp.Canvas;
        canvas.Save();
        canvas.Translate(pixel.X + OffsetX + label.OffsetX, pixel.Y + OffsetY + label.OffsetY);
        canvas.DrawPicture(picture);
        canvas.Restore();
    }

    private static SKPicture Record(LabelStyle label)
    {
        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(new SKRect(-1000, -1000, 1000, 1000));
        using var paint = Paint.NewDisposablePaint();
        // Drawn where LabelStyle.Render's own move of the canvas comes to nothing.
        label.Render(canvas, new Pixel(-label.OffsetX, -label.OffsetY), paint);
        return recorder.EndRecording();
    }
}
