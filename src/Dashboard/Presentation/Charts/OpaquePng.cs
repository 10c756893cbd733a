using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// Encodes an opaque chart as an RGB PNG (every row Sub-filtered, deflated by .NET's zlib at its
/// fastest level) in about half the time Skia's encoder takes at its cheapest settings: Skia's
/// libpng path spends most of its time converting each premultiplied BGRA row, not compressing.
/// Lossless: the decoded pixels are those drawn. An image with any pixel not fully opaque is left to
/// Skia (<see cref="TryEncode"/> returns null), since RGB has no alpha.
/// </summary>
internal static class OpaquePng
{
    private const int HeaderLength = 13;

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
        // Row by row: only the compressed image is held, never a filtered copy of the whole.
        var row = ArrayPool<byte>.Shared.Rent(rowLength);
        // Charts deflate to about a tenth of their rows: room for that at once, not a doubling copy per step.
        using var idat = new MemoryStream(rowLength * height / 8);
        try
        {
            var source = pixels.GetPixelSpan();
            using var deflate = new ZLibStream(idat, CompressionLevel.Fastest, leaveOpen: true);
            for (var y = 0; y < height; y++)
            {
                SubFilteredRgb(MemoryMarshal.Cast<byte, uint>(source.Slice(y * pixels.RowBytes, width * 4)), row.AsSpan(0, rowLength), swapRedBlue.Value);
                deflate.Write(row, 0, rowLength);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(row);
        }

        var compressed = idat.GetBuffer().AsSpan(0, (int)idat.Length);
        var png = new byte[Signature.Length + ChunkLength(HeaderLength) + ChunkLength(compressed.Length) + ChunkLength(0)];
        Signature.CopyTo(png, 0);
        var header = png.AsSpan(Signature.Length + 8, HeaderLength);
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per channel
        header[9] = 2; // truecolour, no alpha
        // header[10..12]: deflate, adaptive filtering, no interlace (all zero)
        var at = WriteChunk(png, Signature.Length, "IHDR"u8, HeaderLength);
        compressed.CopyTo(png.AsSpan(at + 8));
        at = WriteChunk(png, at, "IDAT"u8, compressed.Length);
        WriteChunk(png, at, "IEND"u8, 0);
        return png;
    }

    // Length, type, data, CRC.
    private static int ChunkLength(int dataLength) => 4 + 4 + dataLength + 4;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    // PNG filter type 1: each byte minus the same channel of the pixel to its left. Optimised from the
    // first call: the first images of a process would otherwise run these loops unoptimised, slower than Skia.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    // Writes the length, type and CRC of the chunk at `at` around its data, already in place; returns where the next starts.
    private static int WriteChunk(byte[] png, int at, ReadOnlySpan<byte> type, int dataLength)
    {
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(at), dataLength);
        type.CopyTo(png.AsSpan(at + 4));
        var typeAndData = png.AsSpan(at + 4, 4 + dataLength);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(at + 8 + dataLength), ~Crc(uint.MaxValue, typeAndData));
        return at + ChunkLength(dataLength);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
