using Metrics.Extraction.Facts;
using Metrics.Extraction;
using Metrics.Facts;
using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>How single projects, batches, their parts and their figures are told apart across sentences.</summary>
public sealed class BatchAndMemberTests
{
    [Fact]
    public void ALaunchTakesItsCountAndTotalFromThePlanInTheNextSentence()
    {
        var launch = Assert.Single(Events(
            "昨日,启东市举行一季度重大项目集中开工暨昭晟大直径无缝旋压阴极辊项目奠基活动。启东一季度计划新开工亿元以上重大产业项目36个,计划总投资318亿元,涵盖海工装备等领域。",
            "2023-02-12"), e => !e.MemberOfBatch);

        Assert.Equal(("启东市", "2023-02-11", 36, 31_800_000_000L), (launch.District, launch.Date, launch.ProjectCount, launch.InvestmentYuan));
    }

    [Fact]
    public void TheProjectABatchCeremonyIsNamedAfterIsAMemberWithNoFiguresOfItsOwn()
    {
        var events = Events("昨日,通州区也举行一季度集中开工暨康源电路开工仪式。此次集中开工产业项目共16个,总投资达83.2亿元。", "2023-02-12");

        var member = Assert.Single(events, e => e.MemberOfBatch);
        Assert.Equal(("通州区", "2023-02-11", ProjectStage.Started, (int?)null, (long?)null), (member.District, member.Date, member.Stage, member.ProjectCount, member.InvestmentYuan));
        Assert.Contains(events, e => e is { MemberOfBatch: false, ProjectCount: 16, InvestmentYuan: 8_320_000_000L });
    }

    [Fact]
    public void ACeremonyMemberReportedWithItsAmountIsOneMember()
    {
        var events = Events(
            "2月11日,通州区举行一季度项目集中开工暨康源电路开工仪式。此次集中开工的产业项目共16个,总投资达83.2亿元。当天开工的康源电路项目由东莞康源电子有限公司投资建设,项目计划总投资50亿元。",
            "2023-02-13");

        var member = Assert.Single(events, e => e.MemberOfBatch);
        Assert.Equal((1, 5_000_000_000L), (member.ProjectCount, member.InvestmentYuan));
    }

    [Fact]
    public void AStageAnUnknownTimeAfterTheLastDateIsNotDatedByIt()
    {
        var events = Events("2021年底,吕四起步港区2个10万吨级通用码头开港,时隔不到一年,吕四起步港区2个10万吨级集装箱码头正式启用。", "2023-12-26");

        var opening = Assert.Single(events);
        Assert.Equal("2021-12", opening.Date);
    }

    [Fact]
    public void AHeadlineAndItsStoryGiveTheStorysSentenceAsEvidence()
    {
        const string text = "## 全区一季度项目集中开工\n\n12个新开工项目计划总投资45.6亿元\n\n本报讯 3月8日,如皋市举行一季度项目集中开工仪式。此次集中开工的产业项目共12个,总投资达45.6亿元。";
        var launch = Assert.Single(Events(text, "2023-03-09"));

        Assert.Equal((12, 4_560_000_000L), (launch.ProjectCount, launch.InvestmentYuan));
        Assert.StartsWith("此次集中开工的产业项目共12个,总投资达45.6亿元", launch.Evidence, StringComparison.Ordinal);
        Assert.Equal(launch.Evidence, text.Substring(launch.EvidenceStart, launch.EvidenceLength));
    }

    [Fact]
    public void AnAmountIntroducedWithItsProjectBeforeTheEventIsTheEventsAmount()
    {
        var start = Assert.Single(Events(
            "启东海上风电项目总投资147亿元,主要包括华威风电项目和华尔锐风电项目。目前,集控中心土建工程已封顶。海上工程6月1日开工建设。一批重大项目相继落户吕四港,目前华峰超纤总投资300亿元。",
            "2020-12-11"));

        Assert.Equal(("2020-06-01", 14_700_000_000L), (start.Date, start.InvestmentYuan));
        // One name over two projects: how many projects started is not said.
        Assert.Null(start.ProjectCount);
    }

    [Fact]
    public void 该项目总投资RefersBackPastTheGuestList()
    {
        var start = Assert.Single(Events(
            "5日上午,启东惠生海工装备基地项目开工建设。市委书记吴新明宣布开工。市委副书记、市长张彤等参加活动。该项目总投资90亿元,其中一期投资约60亿元。",
            "2025-02-06"));

        Assert.Equal(("2025-02-05", 9_000_000_000L), (start.Date, start.InvestmentYuan));
    }

    [Fact]
    public void ANamedProjectAfterAPeriodSummaryIsAnEventOfItsOwn()
    {
        var events = Events("今年新签约亿元以上项目100个,其中10亿元以上大项目25个。通州深耕产业链招商成效显著,总投资50亿元的恒科四期项目成功签约。", "2020-12-24");

        Assert.True(events.Count == 2, string.Join("\n", events));
        var single = Assert.Single(events, e => e.ProjectCount != 100);
        Assert.Equal((false, FactScope.Event, 5_000_000_000L), (single.MemberOfBatch, single.Scope, single.InvestmentYuan));
    }

    [Fact]
    public void AnAmountAfterTheNextSentencesPlanIsTheSingleProjectsNotThePeriods()
    {
        var events = Events(
            "过去一年,通州区全年新签约并注册5亿元以上项目61个,28个重大项目开工建设。2月9日上午,制局半导体先进封装模组制造项目开工仪式在南通高新区举行。项目总投资10.5亿元。",
            "2025-02-10");

        var single = Assert.Single(events, e => e.Date == "2025-02-09");
        Assert.Equal((false, 1_050_000_000L), (single.MemberOfBatch, single.InvestmentYuan));
        Assert.Contains(events, e => e is { Date: "2024", Scope: FactScope.Period, ProjectCount: 61 });
        Assert.Contains(events, e => e is { Date: "2024", Scope: FactScope.Period, ProjectCount: 28 });
    }

    [Fact]
    public void APartOfALaunchRestatedLaterIsNoSecondLaunch()
    {
        var events = Events(
            "18日,通州湾示范区一季度27个项目集中开工,项目总投资额达122亿元。此次共有11个绿色纺织类项目参与集中开工。其中,顾艺高端家纺面料项目总投资1.6亿美元。",
            "2021-03-19");

        Assert.DoesNotContain(events, e => e.ProjectCount == 11);
        Assert.Contains(events, e => e is { MemberOfBatch: true, InvestmentOriginal: "1.6亿美元" });
    }

    [Fact]
    public void TheRestOfAMonthsTotalIsNoLaunch()
    {
        var events = Events(
            "12月30日,通州湾示范区组织开展项目集中开工活动。据悉,12月示范区共有开工项目19个,计划总投资59.92亿元,本次集中开工的项目共5个。此外,另有14个项目自行开工,其中,新动力新型建材是示范区重点项目,总投资约20亿元。",
            "2020-12-31");

        Assert.DoesNotContain(events, e => e.ProjectCount == 14);
        Assert.Contains(events, e => e is { ProjectCount: 5, InvestmentYuan: null });
        Assert.Contains(events, e => e is { MemberOfBatch: true, InvestmentYuan: 2_000_000_000L });
    }

    [Fact]
    public void NamedProjectsListedBeforeTheTotalsAreMembersOfThem()
    {
        var events = Events(
            "今年上半年,投资480亿元的新加坡金鹰集团(如皋)产业园获省委主要领导见签,投资100亿元的张家港广大特材产业园成功落户并顺利开工,累计签约10亿元以上重大项目16个,新开工10亿元以上重特大项目5个。",
            "2020-09-20");

        Assert.Equal(4, events.Count);
        Assert.Contains(events, e => e is { Stage: ProjectStage.Signed, MemberOfBatch: true, Scope: FactScope.Period, InvestmentYuan: 48_000_000_000L });
        Assert.Contains(events, e => e is { Stage: ProjectStage.Started, MemberOfBatch: true, Scope: FactScope.Period, InvestmentYuan: 10_000_000_000L });
        Assert.Contains(events, e => e is { Stage: ProjectStage.Signed, MemberOfBatch: false, ProjectCount: 16, Date: "2020-Q2" });
        Assert.Contains(events, e => e is { Stage: ProjectStage.Started, MemberOfBatch: false, ProjectCount: 5, Date: "2020-Q2" });
    }

    [Theory]
    [InlineData("金光项目一期今年底可实现投产。桐昆聚酯一体化项目一期,聚纺项目已有4套装置投产。")]
    [InlineData("下半年,宏茂海上风电高端装备研发制造一期项目建成投产。")]
    public void ADateNotReachedAtPublicationDatesNoEvent(string text)
    {
        Assert.DoesNotContain(Events(text, "2022-09-13"), e => e.Date is "2022-12" or "2022-Q4");
    }

    [Fact]
    public void TheSameSpanIdiomNamesProjectsAtTwoStagesCountedOnce()
    {
        var events = Events(
            "2023年以来,园区全年新签约项目96个。园区千方百计扩内需,南通中心枫叶小镇奥特莱斯实现当年签约、当年开工;蝶恋桥语花海、不觉晓国际营地做到当天签约、当天开工,也将当年开业。",
            "2024-01-11");

        var pairs = events.Where(e => e.ProjectCount is null).ToList();
        Assert.Equal(4, pairs.Count);
        Assert.All(pairs, e => Assert.Equal(("2023", FactScope.Event), (e.Date, e.Scope)));
        Assert.Equal(2, pairs.Count(e => e is { Stage: ProjectStage.Signed, MemberOfBatch: true }));
        Assert.Equal(2, pairs.Count(e => e is { Stage: ProjectStage.Started, MemberOfBatch: false }));
    }

    [Theory]
    [InlineData("9月1日,桐昆聚酯一体化项目一期,聚纺项目已有4套装置投产。")]
    [InlineData("9月1日,金光项目一期3条生产线相继投产。")]
    [InlineData("9月1日,为保障这个重大产业项目顺利投产,开发区投资32亿元,高效率配套建成35个基础设施工程。")]
    public void PlantUnitsAndSupportingWorksAreNoProjectEvents(string text)
    {
        Assert.Empty(Events(text, "2022-09-13"));
    }

    [Fact]
    public void AHalfYearHeadingAnotherParagraphDatesNothingAfterIt()
    {
        var events = Events(
            "如东激活跨越赶超强引擎\n中秋假期,如东六大园区项目工地建设不停工。广大建设者坚守一线。\n上半年,如东实现地区生产总值650.1亿元。\n走进项目工地,技术人员埋头安装设备。宏达新材料项目建成投产。",
            "2022-09-13");

        Assert.DoesNotContain(events, e => e.Date == "2022-Q2");
    }

    [Fact]
    public void ABreakdownEndsAtTheSemicolonBeforeTheNextClass()
    {
        var events = Events(
            "“十四五”期间,海安累计招引5亿元以上重大内资项目197个,其中10亿元以上项目35个;招引3000万美元以上重大外资项目52个,其中1亿美元以上项目8个。",
            "2025-12-20");

        Assert.Equal([52, 197], events.Select(e => e.ProjectCount ?? 0).Order());
    }

    [Fact]
    public void EventsListedBeforeAnEllipsisAreNotDatedByTheNextSentence()
    {
        Assert.Empty(Events("江苏雄鼎科技有限公司轨道交通配件生产项目开工建设,南通兴安源变压器智造项目开工……今年以来,海安经济稳中有进。", "2025-12-20"));
    }

    [Fact]
    public void TakingOverRelocatedProjectsIsSigningAndTheirShareIsNoEvent()
    {
        var summary = Assert.Single(Events("自2011年以来,启东累计承接来自上海的亿元以上产业转移项目563个,占启东全市落户产业项目的65%。", "2022-12-20"));

        Assert.Equal((ProjectStage.Signed, FactScope.Period, 563), (summary.Stage, summary.Scope, summary.ProjectCount));
    }

    [Fact]
    public void AnUndatedPageTakesNoYearFromADocumentTitle()
    {
        var text = "今年10月26日,启东吕四起步港区集装箱码头开港。《启东深入对接浦东三年行动计划》《2022年启东对接上海工作实施方案》……启东久久为功。";

        var opening = Assert.Single(FactExtractor.Extract(new ArticleInput(text, null, null)).OfType<ProjectEventFact>());

        // GOLD_SCHEMA: a plan period elsewhere in the text never dates an undated event.
        Assert.Equal((ProjectStage.Opened, null), (opening.Stage, opening.Date));
    }

    [Fact]
    public void ACountRightAfterItsStageWordCountsProjects()
    {
        var events = Events("2022年,南通市项目建设取得新突破。全市新开工5亿元以上项目195个,新竣工5亿元以上项目79个,转化达产75个。", "2023-01-31");

        Assert.Contains(events, e => e is { Stage: ProjectStage.Production, ProjectCount: 75, Date: "2022" });
    }

    [Fact]
    public void ARateOfProjectsIsNoEvent()
    {
        var events = Events("上半年,海门全区新开工重特大工业项目19个;认定达产项目13个,达产项目平均产出率348.7%,列全市第一;认定专精特新项目9个,列全市第三。", "2023-07-20");

        Assert.Equal([13, 19], events.Select(e => e.ProjectCount ?? 0).Order());
    }

    [Theory]
    [InlineData("3月24日,如东县举行重大项目集中签约,共签约内资项目12个,总投资60亿元;外资项目4个,总投资2.3亿美元。")]
    [InlineData("3月24日,如东县举行重大项目集中签约,现场签约内资项目12个、总投资60亿元,外资项目4个、总投资2.3亿美元。")]
    [InlineData("3月24日,如东县举行重大项目集中签约,共签约项目16个,其中内资项目12个,总投资60亿元;外资项目4个,总投资2.3亿美元。")]
    [InlineData("3月24日,如东县举行重大项目集中签约,共签约12个内资项目,协议总投资60亿元;4个外资项目,协议总投资2.3亿美元。")]
    public void ASigningInAYuanRowAndAForeignRowIsOneFactPerCurrency(string sentence)
    {
        var events = Events(sentence, "2023-03-25");

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(("如东县", "2023-03-24", ProjectStage.Signed, false), (e.District, e.Date, e.Stage, e.MemberOfBatch)));
        Assert.Contains(events, e => e is { ProjectCount: 12, InvestmentYuan: 6_000_000_000L, InvestmentOriginal: null });
        Assert.Contains(events, e => e is { ProjectCount: 4, InvestmentYuan: null, InvestmentOriginal: "2.3亿美元" });
    }

    [Fact]
    public void AForeignPartAfter其中IsABreakdownOfTheTotal()
    {
        var signing = Assert.Single(Events("3月24日,如东县举行重大项目集中签约,共签约项目16个,总投资75亿元,其中外资项目4个,总投资2.3亿美元。", "2023-03-25"));

        Assert.Equal((16, 7_500_000_000L), (signing.ProjectCount, signing.InvestmentYuan));
    }

    [Fact]
    public void AnAmountToldAgainWithTheStageWordAndNoNameIsTheBatchsTotal()
    {
        var signing = Assert.Single(Events("5月9日,海安市举行重大项目签约仪式,共签约项目12个,新签约项目投资总额145亿元。", "2023-05-10"));

        Assert.Equal((12, 14_500_000_000L, false), (signing.ProjectCount, signing.InvestmentYuan, signing.MemberOfBatch));
    }

    [Fact]
    public void InAListOfStagesEachCountIsItsOwnStages()
    {
        var events = Events("过去的一年,如皋市新签约亿元以上项目160个、新开工亿元以上项目135个。", "2023-02-01");

        Assert.Equal(
            [(ProjectStage.Signed, 160), (ProjectStage.Started, 135)],
            events.Select(e => (e.Stage, e.ProjectCount ?? 0)).OrderBy(e => e.Stage));
    }

    [Fact]
    public void ABreakdownByPlaceRunsOnPastItsSemicolons()
    {
        var launch = Assert.Single(Events(
            "5月29日,全市二季度重大产业项目集中开工活动举行,主会场设在海门区。全市共集中开工项目146个,总投资1086亿元。其中,海安市开工项目25个,总投资150亿元;如皋市开工项目20个,总投资120亿元;海门区开工项目18个,总投资135亿元。",
            "2024-05-30"));

        Assert.Equal(("南通市", 146, 108_600_000_000L), (launch.District, launch.ProjectCount, launch.InvestmentYuan));
    }

    [Fact]
    public void ARowAfterABreakdownThatIsNoPlaceStartsAFactOfItsOwn()
    {
        var events = Events("“十四五”期间,海安累计招引5亿元以上重大内资项目197个,其中10亿元以上项目35个;招引3000万美元以上重大外资项目52个,其中1亿美元以上项目8个。", "2025-12-01");

        Assert.Equal([52, 197], events.Select(e => e.ProjectCount ?? 0).Order());
    }

    [Theory]
    [InlineData("4月18日,海门区一批重大项目集中开工,共12个,总投资56亿元。", ProjectStage.Started)]
    [InlineData("4月18日,海门区举行重大项目集中签约,共计12个,总投资56亿元。", ProjectStage.Signed)]
    public void ATotalOpeningTheClauseAfterTheStageCountsItsProjects(string sentence, ProjectStage stage)
    {
        var launch = Assert.Single(Events(sentence, "2023-04-19"));

        Assert.Equal((stage, 12, 5_600_000_000L), (launch.Stage, launch.ProjectCount, launch.InvestmentYuan));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("")]
    public void AnAmountInASentenceThatTellsAStageOfItsOwnIsNotTheProjectReportedBefore(string between)
    {
        var text = "启东海上风电项目加快建设\n海上工程6月1日开工建设,目前已完成22根桩的沉桩施工。" + between
            + "两个风电项目全部建成后预计年销售收入20.4亿元。" + between + "一批重大项目相继落户吕四港,目前华峰超纤总投资300亿元。";

        var started = Assert.Single(Events(text, "2020-12-11"));

        Assert.Equal((ProjectStage.Started, null), (started.Stage, started.InvestmentYuan));
    }

    [Fact]
    public void AnAmountInTheSentenceAfterStillCompletesTheProjectJustReported()
    {
        var started = Assert.Single(Events("6月1日,启东市华威海上风电项目开工建设。据了解,项目计划总投资147亿元,建成投产后年发电量超20亿千瓦时。", "2020-06-02"));

        Assert.Equal(14_700_000_000L, started.InvestmentYuan);
    }
}
