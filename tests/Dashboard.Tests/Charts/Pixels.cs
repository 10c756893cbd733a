using SkiaSharp;

namespace Dashboard.Tests.Charts;

/// <summary>Reads rendered PNGs back for pixel assertions.</summary>
internal static class Pixels
{
    public static SKBitmap Decode(byte[] png) =>
        SKBitmap.Decode(png) ?? throw new InvalidOperationException("Not a decodable PNG.");

    /// <summary>Pixels of the band of rows <paramref name="top"/>..<paramref name="bottom"/> (exclusive), row by row.</summary>
    public static SKColor[] Band(SKBitmap bitmap, int top, int bottom)
    {
        var band = new List<SKColor>();
        for (var y = top; y < bottom; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                band.Add(bitmap.GetPixel(x, y));
            }
        }

        return [.. band];
    }

    /// <summary>How many pixels of the band are not (near) white: ink drawn there.</summary>
    public static int Ink(SKColor[] band) => band.Count(c => c.Red + c.Green + c.Blue < 600);
}
