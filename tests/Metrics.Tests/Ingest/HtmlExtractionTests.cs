using Metrics.Ingest;

namespace Metrics.Tests.Ingest;

public sealed class HtmlExtractionTests
{
    private static IngestedArticle Read(string html) => IngestAssert.Article(ArticleTextReader.Read(html, "page", "html"));

    [Fact]
    public void ScriptsStylesAndNoscriptAreDropped()
    {
        const string html = """
            <html><head><style>p { color: red }</style><script>var title = "脚本里的字";</script></head>
            <body><script type="text/javascript">document.write("不要");</script>
            <p>南通市项目集中开工</p><noscript>请启用脚本</noscript><style>.x{}</style></body></html>
            """;

        var article = Read(html);

        Assert.Equal("南通市项目集中开工\n", article.Text);
        Assert.Equal("html", article.Format);
    }

    [Fact]
    public void BlockElementsBecomeLinesAndWhiteSpaceCollapsesWithinThem()
    {
        const string html = "<body><h1>  标题  </h1><div>第一段   <b>加粗</b>\t文字</div><ul><li>甲</li><li>乙</li></ul>行内<br>换行<table><tr><td>项目</td><td>总投资</td></tr></table></body>";

        var article = Read(html);

        Assert.Equal("标题\n第一段 加粗 文字\n甲\n乙\n行内\n换行\n项目 总投资\n", article.Text);
    }

    [Fact]
    public void LineBreakInTheMarkupBetweenChineseCharactersAddsNoSpace()
    {
        var article = Read("<p>南通\n开发区 Nantong\nETDZ</p>");

        Assert.Equal("南通开发区 Nantong ETDZ\n", article.Text);
    }

    [Fact]
    public void PreformattedTextKeepsItsLines()
    {
        var article = Read("<pre>第一行\n  第二行</pre><p>后文</p>");

        Assert.Equal("第一行\n第二行\n后文\n", article.Text);
    }

    [Fact]
    public void NavigationFootersAndHiddenElementsAreDropped()
    {
        var article = Read("<body><nav>首页 新闻中心</nav><header>南通网</header><article><p>正文</p></article><div hidden>隐藏</div><footer>版权所有</footer></body>");

        Assert.Equal("南通网\n正文\n", article.Text);
    }

    [Fact]
    public void CharacterReferencesAreDecoded()
    {
        var article = Read("<p>R&amp;D&nbsp;中心 &lt;一期&gt; &#x5357;&#36890;</p>");

        Assert.Equal("R&D\u00A0中心 <一期> 南通\n", article.Text);
    }

    [Fact]
    public void TitleComesFromTheTitleElementElseTheFirstHeading()
    {
        Assert.Equal("页面 标题", Read("<title> 页面\n 标题 </title><h1>大标题</h1><p>正文</p>").Title);
        Assert.Equal("大标题", Read("<h1>大标题</h1><h1>第二个</h1><p>正文</p>").Title);
        Assert.Null(Read("<p>正文</p>").Title);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2020-12-31T14:38:58+08:00\">")]
    [InlineData("<meta name=\"pubdate\" content=\"2020-12-31 14:38\">")]
    [InlineData("<meta name=\"publishdate\" content=\"2020-12-31\">")]
    [InlineData("<meta name=\"PubDate\" content=\"2020/12/31 14:38:58\">")]
    [InlineData("<META NAME=\"PUBDATE\" CONTENT=\"2020年12月31日\">")]
    public void PublicationDateComesFromMetaTags(string meta)
    {
        var article = Read($"<html><head>{meta}</head><body><p>正文</p></body></html>");

        Assert.Equal(new DateOnly(2020, 12, 31), article.Published);
        Assert.Equal(PublishedDateSource.HtmlMeta, article.PublishedSource);
    }

    [Fact]
    public void MoreSpecificDateMetaWinsOverGenericDate()
    {
        var article = Read("<head><meta name=\"date\" content=\"2019-01-01\"><meta property=\"article:published_time\" content=\"2020-12-31\"></head><p>正文</p>");

        Assert.Equal(new DateOnly(2020, 12, 31), article.Published);
    }

    [Fact]
    public void UnparseableDateMetaIsSkipped()
    {
        var article = Read("<head><meta name=\"pubdate\" content=\"yesterday\"><meta name=\"publishdate\" content=\"2020-12-31\"></head><p>正文</p>");

        Assert.Equal(new DateOnly(2020, 12, 31), article.Published);
    }

    [Theory]
    [InlineData("<meta property=\"og:site_name\" content=\"南通网\">", "南通网")]
    [InlineData("<meta name=\"ContentSource\" content=\"南通日报\">", "南通日报")]
    public void PublisherComesFromSiteNameOrContentSource(string meta, string publisher)
    {
        Assert.Equal(publisher, Read($"<head>{meta}</head><p>正文</p>").Publisher);
    }

    [Fact]
    public void UrlComesFromAnAbsoluteCanonicalLinkOrOgUrl()
    {
        Assert.Equal("https://www.zgnt.net/a.htm", Read("<head><link rel=\"canonical\" href=\"https://www.zgnt.net/a.htm\"></head><p>正文</p>").Url);
        Assert.Equal("http://www.zgnt.net/b.htm", Read("<head><link rel=\"canonical\" href=\"/a.htm\"><meta property=\"og:url\" content=\"http://www.zgnt.net/b.htm\"></head><p>正文</p>").Url);
        Assert.Null(Read("<head><link rel=\"canonical\" href=\"javascript:void(0)\"></head><p>正文</p>").Url);
    }

    // What a browser shows for each; an unterminated attribute or script swallows the rest of the page.
    [Theory]
    [InlineData("<div><p>未闭合段落<b>加粗<i>斜体</div></p></span>后文", "未闭合段落加粗斜体\n后文\n")]
    [InlineData("<<<p>>>尖括号</p>", "<<\n>>尖括号\n")]
    [InlineData("<p>正文<!-- 未结束的注释", "正文\n")]
    [InlineData("</html></body><p>先关后开</p><html><body>", "先关后开\n")]
    [InlineData("<table><p>表格里的段落</p><td>单元格</table>", "表格里的段落\n单元格\n")]
    [InlineData("<p class=\"a\" d=\"未闭合属性>正文</p>", null)]
    [InlineData("<script>未结束的脚本", null)]
    public void MalformedHtmlIsReadLikeABrowserWouldWithoutThrowing(string html, string? expected)
    {
        var result = ArticleTextReader.Read(html, "page", "html");

        Assert.Equal(expected, result.Article?.Text);
        Assert.Equal(expected is null ? "no text in the HTML page" : null, result.Failure?.Reason);
    }

    [Fact]
    public void DeeplyNestedMarkupStillYieldsItsText()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 4_000)) + "深处的文字";

        Assert.Equal("深处的文字\n", Read(html).Text);
    }

    [Fact]
    public void PageWithoutVisibleTextFails()
    {
        var failure = IngestAssert.Failure(ArticleTextReader.Read("<html><head><title>标题</title><script>x()</script></head><body> </body></html>", "page", "html"));

        Assert.Equal("no text in the HTML page", failure.Reason);
    }

    [Fact]
    public void ListsOfLinksToOtherStoriesAreDropped()
    {
        const string html = """
            <body><ul class="menu"><li><a href="/">首页</a></li><li><a href="/news">新闻中心</a></li></ul>
            <p>4月20日,海门区二季度重大项目集中开工活动举行。</p>
            <div class="related"><h3>相关新闻</h3><ul>
            <li><a href="/a.html">崇川区召开区委常委会会议</a> 2023-04-18</li>
            <li><a href="/b.html">通州区一季度项目集中签约16个 总投资83.2亿元</a> 2023-03-02</li></ul></div>
            <div class="pager">上一篇：<a href="/c.html">如皋市举行重大项目集中竣工活动</a></div>
            <p>下一篇：<a href="/d.html">启东市召开项目推进会</a></p></body>
            """;

        Assert.Equal("4月20日,海门区二季度重大项目集中开工活动举行。\n相关新闻\n", Read(html).Text);
    }

    [Fact]
    public void ListsOfTheStoryItselfAreKept()
    {
        const string html = """
            <body><p>此次开工的重点项目包括:</p>
            <ul><li>总投资20亿元的恒力新材料项目</li><li>总投资10亿元的<a href="/x">中天科技</a>海缆项目</li></ul></body>
            """;

        Assert.Equal("此次开工的重点项目包括:\n总投资20亿元的恒力新材料项目\n总投资10亿元的中天科技海缆项目\n", Read(html).Text);
    }
}
