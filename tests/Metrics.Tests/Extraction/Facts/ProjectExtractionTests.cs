using Metrics.Extraction.Facts;
using Metrics.Extraction;
using Metrics.Facts;
using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

public sealed class ProjectExtractionTests
{
    private static ProjectEventFact Single(IReadOnlyList<ProjectEventFact> events)
    {
        Assert.True(events.Count == 1, string.Join(Environment.NewLine, events));
        return events[0];
    }

    [Fact]
    public void HeadlineAndStoryWithTheSameFiguresAreOneLaunch()
    {
        var launch = Single(Events(
            "上半年项目建设情况\n\n16个新开工项目计划总投资83.2亿元\n\n2月11日,我区举行2023年一季度项目集中开工仪式。此次集中开工的产业项目共16个,总投资达83.2亿元。",
            "2023-02-13",
            "通州区项目集中开工"));

        Assert.Equal(("通州区", "2023-02-11", 16, 8_320_000_000L), (launch.District, launch.Date, launch.ProjectCount, launch.InvestmentYuan));
    }

    [Fact]
    public void ANamedProjectWithItsOwnAmountAfterTheLaunchIsABatchMember()
    {
        var events = Events(
            "2月11日,我区举行一季度项目集中开工仪式。此次集中开工的产业项目共16个,总投资达83.2亿元。当天开工的康源电路项目由东莞康源电子有限公司投资建设,项目计划总投资50亿元。",
            "2023-02-13",
            "通州区");

        Assert.Equal(2, events.Count);
        var batch = Assert.Single(events, e => !e.MemberOfBatch);
        var member = Assert.Single(events, e => e.MemberOfBatch);
        Assert.Equal((16, 8_320_000_000L), (batch.ProjectCount, batch.InvestmentYuan));
        Assert.Equal((1, 5_000_000_000L, "2023-02-11"), (member.ProjectCount, member.InvestmentYuan, member.Date));
    }

    [Fact]
    public void MeetingVenuesAreNotProjectCounts()
    {
        var launch = Single(Events("3月13日,海门举行重大项目集中开工活动。据介绍,当天的项目集中开工设4个主会场。", "2020-03-18"));

        Assert.Null(launch.ProjectCount);
    }

    [Fact]
    public void ABreakdownAfter其中IsNeitherTheCountNorTheTotal()
    {
        var launch = Single(Events(
            "18日,通州湾示范区一季度27个项目集中开工,其中10亿元以上项目9个、亿元项目18个,项目总投资额达122亿元。", "2021-03-19"));

        Assert.Equal(("通州湾示范区", "2021-03-18", 27, 12_200_000_000L), (launch.District, launch.Date, launch.ProjectCount, launch.InvestmentYuan));
    }

    [Fact]
    public void APeriodSummaryIsAReportedTotal()
    {
        var summary = Single(Events("今年一季度,如东共签约项目66个,总投资额303亿元。", "2025-04-09"));

        Assert.Equal((FactScope.Period, "2025-Q1", 66, 30_300_000_000L), (summary.Scope, summary.Date, summary.ProjectCount, summary.InvestmentYuan));
    }

    [Theory]
    [InlineData("今年以来,海门围绕重点项目招引加压奋进。")]
    [InlineData("近年来,南通开发区把项目建设作为立区之本,招引了一大批大项目、好项目。")]
    [InlineData("5月2日,要在审批、建设、竣工等各个环节全力提速。")]
    [InlineData("5月2日,区长强调要力争一批项目年内开工。")]
    [InlineData("5月2日,市领导调研重大项目建设,察看项目竣工情况。")]
    [InlineData("5月2日,据介绍,该项目从签约到开工仅用时数月。")]
    [InlineData("围绕“一年建设、两年开港、三年成规模”的目标,吕四港从2020年6月起全面推进码头建设。")]
    [InlineData("5月2日,项目力求三个月开工。")]
    [InlineData("5月2日,为保障这个重大产业项目顺利投产,开发区加快配套建设。")]
    [InlineData("从2003年11月围起第一块滩涂,到如今,人工岛上已建成8个泊位。")]
    [InlineData("6月16日,南通科学工业园一期已建成约600亩,吸引中国长城、越亚半导体等20多家企业入驻,总投资超50亿元。")]
    [InlineData("5月2日,要坚持把招商引资作为头号工程,以更大力度招引优质项目。")]
    [InlineData("5月2日,以龙头企业为主攻重点,千方百计招引一批重量级、龙头型项目,努力在50亿元、100亿元重特大项目的招引中实现更大的突破。")]
    [InlineData("区委书记强调,随着通沪铁路7月建成通车,港闸将全面融入上海半小时经济圈。")]
    public void ActivitiesPlansAndVisitsAreNoProjectEvents(string sentence)
    {
        Assert.Empty(Events(sentence, "2025-06-06", "海门区"));
    }

    [Fact]
    public void BeijingsTongzhouIsNotNantongs()
    {
        Assert.Empty(Events("2月3日,北京市通州区50个重点项目集中开工,总投资超过300亿元。北京城市副中心建设加快推进。", "2023-02-03"));
    }

    [Fact]
    public void EvidenceIsTheOriginalTextAtItsOffset()
    {
        var text = "本报讯 3月13日,南通海門舉行一季度重大項目集中開工活動,32個億元以上產業項目總投資248.7億元。";

        var launch = Single(Events(text, "2020-03-18"));

        Assert.Equal(text.Substring(launch.EvidenceStart, launch.EvidenceLength), launch.Evidence);
        Assert.Contains("248.7億元", launch.Evidence);
        Assert.Equal(("海门区", 32, 24_870_000_000L), (launch.District, launch.ProjectCount, launch.InvestmentYuan));
    }

    [Fact]
    public void AClassTotalInsideABreakdownIsNoMemberButAClassOfOneIs()
    {
        var events = Events(
            "8日上午,南通创新区重大项目集中开工。首批集中开工的6个项目总投资178亿元。6个项目中,公共卫生领域补短板项目1个,为南通医学中心一期,总投资34亿元;金融商务类项目3个,分别为:招银大厦、金鹰世界、万豪酒店,总投资135亿元。",
            "2020-05-08");

        var member = Assert.Single(events, e => e.MemberOfBatch);
        Assert.Equal(3_400_000_000L, member.InvestmentYuan);
        Assert.DoesNotContain(events, e => e.InvestmentYuan == 13_500_000_000L);
        Assert.Contains(events, e => e is { MemberOfBatch: false, ProjectCount: 6, InvestmentYuan: 17_800_000_000L });
    }

    [Fact]
    public void AMonthSummaryHasNoMembersReportedOnTheirOwnDay()
    {
        var events = Events("5月,十余个项目接连落子海门。5月16日,南通嘉富泰电气科技有限公司落户四甲,计划投资5亿元建设华东特高压设备配件技术标杆基地。", "2025-06-06");

        var signing = Assert.Single(events, e => e.Date == "2025-05-16");
        Assert.Equal((false, FactScope.Event, 500_000_000L), (signing.MemberOfBatch, signing.Scope, signing.InvestmentYuan));
    }

    [Fact]
    public void AVisitToldAfterTheEventInTheSameSentenceLeavesTheEvent()
    {
        var signing = Single(Events("据初步统计,仅今年上半年,启东已新签约引进来自上海地区产业项目42个;赴上海拜访考察项目41个。", "2022-11-20"));

        Assert.Equal(("启东市", ProjectStage.Signed, "2022-Q2", 42), (signing.District, signing.Stage, signing.Date, signing.ProjectCount));
    }

    [Fact]
    public void AStageSinceADateHappenedOnThatDate()
    {
        var production = Single(Events("如东县天洋光伏材料项目自6月份投产以来,订单饱满。", "2024-08-22"));

        Assert.Equal((ProjectStage.Production, "2024-06"), (production.Stage, production.Date));
    }

    [Fact]
    public void SinceWithoutADateOfItsOwnIsNoEvent()
    {
        Assert.Empty(Events("2024年8月2日,如东县天洋光伏材料项目自投产以来,订单饱满。", "2024-08-22"));
    }

    [Fact]
    public void ANamedCompanySettlingInANantongPlaceIsOneProjectSigned()
    {
        var signing = Single(Events("今年3月,晶澳太阳能正式落户启东经济开发区,建设高效电池组件项目。", "2021-05-07"));

        Assert.Equal(("启东市", ProjectStage.Signed, "2021-03", 1), (signing.District, signing.Stage, signing.Date, signing.ProjectCount));
    }

    [Theory]
    [InlineData("今年3月,该公司正式落户启东经济开发区。")]
    [InlineData("今年3月,高层次人才团队成功落户启东。")]
    [InlineData("今年3月,晶澳太阳能正式落户上海临港。")]
    public void SettlersThatAreNoNamedProjectInNantongAreNoEvent(string sentence)
    {
        Assert.Empty(Events(sentence, "2021-05-07"));
    }

    [Theory]
    [InlineData("约50亿元的储能系统基地项目,一期工程主厂房已竣工验收,正在进行设备安装调试。", 0)]
    [InlineData("储能系统基地项目已于4月10日竣工验收。", 1)]
    public void WhatAVisitSeesIsNoDatedEventUnlessItsSentenceDatesIt(string seen, int expected)
    {
        var text = "昨日上午,市委书记深入南通开发区企业、工地开展调研。一季度,南通开发区产业实现了较快增长。" + seen;

        Assert.Equal(expected, Events(text, "2020-04-17").Count);
    }

    [Theory]
    [InlineData("5月29日,南通市二季度重大项目集中开工活动在海门区主会场举行,全市共集中开工项目146个,总投资1086亿元。", "南通市")]
    [InlineData("5月29日,全市二季度重大项目集中开工活动在南通海门举行,共集中开工项目146个,总投资1086亿元。", "南通市")]
    [InlineData("9月29日,崇川区三季度重大项目集中开工仪式在市北科技城举行,共有14个项目集中开工,总投资72.5亿元。", "崇川区")]
    [InlineData("5月29日,二季度重大项目集中开工活动在海门区举行,共集中开工项目146个,总投资1086亿元。", "海门区")]
    [InlineData("4月18日,南通市重大项目集中签约活动在如皋市举行,全市共签约项目56个,总投资420亿元,其中如皋市签约项目12个,总投资88亿元。", "南通市")]
    [InlineData("4月18日,南通市建筑工程有限公司承建的如皋某产业园项目开工,总投资10亿元。", "如皋市")]
    [InlineData("作为南通市重点项目,如东天洋光伏材料项目于4月18日投产,总投资10亿元。", "如东县")]
    public void TheActorOfALaunchIsItsDistrictNotTheVenueItIsHeldIn(string sentence, string district)
    {
        var launch = Single(Events(sentence, "2024-05-30"));

        Assert.Equal(district, launch.District);
    }

    [Fact]
    public void ASummaryUpToTodayOfThisYearEndsInThePublicationMonth()
    {
        var summary = Single(Events("截至目前,如东县今年已签约亿元以上项目63个,其中10亿元以上项目15个。", "2023-08-15"));

        Assert.Equal(("如东县", "2023-08", FactScope.Period, 63), (summary.District, summary.Date, summary.Scope, summary.ProjectCount));
    }

    [Theory]
    [InlineData("截至一季度末,海安高新区竣工工业项目5个,7个项目实质开工。", "2019-Q1")]
    [InlineData("截至三季度末,如东县今年已签约亿元以上项目48个。", "2019-Q3")]
    [InlineData("截至6月底,如东县今年已签约亿元以上项目30个。", "2019-06")]
    public void ASummaryUpToAQuartersEndIsDatedByTheQuarter(string sentence, string date)
    {
        var summaries = Events(sentence, "2019-11-15").ToList();

        Assert.NotEmpty(summaries);
        Assert.All(summaries, s => Assert.Equal((date, FactScope.Period), (s.Date, s.Scope)));
    }

    [Theory]
    [InlineData("8月8日,如皋高新区智能制造产业园正式开园,首批入驻企业12家。")]
    [InlineData("8月8日,如皋高新区智能制造产业园正式开园,已有12家企业入驻。")]
    public void CompaniesSettledInAParkAreNotTheCountOfItsOpening(string sentence)
    {
        var opening = Single(Events(sentence, "2023-08-09"));

        Assert.Equal((ProjectStage.Opened, "如皋市", (int?)null), (opening.Stage, opening.District, opening.ProjectCount));
    }

    [Fact]
    public void ASigningByBeijingsTongzhouBesideOneByNantongsIsNotCounted()
    {
        var signing = Single(Events(
            "9月18日,北京城市副中心通州区举行重大项目集中签约,签约项目21个,总投资超300亿元。同日,南通市通州区举行重大项目集中签约,签约项目15个,总投资98亿元。",
            "2023-09-20"));

        Assert.Equal(("通州区", "2023-09-18", 15), (signing.District, signing.Date, signing.ProjectCount));
    }

    [Theory]
    [InlineData("4月14日,我们与上海电气集团签约,总投资10亿元的风电装备项目落地。")]
    [InlineData("4月14日,在上海举行的招商活动上,一批项目集中签约,总投资30亿元。")]
    public void APartnerOrAVenueOutsideNantongLeavesTheSigningTheDistricts(string sentence)
    {
        var signing = Single(Events(sentence, "2020-04-15", "通州区"));

        Assert.Equal("通州区", signing.District);
    }

    [Fact]
    public void AFigureOfTheSamePeriodLastYearIsNotDatedByThisYearsPeriod()
    {
        Assert.Empty(Events("5日,如东县召开2024年一季度经济运行分析会。去年同期,该县签约项目12个。", "2024-05-06"));
    }

    [Fact]
    public void With随着TheCompletionOfAWorkIsAnEventThatHappened()
    {
        var completion = Single(Events("日前,随着通启铁路启东站的竣工,启东交通体系进一步完善。", "2023-12-26"));

        Assert.Equal((ProjectStage.Completed, "启东市", (string?)null, 1), (completion.Stage, completion.District, completion.Date, completion.ProjectCount));
    }

    [Fact]
    public void AYearReviewedBeforeTheFiguresIsThePeriodTheySumUp()
    {
        var events = Events("崇川区政府工作报告\n\n过去一年,全区地区生产总值增长6.2%。新签约亿元以上产业项目126个;新开工亿元以上项目98个。", "2024-01-20");

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(("崇川区", "2023", FactScope.Period), (e.District, e.Date, e.Scope)));
    }

    [Fact]
    public void AnUntitledTextsHeadlineWeighsLikeATitleForItsDistrict()
    {
        var events = Events("崇川区2024年政府工作报告\n\n过去一年,全区新签约亿元以上产业项目126个。南通创新区加快建设,紫琅科技城累计入驻企业300多家。", "2024-01-20");

        Assert.Equal("崇川区", Single(events).District);
    }
}
