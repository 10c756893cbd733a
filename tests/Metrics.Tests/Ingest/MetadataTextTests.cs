using Metrics.Ingest;

namespace Metrics.Tests.Ingest;

/// <summary>Titles and publishers reach the database without control characters, and only http(s) urls count as links.</summary>
public sealed class MetadataTextTests
{
    [Fact]
    public void ControlCharactersInTitleAndPublisherAreStrippedAtImport()
    {
        var metadata = new ArticleMetadata { Title = "通州区\u0007项目\u001b[31m开工\r\n仪式", Publisher = "\u0000南通\u0085日报\u007f" };

        var article = ArticleTextReader.Read("2月11日，通州区16个项目集中开工。", "control", ArticleFormats.Txt, metadata: metadata).Article!;

        Assert.Equal(("通州区 项目 [31m开工 仪式", "南通 日报"), (article.Title, article.Publisher));
    }

    [Fact]
    public void AHeadingWithOnlyControlCharactersIsNoTitle()
    {
        Assert.Null(MetadataText.Clean("\u0001\u0002 \t"));
    }

    [Theory]
    [InlineData("http://example.cn/a.html", true)]
    [InlineData("https://example.cn/a.html", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("vbscript:msgbox", false)]
    [InlineData("/relative/path", false)]
    [InlineData("", false)]
    public void OnlyHttpAndHttpsUrlsAreWebLinks(string url, bool web) => Assert.Equal(web, WebLink.IsWeb(url));
}
