using Metrics.Facts;
using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// Classes of mistakes found on probe pages about investment promotion (issue 13): trips to other
/// cities, several districts at one occasion, agreements broken down in brackets, weeks announced.
/// </summary>
public sealed class PromotionEventClassTests
{
    [Theory]
    [InlineData("当天下午,如皋市、海安市分别举行专场推介会。", new[] { "如皋市", "海安市" })]
    [InlineData("会后,海门区、启东市和如东县分别召开项目对接会。", new[] { "海门区", "启东市", "如东县" })]
    public void EachDistrictListedBeforeSeparatelyHoldsAMeetingOfItsOwn(string sentence, string[] districts)
    {
        var text = "21日上午,2024南通(北京)高质量发展合作交流会在北京举行。" + sentence;

        var meetings = Metrics.Tests.Support.Extracted.Meetings(text, "2024-11-22");

        Assert.Equal(["南通市", .. districts], meetings.Select(m => m.District));
        Assert.All(meetings, m => Assert.Equal(("2024-11-21", MeetingKind.Symposium), (m.Date, m.Kind)));
    }

    [Theory]
    [InlineData("交流会上,38个项目集中签约(其中合同项目26个、意向项目12个),总投资超360亿元。", 38, 36_000_000_000L)]
    [InlineData("会上共签约项目15个(其中外资项目4个),计划总投资88亿元。", 15, 8_800_000_000L)]
    public void ABreakdownInBracketsEndsWithThemAndTheTotalAfterIsTheBatchs(string sentence, int count, long amount)
    {
        var batch = Assert.Single(Events("21日上午,南通市在北京举行合作交流会。" + sentence, "2024-11-22"));

        Assert.Equal((count, amount), (batch.ProjectCount, batch.InvestmentYuan));
    }

    [Fact]
    public void AWeekOfPromotionAnnouncedHoldsNoMeetingAndNoSigningYet()
    {
        var text = "2025海门(上海)招商周下月启幕\n海门日报 2025-04-22\n\n记者从区投资促进中心获悉,招商周将于5月中旬在上海举行,为期一周。"
            + "招商周期间,将举办长三角产业合作推介会、海门籍在沪企业家恳谈会等系列活动,计划集中签约项目30个以上,总投资力争突破200亿元。";

        Assert.Empty(Metrics.Tests.Support.Extracted.Facts(text, "2025-04-22"));
    }

    [Theory]
    [InlineData("项目分两期建设,一期投资12亿元,计划明年6月投产。")]
    [InlineData("项目分两期实施,其中一期工程计划投资12亿元。")]
    public void APhasesShareAfterTheProjectsTotalIsNotTheProjectsAmount(string phase)
    {
        var text = "海安日报\n昨天上午,博睿精密电控系统项目在海安高新区开工建设。这个计划总投资28亿元的项目,去年在深圳签约。" + phase;

        var events = Events(text, "2024-03-12");

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(2_800_000_000L, e.InvestmentYuan));
    }

    [Theory]
    [InlineData("4月22日,园区党工委召开会议,听取赴苏招商成果汇报,研究签约项目推进工作。")]
    [InlineData("4月22日,园区召开专题会议,部署开工项目服务工作。")]
    public void AMeetingsAgendaOnSignedProjectsReportsNoSigning(string agenda)
    {
        var text = "苏锡通园区\n4月18日,苏锡通科技产业园区(苏州)产业合作对接会在苏州举行。对接会上,12个项目现场签约,计划总投资76.3亿元。"
            + "其中,总投资20亿元的晶芯半导体先进封测项目是园区今年以来引进的投资规模最大的单体项目。\n" + agenda;

        Assert.DoesNotContain(Events(text, "2024-04-23"), e => e.Date == "2024-04-22");
    }

    [Theory]
    [InlineData("说明会上,开发区与4家日资企业签署投资协议,总投资1.8亿美元。", 4)]
    [InlineData("当天,临江新区通过视频连线与3家企业签订投资协议,总投资约12.5亿元。", 3)]
    [InlineData("推介会上,园区与6家客商现场签约。", 6)]
    public void EachCompanyThatSignsWithTheDistrictBringsAProject(string sentence, int count)
    {
        var signed = Assert.Single(Events("开发区在东京举办投资环境说明会\n17日,南通经济技术开发区在日本东京举办投资环境说明会。" + sentence, "2017-10-20"));

        Assert.Equal((ProjectStage.Signed, count), (signed.Stage, signed.ProjectCount));
    }

    [Fact]
    public void ASupplyContractWithCompaniesIsNoProjectSigning()
    {
        var text = "如皋日报\n17日,海达重工二期项目在如皋港开工。仪式上,海达重工还与两家船舶企业签订了供货合同。";

        Assert.DoesNotContain(Events(text, "2018-05-18"), e => e.Stage == ProjectStage.Signed);
    }
}
