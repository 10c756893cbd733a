using Metrics.Extraction.Text;

namespace Metrics.Tests.Extraction.Text;

public sealed class LayoutBreakTests
{
    private static string Normalize(string text) => TextNormalizer.Normalize(text).Text;

    [Theory]
    [InlineData(
        "取得了很好的成绩。当前,站在\n\n决战决胜全面小康和迈向现代化新征程的历史潮头。",
        "取得了很好的成绩。当前,站在决战决胜全面小康和迈向现代化新征程的历史潮头。")]
    [InlineData(
        "会议传达学习中央、省委、市委关于落\n\n实“六保”任务决策部署的会议精神。",
        "会议传达学习中央、省委、市委关于落实“六保”任务决策部署的会议精神。")]
    [InlineData(
        "张建华指出,通州要争当全市高\n\n质量发展排头兵,关键靠项目。",
        "张建华指出,通州要争当全市高质量发展排头兵,关键靠项目。")]
    [InlineData(
        "海门共新签约重大项目33个,总投资约 213.6\n\n亿元。",
        "海门共新签约重大项目33个,总投资约 213.6亿元。")]
    [InlineData(
        "会上,区委副书记、区长王少勇\n点评布置了项目建设工作。",
        "会上,区委副书记、区长王少勇点评布置了项目建设工作。")]
    [InlineData(
        "取得了很好的成绩。当前,站在\r\n\r\n决战决胜全面小康。",
        "取得了很好的成绩。当前,站在决战决胜全面小康。")]
    [InlineData(
        "千方百计去“拼”、分秒必争去“抢”,振奋精神、\n\n奋起直追,抢机遇、抢项目。",
        "千方百计去“拼”、分秒必争去“抢”,振奋精神、奋起直追,抢机遇、抢项目。")]
    public void LayoutBreakInsideASentenceIsJoined(string original, string expected)
    {
        Assert.Equal(expected, Normalize(original));
    }

    [Fact]
    public void SpacesAroundAJoinedBreakAreDroppedToo()
    {
        Assert.Equal(
            "当前,站在决战决胜全面小康。",
            Normalize("当前,站在  \n \n 决战决胜全面小康。"));
    }

    [Theory]
    [InlineData("会议强调,要抓好疫情防控。\n\n要不断强化联防联控。")]
    [InlineData("会议强调,要抓好疫情防控;\n\n要不断强化联防联控。")]
    [InlineData("会议强调,要抓好以下工作:\n\n一是强化联防联控。")]
    public void BreakAfterSentenceOrClauseEndStays(string text)
    {
        Assert.Equal(text, Normalize(text));
    }

    [Theory]
    [InlineData("区委常委会会议研究部署当前各项重点工作\n\n6月25日,区委书记黄卫锋主持召开区委常委会会议。")]
    [InlineData("黄卫锋主持召开区委常委会会议\n\n传达两会精神 部署重点工作\n\n5月30日上午,区委书记黄卫锋主持召开区委常委会会议。")]
    [InlineData("港闸“北大街·晚上见”热力开启\n\n细雨霏霏挡不住如织游人,非遗集市热闹非凡。")]
    [InlineData("产业升级 集群跃升\n在四甲镇,特高压电气设备生产项目签约成为产业升级的重要标志。")]
    [InlineData("一、工业投资基本情况\n\n1-3月份,全市工业投资同比增长。")]
    public void TitleBeforeAParagraphKeepsItsBreak(string text)
    {
        Assert.Equal(text, Normalize(text));
    }

    [Theory]
    [InlineData("2020-12-31 14:38:58 来源: 南通网\n本报讯 (记者吴霄云)寒冷的天气挡不住开工热潮。")]
    [InlineData("当前位置: 首页 > 新闻中心 > 县市区要闻\n\n通州聚焦项目强支撑打造培育增长新动能\n\n来源: 通州区工信局")]
    [InlineData("吹响“建设大门户,同建共富路”的号角\n\n2022-02-24 14:22:50 来源:央广网")]
    public void DatelineOrTitleIsNotGluedToTheNextLine(string text)
    {
        Assert.Equal(text, Normalize(text));
    }

    [Fact]
    public void IndentedLineOpensAParagraph()
    {
        Assert.Equal(
            "若长时间无响应,请刷新本页面\n\n 光明日报北京2月2日电,永丰数字科技项目开工。",
            Normalize("若长时间无响应,请刷新本页面\n\n  光明日报北京2月2日电,永丰数字科技项目开工。"));
    }

    [Fact]
    public void MoreThanOneBlankLineIsAParagraphBreak()
    {
        const string text = "力争在两年之内整个产业销售能够达到百亿规模。 徐俊\n\n\n\n6月24日,工人在生产线上忙碌。";

        Assert.Equal(text, Normalize(text));
    }

    [Fact]
    public void BreakInsideAQuotationThatSpansLinesIsJoined()
    {
        Assert.Equal(
            "在抓好疫情防控的前提下,必须坚持“一切服从服务于大项目”的原则,把大项目突破作为抓手。",
            Normalize("在抓好疫情防控的前提下,必须坚持“一切服从服务于大项\n\n目”的原则,把大项目突破作为抓手。"));
    }

    [Theory]
    [InlineData("## 区委召开全区纪念建党99周年大会", "区委召开全区纪念建党99周年大会")]
    [InlineData("# 机遇激发担当 使命砥砺前行", "机遇激发担当 使命砥砺前行")]
    [InlineData("######   题", "题")]
    public void MarkdownHeadingMarksAreDropped(string original, string expected)
    {
        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal(expected, normalized.Text);
        Assert.Equal(original.IndexOf(expected[0], StringComparison.Ordinal), normalized.ToOriginal(0));
        Assert.Equal(expected, normalized.OriginalSlice(0, normalized.Text.Length));
    }

    [Fact]
    public void MarkdownHeadingKeepsItsBreakEvenBeforeProse()
    {
        Assert.Equal(
            "区委常委会召开会议,研究当前形势\n\n6月25日,区委书记黄卫锋主持召开区委常委会会议。",
            Normalize("## 区委常委会召开会议,研究当前形势\n\n6月25日,区委书记黄卫锋主持召开区委常委会会议。"));
    }

    [Theory]
    [InlineData("#话题#南通开工")]
    [InlineData("####### 七个井号不是标题")]
    public void HashWithoutSpaceOrTooManyHashesIsNoHeading(string text)
    {
        Assert.Equal(text, Normalize(text));
    }
}
