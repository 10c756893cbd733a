using ScottPlot;
using ScottPlot.Plottables;
using SkiaSharp;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// ScottPlot's bars, drawn bar by bar as it draws them, except that a dashed outline (the unreviewed
/// part of a bar) uses one dash effect made once: ScottPlot makes a native dash effect for every
/// outline it strokes and leaves it to the finalizer, a tenth of a panel's drawing time with a few
/// hundred unreviewed bars. Same paint, same order, same pixels. Skia's dash effects are immutable,
/// so one is shared by every drawing at once.
/// </summary>
internal sealed class DashedOutlineBars(List<Bar> bars) : BarPlot(bars)
{
    private static readonly SKPathEffect Dashes = LinePattern.Dashed.GetPathEffect();

    /// <inheritdoc />
    public override void Render(RenderPack rp)
    {
        foreach (var bar in Bars)
        {
            var line = bar.LineStyle;
            if (bar.Error != 0 || line.HandDrawn || !line.CanBeRendered || !line.Pattern.Equals(LinePattern.Dashed))
            {
                bar.RenderBody(rp, Axes);
            }
            else
            {
                var rect = Axes.GetPixelRect(bar.Rect);
                Drawing.FillRectangle(rp.Canvas, rect, rp.Paint, bar.FillStyle);
                StrokeDashed(rp, rect, line);
            }

            if (!bar.LabelOnTop)
            {
                ValueLabelStyle.Text = bar.Label;
                bar.RenderText(rp, Axes, ValueLabelStyle);
            }
        }
    }

    // LineStyle.ApplyToPaint and Drawing.DrawRectangle, with the shared dash effect.
    private static void StrokeDashed(RenderPack rp, PixelRect rect, LineStyle line)
    {
        var paint = rp.Paint;
        paint.SKShader = null;
        paint.IsStroke = true;
        paint.Color = line.Color;
        paint.StrokeWidth = line.Hairline ? 1f : line.Width;
        paint.SKPathEffect = Dashes;
        paint.IsAntialias = line.AntiAlias;
        paint.SKStrokeCap = line.StrokeCap;
        paint.SKStrokeJoin = line.StrokeJoin;
        paint.StrokeMiter = line.StrokeMiter;
        paint.SKPaintStyle = SKPaintStyle.Stroke;
        if (line.Hairline)
        {
            paint.StrokeWidth = 1f / rp.Canvas.TotalMatrix.ScaleX;
        }

        rp.Canvas.DrawRect(rect.ToSKRect(), paint.SKPaint);
    }
}
