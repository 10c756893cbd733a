using Metrics.Ingest;

namespace Metrics.Tests.Ingest;

public sealed class ArticleTextReaderTests
{
    [Fact]
    public void PastedTextBecomesAnArticleWithItsNameAndNoPath()
    {
        var article = IngestAssert.Article(ArticleTextReader.Read("南通市项目集中开工。", "pasted-1", "txt"));

        Assert.Equal("pasted-1", article.SourceName);
        Assert.Null(article.SourcePath);
        Assert.Equal("txt", article.Format);
        Assert.Null(article.Published);
        Assert.Equal(PublishedDateSource.None, article.PublishedSource);
    }

    [Fact]
    public void LineEndingsBecomeLineFeeds()
    {
        var article = IngestAssert.Article(ArticleTextReader.Read("一\r\n二\r三\n四", "t", "txt"));

        Assert.Equal("一\n二\n三\n四", article.Text);
    }

    [Fact]
    public void TextIsOtherwiseKeptExactlyAsGiven()
    {
        const string text = "\n\n　　本报讯（记者 顾艳）2月11日,总投资８３.２亿元…  \n\t# 标题\n[链接](http://x)  ";

        Assert.Equal(text, IngestAssert.Article(ArticleTextReader.Read(text, "t", "md")).Text);
    }

    [Fact]
    public void LeadingByteOrderMarkCharacterIsDropped()
    {
        Assert.Equal("南通", IngestAssert.Article(ArticleTextReader.Read("\uFEFF南通", "t", "txt")).Text);
    }

    [Theory]
    [InlineData("TXT", "txt")]
    [InlineData(".md", "md")]
    [InlineData("markdown", "md")]
    [InlineData("htm", "html")]
    [InlineData(".HTML", "html")]
    public void FormatNamesAreAcceptedInTheirCommonSpellings(string given, string canonical)
    {
        Assert.Equal(canonical, IngestAssert.Article(ArticleTextReader.Read("<p>正文</p>", "t", given)).Format);
    }

    [Fact]
    public void UnknownFormatFails()
    {
        var failure = IngestAssert.Failure(ArticleTextReader.Read("正文", "post-7", "pdf"));

        Assert.Equal(new IngestFailure("post-7", "unsupported format \"pdf\" (expected txt, md or html)"), failure);
    }

    [Fact]
    public void PublishedOverrideWinsOverEverythingTheTextSays()
    {
        var options = new IngestOptions { PublishedOverride = new DateOnly(2023, 2, 13) };

        var article = IngestAssert.Article(ArticleTextReader.Read("---\ndate: 2021-12-31\n---\n发布时间:2021-12-30\n正文", "t", "md", options));

        Assert.Equal(new DateOnly(2023, 2, 13), article.Published);
        Assert.Equal(PublishedDateSource.Override, article.PublishedSource);
    }

    [Fact]
    public void FileAndTextInMemoryGiveTheSameArticleText()
    {
        const string text = "---\ntitle: 标题\n---\n<p>第一段</p>\n<p>第二段</p>\n";
        using var folder = new TempFolder();
        var path = folder.Write("same.txt", text);

        var fromFile = IngestAssert.Article(ArticleFileReader.Read(path));
        var fromMemory = IngestAssert.Article(ArticleTextReader.Read(text, "same", "txt"));

        Assert.Equal(fromMemory.Text, fromFile.Text);
        Assert.Equal(fromMemory.ContentHash, fromFile.ContentHash);
        Assert.Equal(path, fromFile.SourcePath);
        Assert.Equal("same", fromFile.SourceName);
    }
}
