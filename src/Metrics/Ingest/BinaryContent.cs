using System.Globalization;

namespace Metrics.Ingest;

/// <summary>Tells binary data from text.</summary>
internal static class BinaryContent
{
    // Real text has at most a stray control character or two; binary data that happens to decode
    // (no NUL bytes, valid GB18030) is dense with them.
    private const double MaxControlShare = 0.05;

    /// <summary>True when the bytes hold a NUL, which no text outside UTF-16/32 contains.</summary>
    public static bool HasNulBytes(ReadOnlySpan<byte> bytes) => bytes.Contains((byte)0);

    /// <summary>True when all NUL bytes sit on one parity (every other byte), the mark of UTF-16
    /// written without a byte-order mark; binary data has them everywhere.</summary>
    public static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        int even = 0, odd = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                if (i % 2 == 0)
                {
                    even++;
                }
                else
                {
                    odd++;
                }
            }
        }

        // UTF-16 text with ASCII in it has a NUL in a good share of its pairs; a binary file whose few
        // NULs happen to fall on one parity (bytes 0..255 repeated) is binary, not broken UTF-16.
        return bytes.Length % 2 == 0 && (even == 0) != (odd == 0) && even + odd >= 2 && (even + odd) * 16 >= bytes.Length;
    }

    /// <summary>Why <paramref name="text"/> is not text (NUL characters, or a high share of control
    /// characters other than tab, line feed, carriage return and form feed), or null when it is text.</summary>
    public static string? WhyNotText(string text)
    {
        if (text.Contains('\0'))
        {
            return "binary content (NUL characters), not text";
        }

        var controls = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
            {
                controls++;
            }
        }

        return controls > 0 && controls > text.Length * MaxControlShare
            ? string.Create(CultureInfo.InvariantCulture, $"binary content ({controls:N0} control characters in {text.Length:N0}), not text")
            : null;
    }
}
