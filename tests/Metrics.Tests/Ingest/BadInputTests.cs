using System.Globalization;
using System.Text;
using Metrics.Ingest;

namespace Metrics.Tests.Ingest;

public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void BinaryFileWithNulBytesFails()
    {
        var path = _folder.Write("image.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]);

        Assert.Equal("binary file (NUL bytes), not text", IngestAssert.Failure(ArticleFileReader.Read(path)).Reason);
    }

    [Fact]
    public void ControlCharacterSoupWithoutNulBytesFails()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 + (i % 8) : 'a' + (i % 26))).ToArray();
        var path = _folder.Write("data.txt", bytes);

        Assert.StartsWith("binary content (134 control characters in 400)", IngestAssert.Failure(ArticleFileReader.Read(path)).Reason);
    }

    [Fact]
    public void AStrayControlCharacterInRealTextIsKept()
    {
        var path = _folder.Write("form-feed.txt", "第一页\f第二页\u001A\n" + new string('字', 100));

        Assert.StartsWith("第一页\f第二页\u001A", IngestAssert.Article(ArticleFileReader.Read(path)).Text);
    }

    [Fact]
    public void EmptyFileFails()
    {
        var path = _folder.Write("empty.txt", []);

        Assert.Equal("empty file", IngestAssert.Failure(ArticleFileReader.Read(path)).Reason);
    }

    [Fact]
    public void WhiteSpaceOnlyFileFails()
    {
        var path = _folder.Write("blank.md", " \r\n\t\n　\n");

        Assert.Equal("empty file (only white space)", IngestAssert.Failure(ArticleFileReader.Read(path)).Reason);
    }

    [Fact]
    public void FileOverTheSizeLimitFailsWithBothSizes()
    {
        var path = _folder.Write("big.txt", new string('a', 1_500));
        var options = new IngestOptions { MaxArticleBytes = 1_000 };

        var failure = IngestAssert.Failure(ArticleFileReader.Read(path, options));

        Assert.Equal("file is 1,500 bytes, over the 1,000-byte limit (Dashboard:MaxArticleBytes)", failure.Reason);
    }

    [Fact]
    public void SizeLimitReasonIsTheSameWhateverTheCurrentCulture()
    {
        var path = _folder.Write("big.txt", new string('a', 1_500));
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var failure = IngestAssert.Failure(ArticleFileReader.Read(path, new IngestOptions { MaxArticleBytes = 1_000 }));

            Assert.Equal("file is 1,500 bytes, over the 1,000-byte limit (Dashboard:MaxArticleBytes)", failure.Reason);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void FileExactlyAtTheSizeLimitReads()
    {
        var path = _folder.Write("exact.txt", new string('a', 1_000));

        IngestAssert.Article(ArticleFileReader.Read(path, new IngestOptions { MaxArticleBytes = 1_000 }));
    }

    [Fact]
    public void DefaultSizeLimitIsTenMebibytes()
    {
        Assert.Equal(10 * 1024 * 1024, new IngestOptions().MaxArticleBytes);
    }

    [Fact]
    public void InvalidBytesThatAreNeitherUtf8NorGb18030Fail()
    {
        // 0xFF can start no UTF-8 or GB18030 sequence.
        var path = _folder.Write("garbled.txt", [0xC4, 0xCF, 0xCD, 0xA8, 0xFF, 0xFF, 0x80, 0x41]);

        Assert.Equal("invalid UTF-8 and not valid GB18030", IngestAssert.Failure(ArticleFileReader.Read(path)).Reason);
    }

    [Theory]
    [InlineData("report.pdf", "unsupported file type .pdf")]
    [InlineData("README", "unsupported file type (no extension; expected .txt, .md, .html or .htm)")]
    [InlineData("a.meta.json", "unsupported file type .json (a .meta.json sidecar is read together with its article)")]
    public void ReadingAFileOfAnotherTypeFails(string name, string reason)
    {
        var path = _folder.Write(name, "内容");

        Assert.Equal(reason, IngestAssert.Failure(ArticleFileReader.Read(path)).Reason);
    }

    [Fact]
    public void ReadingAMissingFileFails()
    {
        Assert.Equal("no such file", IngestAssert.Failure(ArticleFileReader.Read(_folder.PathOf("missing.txt"))).Reason);
    }

    [Fact]
    public void ReadingAFolderNamedLikeAnArticleFails()
    {
        Directory.CreateDirectory(_folder.PathOf("folder.txt"));

        Assert.Equal("is a folder, not a file", IngestAssert.Failure(ArticleFileReader.Read(_folder.PathOf("folder.txt"))).Reason);
    }

    [Fact]
    public void OneMegabyteSingleLineReads()
    {
        var line = string.Concat(Enumerable.Repeat("南通市通州区项目集中开工总投资八十三亿元，", 1024 * 1024 / 60));
        var path = _folder.Write("long.txt", line);
        Assert.True(new FileInfo(path).Length > 1_000_000);

        var article = IngestAssert.Article(ArticleFileReader.Read(path));

        Assert.Equal(line, article.Text);
    }

    [Fact]
    public void EachBadInputOfAScanGivesExactlyOneFailureWhileTheOthersStillRead()
    {
        _folder.Write("in/01-good.txt", "发布时间:2020-03-31\n南通市项目集中开工。\n");
        _folder.Write("in/02-binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]);
        _folder.Write("in/03-empty.txt", []);
        _folder.Write("in/04-big.txt", new string('字', 400));
        _folder.Write("in/05-invalid.txt", [0x41, 0xC4, 0xCF, 0xFF, 0x41]);
        _folder.Write("in/06-bad-sidecar.txt", "正文\n");
        _folder.Write("in/06-bad-sidecar.meta.json", "{published: 2020}");
        _folder.Write("in/07-good.md", "---\ntitle: 标题\n---\n正文\n");
        _folder.Write("in/08-good.html", "<p>网页正文</p>");
        _folder.Write("in/01-good.json", "{\"facts\": []}");
        _folder.Write("in/notes.pdf", "%PDF-1.4");
        var explicitPdf = _folder.Write("report.pdf", "%PDF-1.4");
        var missing = _folder.PathOf("missing.txt");
        var options = new IngestOptions { MaxArticleBytes = 1_000 };

        var results = ArticleFileReader.ReadAll([_folder.PathOf("in"), explicitPdf, missing], options).ToList();

        var failures = results.Where(result => !result.Succeeded).ToDictionary(result => Path.GetFileName(result.Failure!.Path), result => result.Failure!.Reason);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["report.pdf"] = "unsupported file type .pdf",
                ["missing.txt"] = "no such file or folder",
                ["02-binary.txt"] = "binary file (NUL bytes), not text",
                ["03-empty.txt"] = "empty file",
                ["04-big.txt"] = "file is 1,200 bytes, over the 1,000-byte limit (Dashboard:MaxArticleBytes)",
                ["05-invalid.txt"] = "invalid UTF-8 and not valid GB18030",
                ["06-bad-sidecar.txt"] = "malformed sidecar 06-bad-sidecar.meta.json: not valid JSON at line 1",
            },
            failures);
        Assert.Equal(
            ["01-good", "07-good", "08-good"],
            results.Where(result => result.Succeeded).Select(result => result.Article!.SourceName));
        Assert.Equal(10, results.Count);
    }

    [Fact]
    public void EmptyTextInMemoryFails()
    {
        Assert.Equal("empty text", IngestAssert.Failure(ArticleTextReader.Read("", "post", "txt")).Reason);
        Assert.Equal("empty text (only white space)", IngestAssert.Failure(ArticleTextReader.Read("\uFEFF \n ", "post", "txt")).Reason);
    }

    [Fact]
    public void TextInMemoryOverTheLimitFailsCountingUtf8Bytes()
    {
        var failure = IngestAssert.Failure(ArticleTextReader.Read(new string('字', 400), "post", "txt", new IngestOptions { MaxArticleBytes = 1_000 }));

        Assert.Equal("text is 1,200 bytes, over the 1,000-byte limit (Dashboard:MaxArticleBytes)", failure.Reason);
    }

    [Fact]
    public void TextInMemoryWithNulCharactersFails()
    {
        Assert.Equal("binary content (NUL characters), not text", IngestAssert.Failure(ArticleTextReader.Read("南通\0\0", "post", "txt")).Reason);
    }

    public void Dispose() => _folder.Dispose();
}
