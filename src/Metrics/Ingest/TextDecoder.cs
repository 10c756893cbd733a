using System.Text;
using System.Text.RegularExpressions;

namespace Metrics.Ingest;

/// <summary>Turns the bytes of an article file into text: byte-order mark first, else UTF-16 without
/// a mark when the bytes read cleanly as such, else strict UTF-8, else (for HTML) the charset the page
/// declares, else strict GB18030, else a failure.</summary>
internal static partial class TextDecoder
{
    private const int Gb18030CodePage = 54936;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(false, false, true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(true, false, true);
    private static readonly Encoding StrictUtf32Le = new UTF32Encoding(false, false, true);
    private static readonly Encoding StrictUtf32Be = new UTF32Encoding(true, false, true);
    private static readonly Encoding StrictGb18030;

    static TextDecoder()
    {
        // GB18030 and the other legacy code pages ship with .NET but are not registered by default.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        StrictGb18030 = Strict(Gb18030CodePage);
    }

    /// <summary>Decodes <paramref name="bytes"/>; on failure <paramref name="reason"/> says why.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, bool isHtml, out string text, out string reason)
    {
        text = "";
        reason = "";
        if (bytes.IsEmpty)
        {
            reason = "empty file";
            return false;
        }

        if (TryBom(bytes, out var bomEncoding, out var bomName, out var bomLength))
        {
            if (TryStrict(bomEncoding, bytes[bomLength..], out text))
            {
                return true;
            }

            reason = $"invalid {bomName} after its byte-order mark";
            return false;
        }

        if (BinaryContent.HasNulBytes(bytes))
        {
            if (Utf16WithoutBom.TryDecodeWithNuls(bytes, out text))
            {
                return true;
            }

            reason = BinaryContent.LooksLikeUtf16WithoutBom(bytes)
                ? "looks like UTF-16 without a byte-order mark (NUL in every other byte) but does not decode cleanly; save it as UTF-8 or as UTF-16 with a BOM"
                : "binary file (NUL bytes), not text";
            return false;
        }

        if (TryStrict(StrictUtf8, bytes, out text))
        {
            return true;
        }

        if (isHtml && DeclaredCharset(bytes) is { } declared && TryStrict(declared, bytes, out text))
        {
            return true;
        }

        if (Utf16WithoutBom.TryDecodeChinese(bytes, out text))
        {
            return true;
        }

        if (TryStrict(StrictGb18030, bytes, out text))
        {
            return true;
        }

        reason = "invalid UTF-8 and not valid GB18030";
        return false;
    }

    private static bool TryBom(ReadOnlySpan<byte> bytes, out Encoding encoding, out string name, out int length)
    {
        // UTF-32 LE before UTF-16 LE: its mark FF FE 00 00 begins with the UTF-16 LE mark.
        (encoding, name, length) = bytes switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => (StrictUtf32Le, "UTF-32 LE", 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (StrictUtf32Be, "UTF-32 BE", 4),
            [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, "UTF-8", 3),
            [0xFF, 0xFE, ..] => (StrictUtf16Le, "UTF-16 LE", 2),
            [0xFE, 0xFF, ..] => (StrictUtf16Be, "UTF-16 BE", 2),
            _ => (StrictUtf8, "", 0),
        };
        return length > 0;
    }

    /// <summary>The bytes decoded with <paramref name="encoding"/>, or false when they are not valid in it (its fallback throws).</summary>
    internal static bool TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>The legacy encoding an HTML page declares in its first bytes (<c>&lt;meta charset="big5"&gt;</c>),
    /// as a strict decoder; null when it declares none, a Unicode one (already tried) or an unknown one.
    /// GB2312 and GBK map to GB18030, their superset.</summary>
    private static Encoding? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = CharsetDeclaration().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.ToLowerInvariant();
        if (name.StartsWith("utf", StringComparison.Ordinal) || name.StartsWith("unicode", StringComparison.Ordinal))
        {
            return null;
        }

        if (name is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "windows-936")
        {
            return StrictGb18030;
        }

        try
        {
            return Strict(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding Strict(int codePage) =>
        Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    private static Encoding Strict(string name) =>
        Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetDeclaration();
}
