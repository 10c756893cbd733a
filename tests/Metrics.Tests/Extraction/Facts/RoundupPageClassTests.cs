using Metrics.Facts;
using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// Roundup pages (县区动态, 一周要闻) put several items on one page, each under a heading with its posting date
/// (issue 13, a probe set of roundups): the heading restates its item, which tells the fact with its own day.
/// </summary>
public sealed class RoundupPageClassTests
{
    private const string Page = "首页 > 新闻中心 > 海安动态\n\n"
        + "市委常委会召开会议　（2021-05-14）\n13日,海安市委书记主持召开市委常委会会议,研究部署下半年重点工作。\n\n"
        + "城东镇签约两个智能装备项目　（2021-05-13）\n12日,城东镇与两家企业分别签订投资协议,两个项目计划总投资4.2亿元。\n\n"
        + "海安高新区3个项目竣工投产　（2021-05-11）\n10日,海安高新区3个项目同时竣工投产,总投资9.6亿元。";

    [Fact]
    public void AnItemHeadingsMeetingIsTheItemsOwnOnItsOwnDay()
    {
        var meeting = Assert.Single(Metrics.Tests.Support.Extracted.Meetings(Page, "2021-05-14"));

        Assert.Equal(("海安市", "2021-05-13", MeetingKind.StandingCommittee), (meeting.District, meeting.Date, meeting.Kind));
    }

    [Fact]
    public void AnItemHeadingsProjectsAreTheItemsOwnOnItsOwnDay()
    {
        var events = Events(Page, "2021-05-14");

        Assert.Equal([(ProjectStage.Signed, "2021-05-12", 2), (ProjectStage.Production, "2021-05-10", 3)],
            events.Select(e => (e.Stage, e.Date, e.ProjectCount ?? 1)));
    }

    [Fact]
    public void AHeadingsFurnitureLineMayStandBetweenItAndItsItem()
    {
        var text = "当前位置: 首页 / 新闻中心\n\n三余镇海丰水产品深加工项目投产\n发布时间:2024-12-25\n24日,三余镇海丰水产品深加工项目投产,项目总投资1.2亿元。\n"
            + "两个产业项目同日开工\n发布时间:2024-12-24\n23日,通州湾示范区华汇储能电池项目、江海港务物流中心项目同日开工,两个项目总投资46亿元。";

        var started = Assert.Single(Events(text, "2024-12-26"), e => e.Stage == ProjectStage.Started);

        Assert.Equal(("2024-12-23", 2), (started.Date, started.ProjectCount));
    }
}
