using Metrics.Ingest;

namespace Metrics.Tests.Ingest;

public sealed class TextDateTests
{
    private static IngestedArticle Read(string text, string format = "txt") =>
        IngestAssert.Article(ArticleTextReader.Read(text, "article", format));

    [Theory]
    [InlineData("2020-12-31 14:38:58 来源: 南通网\n本报讯 寒冷的天气挡不住开工热潮。", "2020-12-31")]
    [InlineData("2020-04-17 09:28:51 來源: 南通網\n本網訊 昨日上午……", "2020-04-17")]
    [InlineData("来源: 通州区工信局 发布时间:2020-03-31 字体:[ ]\n正文", "2020-03-31")]
    [InlineData("标题\n发布日期：2020年3月31日\n正文", "2020-03-31")]
    [InlineData("时间：2020-03-31\n正文", "2020-03-31")]
    [InlineData("發布時間：2020-03-31 09:00\n正文", "2020-03-31")]
    [InlineData("【发布日期:2020-08-12 07:58:22】\n正文", "2020-08-12")]
    [InlineData("不老松 发表于 2021-4-13 11:46:53\n正文", "2021-04-13")]
    [InlineData("2021-01-14 来源:重大项目建设办公室\n正文", "2021-01-14")]
    [InlineData("2020年05月08日10:32  來源:人民網-江蘇頻道\n正文", "2020-05-08")]
    [InlineData("來源:中央廣電總臺國際在線  |  2024-01-11 11:06:15\n正文", "2024-01-11")]
    [InlineData("Published: 2024/01/05\nOn January 4, Nantong held a meeting.", "2024-01-05")]
    [InlineData("2020-12-31\n只有日期的一行是版面的日期。", "2020-12-31")]
    [InlineData("启东:项目建设\n2023年12月31日\n12月28日至29日,启东市委全会召开。", "2023-12-31")]
    [InlineData("如东新闻 2024.05.06\n5日,如东县召开经济运行分析会。", "2024-05-06")]
    [InlineData("第C3版:城事\n2020年3月18日 星期三\n正文", "2020-03-18")]
    [InlineData("通州区项目集中开工\r\n发布时间：２０２３－０２－１３\r\n正文", "2023-02-13")]
    public void LabelledDateDateTimeStampOrDateLineNearTheTopIsThePublicationDate(string text, string expected)
    {
        var article = Read(text);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), article.Published);
        Assert.Equal(PublishedDateSource.Text, article.PublishedSource);
    }

    [Theory]
    [InlineData("12月30日，通州湾示范区组织开展项目集中开工活动，2020年12月30日上午签约。")]
    [InlineData("会议时间：2020年4月1日，地点：市行政中心。")]
    [InlineData("项目开工日期:2020-04-01,计划竣工。")]
    [InlineData("截至2020年12月31日 18:00，全市新开工项目96个。")]
    [InlineData("发布时间:2020-02-30\n日期不存在。")]
    [InlineData("标题\n2020年12月31日上午,项目集中开工。")]
    [InlineData("标题\n据悉,2020年12月31日\n项目集中开工。")]
    [InlineData("The contract is signed. Due date: 2020-06-30.")]
    public void UnlabelledStoryDatesAndImpossibleDatesAreNotTaken(string text)
    {
        var article = Read(text);

        Assert.Null(article.Published);
        Assert.Equal(PublishedDateSource.None, article.PublishedSource);
    }

    [Fact]
    public void DateFarBelowTheTopIsNotTaken()
    {
        var text = new string('字', 600) + "\n发布时间:2020-03-31\n";

        Assert.Null(Read(text).Published);
        Assert.Equal(new DateOnly(2020, 3, 31), Read(new string('字', 590) + "\n发布时间:2020-03-31\n").Published);
    }

    [Fact]
    public void FirstLabelledDateWins()
    {
        var article = Read("2020-12-11 09:14:43 來源: 南通網\n相关新闻\n- 2020-12-10 08:00:00\n");

        Assert.Equal(new DateOnly(2020, 12, 11), article.Published);
    }

    [Fact]
    public void FrontMatterDateWinsOverADatePrintedInTheText()
    {
        var article = Read("---\ndate: 2021-12-31\n---\n发布时间:2021-12-30\n正文\n");

        Assert.Equal(new DateOnly(2021, 12, 31), article.Published);
        Assert.Equal(PublishedDateSource.FrontMatter, article.PublishedSource);
    }

    [Fact]
    public void HtmlPageWithoutDateMetaTakesTheDatePrintedOnThePage()
    {
        var article = Read("<html><body><div class=\"info\">来源：南通网 发布时间：2022-09-13 08:53:46</div><p>正文</p></body></html>", "html");

        Assert.Equal(new DateOnly(2022, 9, 13), article.Published);
        Assert.Equal(PublishedDateSource.Text, article.PublishedSource);
    }
}
