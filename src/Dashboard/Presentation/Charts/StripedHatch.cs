using System.Collections.Concurrent;
using ScottPlot;
using SkiaSharp;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// Diagonal stripes like ScottPlot's <see cref="ScottPlot.Hatches.Striped"/> (3 px wide, rising to
/// the right, about 7.5 px apart), drawn from a small tile made once per pair of colours. ScottPlot's
/// samples a scaled and turned bitmap through a colour matrix for every pixel and makes three native
/// objects per bar it never disposes: a PNG of a few hundred unreviewed bars cost four times one of
/// reviewed bars. The tile repeats as it is, pixel for pixel. Skia shaders are immutable, so one
/// is shared by every drawing at once.
/// </summary>
public sealed class StripedHatch : IHatch
{
    /// <summary>The one instance charts use.</summary>
    public static StripedHatch Instance { get; } = new();

    /// <summary>Side of the tile in pixels: stripes 45° apart by a whole tile repeat seamlessly, Tile/√2 ≈ 7.8 px apart.</summary>
    public const int Tile = 11;

    private const float StripeWidth = 3;

    // District colours times stage shades times themes stay far below this; beyond it, shaders are made per use.
    private const int MaxShaders = 1024;

    private static readonly ConcurrentDictionary<(uint Background, uint Hatch), SKShader> Shaders = new();

    private StripedHatch()
    {
    }

    /// <inheritdoc />
    public SKShader GetShader(Color backgroundColor, Color hatchColor, PixelRect rect)
    {
        var key = (backgroundColor.ARGB, hatchColor.ARGB);
        if (Shaders.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var shader = Create(backgroundColor, hatchColor);
        return Shaders.Count < MaxShaders ? Shaders.GetOrAdd(key, shader) : shader;
    }

    private static SKShader Create(Color backgroundColor, Color hatchColor)
    {
        using var bitmap = new SKBitmap(Tile, Tile);
        using (var canvas = new SKCanvas(bitmap))
        using (var stripe = new SKPaint { Color = hatchColor.ToSKColor(), StrokeWidth = StripeWidth, IsAntialias = true, BlendMode = SKBlendMode.Src, IsStroke = true })
        {
            canvas.Clear(backgroundColor.ToSKColor());
            // Lines x + y = c for c a whole number of tiles: the same stripes continue in the next tile.
            for (var c = -Tile; c <= 2 * Tile; c += Tile)
            {
                canvas.DrawLine(c + Tile, -Tile, c - (2 * Tile), 2 * Tile, stripe);
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.ToShader(SKShaderTileMode.Repeat, SKShaderTileMode.Repeat);
    }
}
