using System.Text;
using Metrics.Ingest;

namespace Metrics.Tests.Ingest;

public sealed class SidecarTests : IDisposable
{
    private const string FrontMatterArticle = "---\ntitle: 文件标题\ndate: 2021-12-31\n---\n发布时间:2021-12-30\n正文\n";

    private const string HtmlArticle = """
        <html><head><title>页面标题</title>
        <meta property="article:published_time" content="2020-12-30T08:00:00+08:00">
        <meta property="og:site_name" content="南通网">
        <link rel="canonical" href="https://www.zgnt.net/page.htm">
        </head><body><p>正文</p></body></html>
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public void SidecarWinsOverFrontMatter()
    {
        var path = _folder.Write("a.md", FrontMatterArticle);
        _folder.Write("a.meta.json", """{"published": "2022-01-02", "title": "旁注标题", "publisher": "南通日报", "url": "http://example.com/a"}""");

        var article = IngestAssert.Article(ArticleFileReader.Read(path));

        Assert.Equal(new DateOnly(2022, 1, 2), article.Published);
        Assert.Equal(PublishedDateSource.Sidecar, article.PublishedSource);
        Assert.Equal("旁注标题", article.Title);
        Assert.Equal("南通日报", article.Publisher);
        Assert.Equal("http://example.com/a", article.Url);
    }

    [Fact]
    public void SidecarWinsOverHtmlMeta()
    {
        var path = _folder.Write("page.html", HtmlArticle);
        _folder.Write("page.meta.json", """{"published": "2021-01-01", "publisher": "江海晚报", "url": "http://example.com/p", "title": "旁注标题"}""");

        var article = IngestAssert.Article(ArticleFileReader.Read(path));

        Assert.Equal(new DateOnly(2021, 1, 1), article.Published);
        Assert.Equal(PublishedDateSource.Sidecar, article.PublishedSource);
        Assert.Equal("江海晚报", article.Publisher);
        Assert.Equal("http://example.com/p", article.Url);
        Assert.Equal("旁注标题", article.Title);
    }

    [Fact]
    public void NullOrMissingSidecarFieldsLeaveWhatTheFileSays()
    {
        var path = _folder.Write("page.html", HtmlArticle);
        _folder.Write("page.meta.json", """{"published": null, "publisher": "  "}""");

        var article = IngestAssert.Article(ArticleFileReader.Read(path));

        Assert.Equal(new DateOnly(2020, 12, 30), article.Published);
        Assert.Equal(PublishedDateSource.HtmlMeta, article.PublishedSource);
        Assert.Equal("南通网", article.Publisher);
        Assert.Equal("https://www.zgnt.net/page.htm", article.Url);
        Assert.Equal("页面标题", article.Title);
    }

    [Fact]
    public void PublishedOverrideWinsOverSidecar()
    {
        var path = _folder.Write("a.md", FrontMatterArticle);
        _folder.Write("a.meta.json", """{"published": "2022-01-02"}""");
        var options = new IngestOptions { PublishedOverride = new DateOnly(2019, 5, 6) };

        var article = IngestAssert.Article(ArticleFileReader.Read(path, options));

        Assert.Equal(new DateOnly(2019, 5, 6), article.Published);
        Assert.Equal(PublishedDateSource.Override, article.PublishedSource);
    }

    [Fact]
    public void SidecarWithByteOrderMarkCommentsAndExtraFieldsIsAccepted()
    {
        var path = _folder.Write("a.txt", "正文\n");
        _folder.Write("a.meta.json", "{\n  // from the crawler\n  \"Published\": \"2020-06-30\",\n  \"source_id\": 17,\n}", new UTF8Encoding(true));

        var article = IngestAssert.Article(ArticleFileReader.Read(path));

        Assert.Equal(new DateOnly(2020, 6, 30), article.Published);
    }

    [Theory]
    [InlineData("{\"published\": \"2020-06-30\"", "malformed sidecar a.meta.json: not valid JSON at line 1")]
    [InlineData("{\"published\": \"2020-06-30\"} trailing", "malformed sidecar a.meta.json: not valid JSON at line 1")]
    [InlineData("[\"2020-06-30\"]", "malformed sidecar a.meta.json: expected a JSON object, found an array")]
    [InlineData("{\"published\": \"30/06/2020\"}", "malformed sidecar a.meta.json: \"published\" is \"30/06/2020\", not a YYYY-MM-DD date")]
    [InlineData("{\"published\": \"2020-02-30\"}", "malformed sidecar a.meta.json: \"published\" is \"2020-02-30\", not a YYYY-MM-DD date")]
    [InlineData("{\"published\": 20200630}", "malformed sidecar a.meta.json: \"published\" must be a \"YYYY-MM-DD\" string or null")]
    [InlineData("{\"publisher\": [\"南通网\"]}", "malformed sidecar a.meta.json: \"publisher\" must be a string or null")]
    public void MalformedSidecarIsAFailureForItsArticleNamingTheProblem(string json, string reason)
    {
        var path = _folder.Write("a.txt", "正文\n");
        _folder.Write("a.meta.json", json);

        var failure = IngestAssert.Failure(ArticleFileReader.Read(path));

        Assert.Equal(path, failure.Path);
        Assert.Equal(reason, failure.Reason);
    }

    [Fact]
    public void SidecarThatIsNotUtf8IsMalformed()
    {
        var path = _folder.Write("a.txt", "正文\n");
        _folder.Write("a.meta.json", TempFolder.Gb18030.GetBytes("{\"publisher\": \"南通网\"}"));

        var failure = IngestAssert.Failure(ArticleFileReader.Read(path));

        Assert.Equal("malformed sidecar a.meta.json: not valid UTF-8", failure.Reason);
    }

    [Fact]
    public void MetadataGivenWithTextInMemoryActsAsTheSidecar()
    {
        var metadata = new ArticleMetadata { Published = new DateOnly(2022, 1, 2), Title = "帖子标题", Publisher = "南通日报", Url = "http://example.com" };

        var article = IngestAssert.Article(ArticleTextReader.Read(FrontMatterArticle, "post", "md", metadata: metadata));

        Assert.Equal(new DateOnly(2022, 1, 2), article.Published);
        Assert.Equal(PublishedDateSource.Sidecar, article.PublishedSource);
        Assert.Equal("帖子标题", article.Title);
        Assert.Equal("南通日报", article.Publisher);
        Assert.Equal("http://example.com", article.Url);
    }

    public void Dispose() => _folder.Dispose();
}
