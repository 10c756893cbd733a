using System.Text;
using Metrics.Ingest;

namespace Metrics.Tests.Ingest;

public sealed class EncodingDetectionTests : IDisposable
{
    // Common hanzi, full-width punctuation, and two characters outside GBK: 𠀀 (U+20000, a
    // surrogate pair) and 㐀 (U+3400), which GB18030 writes as four-byte sequences.
    private const string Sample = "南通市通州区16个项目集中开工，总投资83.2亿元。\n罕见字：𠀀、㐀。\n";

    private readonly TempFolder _folder = new();

    public static TheoryData<string> EncodingNames => ["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "utf-32le-bom", "gb18030"];

    [Theory]
    [MemberData(nameof(EncodingNames))]
    public void EachSupportedEncodingReadsTheSameText(string encodingName)
    {
        var path = _folder.Write("article.txt", Encode(Sample, encodingName));

        var article = IngestAssert.Article(ArticleFileReader.Read(path));

        Assert.Equal(Sample, article.Text);
        Assert.Equal(ContentHash.Compute(Sample), article.ContentHash);
    }

    [Fact]
    public void Gb18030FileWithFourByteCharactersIsNotMistakenForUtf8()
    {
        var bytes = TempFolder.Gb18030.GetBytes(Sample);
        Assert.True(ContainsSequence(bytes, [0x95, 0x32, 0x82, 0x36]), "𠀀 should be the GB18030 four-byte sequence 95 32 82 36");
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
        var path = _folder.Write("gb.txt", bytes);

        var article = IngestAssert.Article(ArticleFileReader.Read(path));

        Assert.Contains("𠀀", article.Text);
        Assert.Contains("㐀", article.Text);
    }

    [Fact]
    public void GbkFileReadsAsGb18030()
    {
        const string text = "海门区召开区委常委会会议，传达学习省第十四次党代会精神。\n";
        var path = _folder.Write("gbk.txt", Encoding.GetEncoding(936).GetBytes(text));

        Assert.Equal(text, IngestAssert.Article(ArticleFileReader.Read(path)).Text);
    }

    [Fact]
    public void Utf8ByteOrderMarkIsNotPartOfTheText()
    {
        var path = _folder.Write("bom.txt", "南通", new UTF8Encoding(true));

        var article = IngestAssert.Article(ArticleFileReader.Read(path));

        Assert.Equal("南通", article.Text);
        Assert.DoesNotContain('\uFEFF', article.Text);
    }

    [Fact]
    public void HtmlPageDeclaringBig5IsDecodedAsBig5()
    {
        const string html = "<html><head><meta charset=\"big5\"><title>南通開發區</title></head><body><p>南通開發區三十五個項目集中開工</p></body></html>";
        var path = _folder.Write("big5.html", TempFolder.Big5.GetBytes(html));

        var article = IngestAssert.Article(ArticleFileReader.Read(path));

        Assert.Equal("南通開發區三十五個項目集中開工\n", article.Text);
        Assert.Equal("南通開發區", article.Title);
    }

    [Fact]
    public void InvalidBytesAfterAUtf8ByteOrderMarkFail()
    {
        var path = _folder.Write("broken.txt", [0xEF, 0xBB, 0xBF, (byte)'a', 0xFF, 0xFE, (byte)'b']);

        var failure = IngestAssert.Failure(ArticleFileReader.Read(path));

        Assert.Equal("invalid UTF-8 after its byte-order mark", failure.Reason);
    }

    [Theory]
    [InlineData("Nantong 南通 2023\n", false)]
    [InlineData("Nantong 南通 2023\n", true)]
    [InlineData(Sample, false)]
    [InlineData(Sample, true)]
    [InlineData("南通市通州区召开全区项目建设动员大会，区委书记出席并讲话。", false)]
    [InlineData("南通市通州区召开全区项目建设动员大会，区委书记出席并讲话。", true)]
    public void Utf16WithoutByteOrderMarkIsReadAsUtf16(string text, bool bigEndian)
    {
        var path = _folder.Write("utf16.txt", new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(text));

        var article = IngestAssert.Article(ArticleFileReader.Read(path));

        Assert.Equal(text.TrimEnd('\n'), article.Text.TrimEnd('\n'));
    }

    [Fact]
    public void Gb18030ChineseIsNotMistakenForUtf16()
    {
        var text = "南通市通州区召开全区项目建设动员大会，区委书记出席并讲话。";
        var path = _folder.Write("gb.txt", TempFolder.Gb18030.GetBytes(text));

        Assert.Equal(text, IngestAssert.Article(ArticleFileReader.Read(path)).Text);
    }

    [Fact]
    public void Utf16WithoutByteOrderMarkThatDoesNotDecodeFailsNamingTheMissingMark()
    {
        // An unpaired surrogate (D801) between ASCII characters: UTF-16-shaped, not valid UTF-16.
        var path = _folder.Write("bad16.txt", [0x41, 0x00, 0x01, 0xD8, 0x42, 0x00, 0x43, 0x00]);

        var failure = IngestAssert.Failure(ArticleFileReader.Read(path));

        Assert.StartsWith("looks like UTF-16 without a byte-order mark", failure.Reason);
    }

    [Fact]
    public void ABinaryFileWhoseFewNulBytesFallOnOneParityIsCalledBinary()
    {
        var bytes = Enumerable.Range(0, 2560).Select(i => (byte)(i % 256)).ToArray();
        var path = _folder.Write("bytes.bin.txt", bytes);

        var failure = IngestAssert.Failure(ArticleFileReader.Read(path));

        Assert.Equal("binary file (NUL bytes), not text", failure.Reason);
    }

    [Fact]
    public void NulCharacterInsideUtf16TextIsBinary()
    {
        var path = _folder.Write("nul16.txt", "南通\0\0\0通州", new UnicodeEncoding(false, true));

        var failure = IngestAssert.Failure(ArticleFileReader.Read(path));

        Assert.Equal("binary content (NUL characters), not text", failure.Reason);
    }

    public void Dispose() => _folder.Dispose();

    internal static byte[] Encode(string text, string encodingName)
    {
        Encoding encoding = encodingName switch
        {
            "utf-8" => new UTF8Encoding(false),
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16le-bom" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16be-bom" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            "utf-32le-bom" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
            "gb18030" => TempFolder.Gb18030,
            _ => throw new ArgumentOutOfRangeException(nameof(encodingName)),
        };
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
    }

    private static bool ContainsSequence(byte[] bytes, byte[] sequence) => bytes.AsSpan().IndexOf(sequence) >= 0;
}
