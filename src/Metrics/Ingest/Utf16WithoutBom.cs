using System.Text;

namespace Metrics.Ingest;

/// <summary>
/// Reads UTF-16 saved without a byte-order mark (some Windows tools do), when the bytes decode
/// cleanly and read as text. With ASCII in it, the NUL bytes of its ASCII characters sit on one
/// parity and tell the byte order; pure Chinese has no NUL at all, and is recognised by what it
/// decodes to: mostly ideographs and their punctuation, which GB18030 or binary data read as
/// UTF-16 almost never give (their byte pairs land in Hangul, private use and surrogates).
/// </summary>
internal static class Utf16WithoutBom
{
    private const double MinHanShare = 0.5;
    private const double MinTextShare = 0.95;

    private static readonly Encoding StrictLe = new UnicodeEncoding(false, false, true);
    private static readonly Encoding StrictBe = new UnicodeEncoding(true, false, true);

    /// <summary>
    /// Decodes bytes holding NULs as UTF-16 when they read as text: the byte order with more NULs
    /// on odd offsets (little-endian ASCII is <c>A\0</c>) is tried first. False for binary data.
    /// </summary>
    public static bool TryDecodeWithNuls(ReadOnlySpan<byte> bytes, out string text)
    {
        text = "";
        if (bytes.Length % 2 != 0)
        {
            return false;
        }

        int even = 0, odd = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                _ = i % 2 == 0 ? even++ : odd++;
            }
        }

        ReadOnlySpan<Encoding> order = odd >= even ? [StrictLe, StrictBe] : [StrictBe, StrictLe];
        foreach (var encoding in order)
        {
            if (TextDecoder.TryStrict(encoding, bytes, out var decoded) && BinaryContent.WhyNotText(decoded) is null && ReadsAsText(decoded, minHanShare: 0))
            {
                text = decoded;
                return true;
            }
        }

        return false;
    }

    /// <summary>Decodes NUL-free bytes that read as Chinese in UTF-16 (little- or big-endian); false otherwise.</summary>
    public static bool TryDecodeChinese(ReadOnlySpan<byte> bytes, out string text)
    {
        text = "";
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return false;
        }

        foreach (var encoding in (ReadOnlySpan<Encoding>)[StrictLe, StrictBe])
        {
            if (TextDecoder.TryStrict(encoding, bytes, out var decoded) && ReadsAsText(decoded, MinHanShare))
            {
                text = decoded;
                return true;
            }
        }

        return false;
    }

    // Ideographs (at least minHanShare of the characters), their punctuation, ASCII and spacing: nearly all of it.
    private static bool ReadsAsText(string text, double minHanShare)
    {
        int han = 0, plain = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' || char.IsSurrogate(c))
            {
                han++;
            }
            else if (c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or >= ' ' and <= '~' or '\n' or '\r' or '\t' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u2014' or '\u2026' or '\u00B7')
            {
                plain++;
            }
        }

        return han >= text.Length * minHanShare && han + plain >= text.Length * MinTextShare;
    }
}
