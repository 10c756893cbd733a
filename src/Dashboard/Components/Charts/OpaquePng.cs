using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace Dashboard.Components.Charts;

/// <summary>
/// Encodes an opaque chart as an RGB PNG (every row Sub-filtered, deflated by .NET's zlib at its
/// fastest level) in about half the time Skia's encoder takes at its cheapest settings: Skia's
/// libpng path spends most of its time converting each premultiplied BGRA row, not compressing.
/// Lossless: the decoded pixels are those drawn. An image with any pixel not fully opaque is left to
/// Skia (<see cref="TryEncode"/> returns null), since RGB has no alpha.
/// </summary>
internal static class OpaquePng
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];
    private static readonly uint[] CrcTable = MakeCrcTable();

    /// <summary>The PNG of <paramref name="pixels"/>, or null when it is not 32-bit BGRA or RGBA or not wholly opaque.</summary>
    public static byte[]? TryEncode(SKPixmap pixels)
    {
        var swapRedBlue = pixels.ColorType switch
        {
            SKColorType.Bgra8888 => true,
            SKColorType.Rgba8888 => false,
            _ => (bool?)null,
        };
        if (swapRedBlue is null || !IsOpaque(pixels))
        {
            return null;
        }

        int width = pixels.Width, height = pixels.Height;
        var rowLength = (width * 3) + 1;
        var filtered = ArrayPool<byte>.Shared.Rent(rowLength * height);
        try
        {
            var source = pixels.GetPixelSpan();
            for (var y = 0; y < height; y++)
            {
                var row = MemoryMarshal.Cast<byte, uint>(source.Slice(y * pixels.RowBytes, width * 4));
                SubFilteredRgb(row, filtered.AsSpan(y * rowLength, rowLength), swapRedBlue.Value);
            }

            using var idat = new MemoryStream(rowLength * height / 8);
            using (var deflate = new ZLibStream(idat, CompressionLevel.Fastest, leaveOpen: true))
            {
                deflate.Write(filtered, 0, rowLength * height);
            }

            using var png = new MemoryStream((int)idat.Length + 64);
            png.Write(Signature);
            Span<byte> header = stackalloc byte[13];
            BinaryPrimitives.WriteInt32BigEndian(header, width);
            BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
            header[8] = 8; // bits per channel
            header[9] = 2; // truecolour, no alpha
            // header[10..12]: deflate, adaptive filtering, no interlace (all zero)
            WriteChunk(png, "IHDR"u8, header);
            WriteChunk(png, "IDAT"u8, idat.GetBuffer().AsSpan(0, (int)idat.Length));
            WriteChunk(png, "IEND"u8, []);
            return png.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(filtered);
        }
    }

    private static bool IsOpaque(SKPixmap pixels)
    {
        var source = pixels.GetPixelSpan();
        for (var y = 0; y < pixels.Height; y++)
        {
            // Alpha is the high byte of each little-endian pixel in both byte orders.
            var row = MemoryMarshal.Cast<byte, uint>(source.Slice(y * pixels.RowBytes, pixels.Width * 4));
            if (row.IndexOfAnyInRange(0u, 0xFEFF_FFFFu) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    // PNG filter type 1: each byte minus the same channel of the pixel to its left.
    private static void SubFilteredRgb(ReadOnlySpan<uint> row, Span<byte> output, bool swapRedBlue)
    {
        output[0] = 1;
        byte r0 = 0, g0 = 0, b0 = 0;
        var o = 1;
        foreach (var pixel in row)
        {
            var first = (byte)pixel;
            var g = (byte)(pixel >> 8);
            var third = (byte)(pixel >> 16);
            var (r, b) = swapRedBlue ? (third, first) : (first, third);
            output[o] = (byte)(r - r0);
            output[o + 1] = (byte)(g - g0);
            output[o + 2] = (byte)(b - b0);
            (r0, g0, b0) = (r, g, b);
            o += 3;
        }
    }

    private static void WriteChunk(Stream png, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        png.Write(type);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, ~Crc(Crc(uint.MaxValue, type), data));
        png.Write(word);
    }

    private static uint Crc(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
