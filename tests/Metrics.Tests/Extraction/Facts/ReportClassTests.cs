using Metrics.Extraction;
using Metrics.Extraction.Facts;
using Metrics.Facts;
using Metrics.Tests.Support;
using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// Classes of long reports full of figures (work reports, half-year reviews, press conferences), found with
/// probe articles written by a helper that never saw the rules (issue 13).
/// </summary>
public sealed class ReportClassTests
{
    [Fact]
    public void AReportThatNamesSeveralDistrictsAlikeAndNoCityIsTheCitys()
    {
        var text = "前三季度全市经济运行稳中向好\n10月26日,市政府新闻办召开新闻发布会。前三季度,全市新签约10亿元以上产业项目186个,协议总投资2356亿元。"
            + "分地区看,海安、如皋、通州签约项目均超过15个。";

        var signed = Assert.Single(Events(text, "2023-10-27"));

        Assert.Equal(("南通市", 186), (signed.District, signed.ProjectCount));
    }

    [Theory]
    [InlineData("报告提出,今年全县新签约亿元以上项目90个,新开工亿元以上项目75个。")]
    [InlineData("今年的主要预期目标是:新签约亿元以上项目90个,新开工亿元以上项目75个。")]
    public void TargetsAReportSetsAreNoFacts(string targets)
    {
        var text = "1月14日,如东县第十七届人民代表大会第六次会议开幕。过去一年,全县新签约亿元以上项目83个。" + targets;

        var signed = Assert.Single(Events(text, "2021-01-15"));

        Assert.Equal(("2020", 83), (signed.Date, signed.ProjectCount));
    }

    [Fact]
    public void AnEarlierMeetingWithItsOwnDayKeepsIt()
    {
        var text = "1月14日上午,如东县第十七届人民代表大会第六次会议开幕。此前,政协如东县第十五届委员会第五次会议已于1月13日下午开幕。";

        var meetings = Extracted.Facts(text, "2021-01-15").OfType<MeetingFact>().ToList();

        Assert.Equal(["2021-01-13", "2021-01-14"], meetings.Select(m => m.Date).Order());
    }

    [Fact]
    public void ASigningAtAMeetingIsThatDaysEventNotAPartOfThePeriodBeforeIt()
    {
        var text = "1—9月,苏锡通科技产业园区新签约项目31个,总投资逾210亿元。9月19日,园区在苏州举行专场招商推介会。会上签约项目6个,总投资42亿元。";

        var events = Events(text, "2023-10-20");

        Assert.Contains(events, e => e is { Scope: FactScope.Period, ProjectCount: 31 });
        Assert.Contains(events, e => e is { Scope: FactScope.Event, ProjectCount: 6, Date: "2023-09-19" });
    }

    [Fact]
    public void APlanGovernsTheStagesListedAfterIt()
    {
        var text = "1—9月,苏锡通科技产业园区新签约项目31个。四季度,园区计划开工项目8个、竣工项目5个。";

        Assert.Single(Events(text, "2023-10-20"));
    }

    [Theory]
    [InlineData("如东沿海经济开发区累计集聚新材料企业130余家,总投资超800亿元。")]
    [InlineData("截至9月底,园区已有入驻企业680家,总投资超1200亿元。")]
    public void AParksStockOfCompaniesIsNoProjectsInvestment(string stock)
    {
        var text = "3月16日,如东县一季度重大项目集中开工活动举行,11个项目集中开工,总投资98亿元。" + stock;

        var started = Assert.Single(Events(text, "2023-03-17"));

        Assert.Equal((11, 9_800_000_000L), (started.ProjectCount, started.InvestmentYuan));
    }

    [Theory]
    [InlineData("全会决定,县委经济工作会议于今年12月召开。")]
    [InlineData("全会决定,2020年1月上旬召开区委经济工作会议。")]
    public void AMeetingAPlenaryFixesHasNotSat(string decision)
    {
        var text = "中国共产党如东县第十四届委员会第三次全体会议,于2022年7月29日召开。全会由县委常委会主持。" + decision;

        var plenary = Assert.Single(Extracted.Facts(text, "2022-07-30").OfType<MeetingFact>());

        Assert.Equal(MeetingKind.Plenary, plenary.Kind);
    }

    [Theory]
    [InlineData("一、会议研究了全市二季度重大项目集中开工活动筹备工作。")]
    [InlineData("二、会议原则同意港闸区与一家企业签署智能制造产业园项目投资协议,项目总投资50亿元。")]
    [InlineData("会议部署今年新开工项目50个的目标任务。")]
    [InlineData("会议要求年内新开工项目10个以上。")]
    public void WhatAGovernmentMeetingPreparesApprovesOrSetsIsNoEvent(string item)
    {
        var text = "南通市政府召开常务会议\n5月11日,市长主持召开市政府第三十九次常务会议。" + item;

        Assert.Empty(Events(text, "2020-05-12"));
    }

    [Fact]
    public void FiguresReportedAtAPressConferenceCoverThePeriodTheyReport()
    {
        var text = "崇川区政府新闻办昨日召开新闻发布会,通报上半年经济运行情况,全区新签约亿元以上项目43个。";

        var signed = Assert.Single(Events(text, "2021-09-16"));

        Assert.Equal(("2021-Q2", FactScope.Period), (signed.Date, signed.Scope));
    }

    [Fact]
    public void AReportListingMostDistrictsIsTheCitysEvenWhenTwoAreNamedTwice()
    {
        var text = "2018年全市招商引资交出亮眼成绩单\n记者从市商务局获悉,2018年,全市新签约亿元以上项目652个,协议总投资3026亿元。\n"
            + "分地区看,崇川、港闸、通州、海门、如皋、海安、如东、启东均完成年度目标。其中,海门、如皋新签约项目数位居前两位。";

        var signed = Assert.Single(Events(text, "2019-01-20"));

        Assert.Equal(("南通市", 652), (signed.District, signed.ProjectCount));
    }

    [Fact]
    public void ATotalOfTheProjectsUnderWayIsNoMemberOfTheDaysLaunch()
    {
        var text = "昨天上午,南通经济技术开发区四季度重大项目集中竣工活动举行。本次集中竣工项目共18个,计划总投资96亿元。"
            + "目前,开发区在建亿元以上项目87个,总投资超900亿元。";

        var completed = Assert.Single(Events(text, "2021-12-30"));

        Assert.Equal((18, 9_600_000_000L), (completed.ProjectCount, completed.InvestmentYuan));
    }

    [Theory]
    [InlineData("对当年签约总投资20亿—30亿元的产业项目,给予招商团队一次性奖励。")]
    [InlineData("对2025年新开工的亿元以上工业项目,按设备投资额给予10%补助。")]
    public void APolicysConditionOnProjectsIsNoEvent(string policy)
    {
        var text = "海门区印发招商引资工作要点\n2月8日,海门区印发《2025年招商引资工作要点》。《要点》明确," + policy;

        Assert.Empty(Events(text, "2025-02-10"));
    }

    [Theory]
    [InlineData("近年来,海门主动接轨上海,累计引进上海企业投资项目400多个。")]
    [InlineData("40年来,开发区从一片滩涂起步,累计签约外资项目1300多个。")]
    public void ASumOverYearsTheSentenceDoesNotBoundTakesNoDateFromAnother(string sum)
    {
        var text = "1984年12月,经国务院批准,南通经济技术开发区成为首批国家级经济技术开发区之一。" + sum;

        Assert.Empty(Events(text, "2024-12-20"));
    }

    [Fact]
    public void ProjectsAttractedArePeriodSignings()
    {
        var signed = Assert.Single(Events("今年以来,栟茶镇累计引进亿元以上项目六个,完成工业开票销售18.2亿元。江海联运物流中心年内引进物流企业27家。", "2020-12-21"));

        Assert.Equal(("如东县", ProjectStage.Signed, FactScope.Period, 6), (signed.District, signed.Stage, signed.Scope, signed.ProjectCount));
    }

    [Fact]
    public void AHalfYearsSigningsCountedOnlyByTheirCurrencyRowsArePeriodSummaries()
    {
        var events = Events("上半年,海门区新签约项目中,内资项目52个、总投资328亿元,外资项目11个、总投资4.6亿美元。", "2021-07-09");

        Assert.Equal([52, 11], events.Select(e => e.ProjectCount ?? 0));
        Assert.All(events, e => Assert.Equal((FactScope.Period, "2021-Q2"), (e.Scope, e.Date)));
    }

    [Fact]
    public void ASingleProjectNamedAfterItsClassCountKeepsItsAmount()
    {
        var events = Events("5日,海安市举行第四季度重大项目集中开工活动,开工项目22个,总投资136.8亿元,其中百亿级项目1个,为总投资105亿元的海锐新材料项目。", "2025-11-06");

        Assert.Contains(events, e => e.MemberOfBatch && e.InvestmentYuan == 10_500_000_000L);
    }

    [Fact]
    public void CurrencyRowsInTheSentenceAfterTheTotalSplitIt()
    {
        var text = "上周五,苏锡通科技产业园区举行重大项目集中签约活动,共签约项目12个。其中内资项目9个,总投资58.6亿元;外资项目3个,总投资1.2亿美元。";

        var events = Events(text, "2026-01-19");

        Assert.Equal([(9, 5_860_000_000L), (3, 0L)], events.Select(e => (e.ProjectCount ?? 0, e.InvestmentYuan ?? 0)));
        Assert.Equal("1.2亿美元", events[1].InvestmentOriginal);
    }

    [Theory]
    [InlineData("近日,南通创新区印发三年行动计划,明确到2027年累计引进科创类项目50个以上。")]
    [InlineData("按照计划,新区年底前还将有3个项目开工。")]
    public void AStageWithATimeStillToComeIsATarget(string target)
    {
        Assert.Empty(Events("南通创新区科创招引\n" + target, "2025-04-25"));
    }

    [Fact]
    public void ACityLaunchToldWithItsSubVenuesKeepsItsBatchAtTheCity()
    {
        var text = "全市春季重大项目集中开工活动举行\n2月28日上午,南通市2023年春季重大项目集中开工活动在海门区主会场举行,各县(市、区)和南通开发区、通州湾示范区同步设立分会场。\n"
            + "此次集中开工的项目共148个,总投资1072.6亿元,其中先进制造业项目102个。";

        var launch = Assert.Single(Events(text, "2023-03-01"));

        Assert.Equal(("南通市", 148, 107_260_000_000L), (launch.District, launch.ProjectCount, launch.InvestmentYuan));
    }

    [Theory]
    [InlineData("此次全省集中开工项目共326个,总投资3026亿元。")]
    [InlineData("1—4月,全省新开工省重大项目91个。")]
    public void TheProvincesFiguresAreNotNantongs(string figures)
    {
        var text = "新华社南京3月2日电 2日,江苏省一季度重大项目集中开工活动以视频连线方式举行,南通、苏州等地设分会场。" + figures;

        Assert.DoesNotContain(Events(text, "2021-03-02"), e => e.ProjectCount is > 1);
    }

    [Fact]
    public void FiguresAMeetingRevealsAreDatedByTheirPeriod()
    {
        var text = "7日召开的通州湾示范区党工委(扩大)会议透露,2025年,示范区新签约10亿元以上项目18个、协议总投资532亿元;新开工亿元以上项目26个。";

        var events = Events(text, "2026-01-08");

        Assert.Equal([("2025", FactScope.Period, 18), ("2025", FactScope.Period, 26)], events.Select(e => (e.Date!, e.Scope, e.ProjectCount ?? 0)));
    }

    [Fact]
    public void TheTimeSinceAStageIsNoEvent()
    {
        var text = "10月26日,如东LNG接收站三期扩建工程正式开工建设。据了解,如东LNG接收站一期工程建成投产已逾十年。";

        Assert.Equal([ProjectStage.Started], Events(text, "2020-10-27").Select(e => e.Stage));
    }

    [Theory]
    [InlineData("今年创新区拟实施重点项目40个,计划总投资460亿元,年度计划投资95亿元,其中新开工项目16个、续建项目24个。")]
    [InlineData("今年全区安排重大项目60个,总投资410亿元,其中新开工项目25个、续建项目35个。")]
    public void ABreakdownOfAPlansProjectsIsPlannedToo(string plan)
    {
        Assert.Empty(Events("南通创新区重点项目计划\n2月14日,记者从南通创新区获悉," + plan, "2023-02-15"));
    }

    [Fact]
    public void ASentenceThatSaysWhatTheEventWasAddsNoEvent()
    {
        var text = "28日,崇川区举行重点项目集中签约活动,现场签约项目20个,总投资超百亿元。这是7月28日新崇川区正式挂牌成立后举行的首场集中签约活动。";

        var signed = Assert.Single(Events(text, "2020-09-29"));

        Assert.Equal(("2020-09-28", 20), (signed.Date, signed.ProjectCount));
    }

    [Fact]
    public void StartsFallingShortAreAProblemNotAnEvent()
    {
        var text = "9日,港闸区召开重大项目观摩会。王勇指出,全区重大项目建设总体进展顺利,但也存在部分项目开工不足、进度偏慢等问题。";

        Assert.Empty(Events(text, "2017-06-10"));
    }

    [Fact]
    public void ASigningAtTheMeetingJustToldIsTheMeetingsActors()
    {
        var text = "本报讯 6日,南通市在上海举行沪通合作高层恳谈会暨重大项目签约仪式。市委书记蒋建国出席并讲话。上海市有关部门负责同志等300余人参加。\n"
            + "蒋建国说,南通与上海一江之隔。南通将主动承接上海资源外溢。\n会上,37个重大项目集中签约,其中内资项目28个、总投资312亿元,外资项目9个、总投资11.6亿美元。";

        var events = Events(text, "2018-11-07");

        Assert.Equal([("南通市", 28), ("南通市", 9)], events.Select(e => (e.District!, e.ProjectCount ?? 1)));
    }

    [Fact]
    public void TheMainVenuesShareOfACityLaunchAndItsAnnouncementAddNothing()
    {
        var text = "本报讯 19日,南通市2024年一季度重大项目集中开工活动举行,全市集中开工项目168个、总投资1306亿元。活动设海安市主会场和各县(市、区)分会场。\n"
            + "市委书记周建华宣布项目开工。在海安主会场,海安市集中开工项目23个,总投资186亿元。";

        var launch = Assert.Single(Events(text, "2024-02-20"));

        Assert.Equal(("南通市", 168), (launch.District, launch.ProjectCount));
    }
}
