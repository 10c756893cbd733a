using Metrics.Extraction;
using Metrics.Extraction.Facts;
using Metrics.Extraction.Text;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// A page copied whole from a district site carries links to other stories (相关新闻, 往期推荐, 上一篇)
/// whose headlines name meetings and launches of other days: they are not the article's facts
/// (issue 13, found with probe pages written with their furniture).
/// </summary>
public sealed class PageFurnitureTests
{
    private const string Story = "市委常委会召开会议\n5月17日,市委书记主持召开如皋市委常委会会议,研究部署重大项目攻坚工作。\n会议还研究了其他事项。\n";

    private static IReadOnlyList<ExtractedFact> Facts(string text) =>
        [.. FactExtractor.Extract(new ArticleInput(text, new DateOnly(2023, 5, 18), null))];

    [Theory]
    [InlineData("相关新闻\n· 如皋高新区12个项目集中签约 总投资86亿元  2023-05-10\n· 我市召开一季度重大项目观摩会  2023-04-12\n")]
    [InlineData("往期推荐\n▶ 海安召开全市高质量发展大会\n▶ 李堡镇3个项目集中签约,总投资超30亿元\n")]
    [InlineData("相关阅读:\n市政府召开第28次常务会议\n长江镇举行2023年二季度项目集中开工活动\n")]
    [InlineData("上一篇: 如皋港区3号码头改造工程通过交工验收\n下一篇: 市十八届人大常委会召开第九次会议\n")]
    [InlineData("· 市政府召开第28次常务会议 (2023-04-27)\n")]
    public void LinksToOtherStoriesGiveNoFacts(string links)
    {
        var facts = Facts(Story + "责任编辑: 陈静\n【打印本页】【关闭窗口】\n\n" + links + "版权所有: 如皋市人民政府办公室 苏ICP备05012345号-1\n");

        var meeting = Assert.Single(facts);

        Assert.Equal("2023-05-17", meeting.Date);
    }

    [Fact]
    public void ProseAfterALinkListIsReadAgain()
    {
        var text = Story + "相关新闻\n· 我市召开一季度重大项目观摩会  2023-04-12\n\n5月16日,如皋市召开重大项目推进会,部署二季度攻坚。\n";

        Assert.Equal(["2023-05-16", "2023-05-17"], Facts(text).Select(f => f.Date).Order());
    }

    [Fact]
    public void TheFooterStaysForItNamesTheSitesDistrict()
    {
        var text = "主办单位:中国人民政治协商会议江苏省海门市委员会 苏ICP备05086090号\n市政协十三届五次会议闭幕\n1月13日下午,市政协十三届五次会议胜利闭幕。";

        Assert.Equal("海门区", Assert.Single(Facts(text)).District);
    }

    [Fact]
    public void APageAboutAPlaceOutsideNantongThatNamesANantongParkInPassingHasNoNantongFacts()
    {
        var text = "苏州工业园区管理委员会\n园区秋季重大项目集中签约 42个项目总投资超380亿元\n9月15日,苏州工业园区2023年秋季重大项目集中签约活动举行。"
            + "活动现场签约项目42个,总投资超380亿元。\n苏州工业园区持续深化与苏锡通科技产业园区等共建园区的合作。";

        Assert.Empty(Facts(text));
    }

    [Fact]
    public void ABreakdownOpenedByALookAtItsClassesIsNoMember()
    {
        var text = "2月7日上午,海安市一季度重大项目集中开工活动举行。此次集中开工的项目共28个,总投资186.5亿元。从产业类别看,工业项目22个,总投资156亿元;服务业项目4个。";

        var batch = Assert.Single(FactExtractor.Extract(new ArticleInput(text, new DateOnly(2023, 2, 8), null)).OfType<ProjectEventFact>());

        Assert.Equal((28, 18_650_000_000L), (batch.ProjectCount, batch.InvestmentYuan));
    }

    [Fact]
    public void TheCityADatelineIsFiledFromIsNoActorOfTheStory()
    {
        var text = "新华社南通5月17日电(记者 沈立群)今天上午,位于江苏省南通市如东县海域的东源海上风电场项目实现全容量投产。";

        var production = Assert.Single(FactExtractor.Extract(new ArticleInput(text, new DateOnly(2023, 5, 19), null)).OfType<ProjectEventFact>());

        Assert.Equal(("如东县", "2023-05-17"), (production.District, production.Date));
    }

    [Fact]
    public void ASubtitlesSameDayMeetingIsTheStorysMeetingOfThatDay()
    {
        var text = "全市二季度重大项目集中开工 218个项目总投资1825亿元\n全市重大项目建设推进会同日召开\n"
            + "4月26日,全市二季度重大项目集中开工活动在海门区主会场举行。全市集中开工亿元以上项目218个,总投资1825亿元。\n"
            + "海门区分会场集中开工项目26个,总投资192亿元,主会场的高端生物制剂产业化基地项目总投资40亿元。\n开工活动结束后,全市重大项目建设推进会召开。";

        var facts = FactExtractor.Extract(new ArticleInput(text, new DateOnly(2023, 4, 27), null));

        var meeting = Assert.Single(facts.OfType<MeetingFact>());
        Assert.Equal("2023-04-26", meeting.Date);
        var events = facts.OfType<ProjectEventFact>().ToList();
        Assert.Single(events, e => e is { ProjectCount: 218, MemberOfBatch: false });
        Assert.Equal(4_000_000_000L, Assert.Single(events, e => e.MemberOfBatch).InvestmentYuan);
    }
}
