using Metrics.Ingest;

namespace Metrics.Tests.Ingest;

public sealed class FrontMatterTests
{
    private static IngestedArticle Read(string text, string format = "md") =>
        IngestAssert.Article(ArticleTextReader.Read(text, "post", format));

    [Fact]
    public void JekyllFrontMatterGivesTitleDateCategoriesAndTagsAndLeavesTheText()
    {
        const string text = """
            ---
            layout: post
            title: "海门：凝心聚力，推动现代化示范区建设开好局"
            date: 2021-12-31 11:38:35 +0800
            categories: nantongribao
            tags: 南通日报新闻
            ---
            11月28日，海门区召开区委常委会会议。
            """;

        var article = Read(text, "txt");

        Assert.Equal("海门：凝心聚力，推动现代化示范区建设开好局", article.Title);
        Assert.Equal(new DateOnly(2021, 12, 31), article.Published);
        Assert.Equal(PublishedDateSource.FrontMatter, article.PublishedSource);
        Assert.Equal(["nantongribao"], article.Categories);
        Assert.Equal(["南通日报新闻"], article.Tags);
        Assert.Equal("11月28日，海门区召开区委常委会会议。", article.Text);
    }

    [Fact]
    public void DateInUtcWithOffsetKeepsTheDateAsWritten()
    {
        var article = Read("---\ndate: 2021-01-01 00:30:00 +0800\n---\n正文\n");

        Assert.Equal(new DateOnly(2021, 1, 1), article.Published);
    }

    [Theory]
    [InlineData("title: 通州区项目集中开工", "通州区项目集中开工")]
    [InlineData("title: '启东''东方大港'''", "启东'东方大港'")]
    [InlineData("title: \"如东\\\"海上风电\\\"\"", "如东\"海上风电\"")]
    [InlineData("title: \"路径 C:\\\\data \\q\"", "路径 C:\\data \\q")]
    [InlineData("title: 开工: 16个项目 # comment", "开工: 16个项目")]
    [InlineData("title: >\n  长江入海\n  最后一站", "长江入海 最后一站")]
    public void TitleMayBeQuotedOrPlain(string line, string expected)
    {
        var article = Read($"---\n{line}\n---\n正文\n");

        Assert.Equal(expected, article.Title);
    }

    [Theory]
    [InlineData("date: 2021-12-31")]
    [InlineData("date: \"2021-12-31\"")]
    [InlineData("date: 2021-12-31T11:38:35+08:00")]
    [InlineData("date: 2021/12/31")]
    [InlineData("date: '2021年12月31日'")]
    public void DateMayBeQuotedOrPlainWithOrWithoutTime(string line)
    {
        var article = Read($"---\n{line}\n---\n正文\n");

        Assert.Equal(new DateOnly(2021, 12, 31), article.Published);
    }

    [Fact]
    public void ListsMayBeFlowOrBlockAndPlainStringsSplitOnSpacesLikeJekyll()
    {
        var article = Read("---\ncategories: news nantong\ntags:\n  - 开工\n  - \"签约 仪式\"\n---\n正文\n");

        Assert.Equal(["news", "nantong"], article.Categories);
        Assert.Equal(["开工", "签约 仪式"], article.Tags);

        var flow = Read("---\ntags: [开工, '签约, 仪式', 竣工]\n---\n正文\n");
        Assert.Equal(["开工", "签约, 仪式", "竣工"], flow.Tags);
    }

    [Fact]
    public void ImpossibleDateIsIgnoredRatherThanGuessed()
    {
        var article = Read("---\ntitle: 标题\ndate: 2021-02-30\n---\n正文\n");

        Assert.Null(article.Published);
        Assert.Equal(PublishedDateSource.None, article.PublishedSource);
    }

    [Fact]
    public void CrLfFrontMatterParsesAndTheTextGetsLfEndings()
    {
        var article = Read("---\r\ntitle: 标题\r\ndate: 2020-03-31\r\n---\r\n第一段\r\n第二段\r\n");

        Assert.Equal("标题", article.Title);
        Assert.Equal(new DateOnly(2020, 3, 31), article.Published);
        Assert.Equal("第一段\n第二段\n", article.Text);
    }

    [Fact]
    public void UnclosedFrontMatterLeavesTheTextWhole()
    {
        const string text = "---\ntitle: 标题\n正文没有结束标记\n";

        var article = Read(text);

        Assert.Null(article.Title);
        Assert.Equal(text, article.Text);
    }

    [Fact]
    public void DashRulesAroundProseAreNotFrontMatter()
    {
        const string text = "---\n这是一段正文，不是元数据\n---\n第二段\n";

        var article = Read(text, "txt");

        Assert.Equal(text, article.Text);
    }

    [Fact]
    public void FrontMatterWithNothingAfterItFails()
    {
        var failure = IngestAssert.Failure(ArticleTextReader.Read("---\ntitle: 标题\n---\n\n", "post", "md"));

        Assert.Equal("no article text after the front matter", failure.Reason);
    }

    [Fact]
    public void HtmlBodyOfATextFileBecomesOneLinePerParagraph()
    {
        const string text = "---\ntitle: 标题\n---\n<p>第一段&nbsp;内容</p>\n <p class=\"x\">第二段<br/>换行</p><script>var x = 1;</script>\n\n<http://example.com/a?b=1>\n";

        var article = Read(text, "txt");

        Assert.Equal("第一段\u00A0内容\n第二段\n换行\n<http://example.com/a?b=1>\n", article.Text);
    }

    [Fact]
    public void TextWithAnAngleBracketButNoTagsIsLeftAlone()
    {
        const string text = "产值增长a<b，指标<10%>\n";

        Assert.Equal(text, Read(text, "txt").Text);
    }

    [Fact]
    public void MarkdownTakesItsFirstLevelOneHeadingAsTitleWhenFrontMatterHasNone()
    {
        var markdown = Read("## 全区项目建设动员大会召开\n\n# 按下项目攻坚“快进键” #\n\n正文\n", "md");
        var text = Read("# 不是标题\n正文\n", "txt");

        Assert.Equal("按下项目攻坚“快进键”", markdown.Title);
        Assert.Null(text.Title);
    }
}
