using Metrics.Extraction;
using Metrics.Extraction.Facts;
using Metrics.Facts;
using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// The date and amount a project event takes from the occasion or the one project's story it belongs to,
/// in classes found with probe articles written after real reposts, company pages and fair reports (issue 13).
/// </summary>
public sealed class StoryClassTests
{
    [Theory]
    [InlineData("9月19日下午,2019年启东(上海)产业发展合作恳谈会在上海举行。会上,共签约项目32个,总投资156亿元。", "2019-09-20", "2019-09-19")]
    [InlineData("9月19日下午,2019年启东(上海)产业发展合作恳谈会在上海举行。恳谈会上,共签约项目32个,总投资156亿元。", "2019-09-20", "2019-09-19")]
    [InlineData("6月8日,2023年海门区重大项目集中签约仪式举行。仪式上,18个项目集中签约,总投资86亿元。", "2023-06-09", "2023-06-08")]
    public void ASentenceSetAtTheOccasionTakesItsDayNotTheYearInItsName(string text, string published, string day)
    {
        var signing = Assert.Single(Events(text, published));

        Assert.Equal((day, FactScope.Event), (signing.Date, signing.Scope));
    }

    [Theory]
    [InlineData("总投资120亿元的启帆海洋工程装备项目今年3月签约落户吕四港镇,6月开工建设,12月28日首台设备下线。")]
    [InlineData("启帆海洋工程装备项目总投资120亿元,今年3月签约落户吕四港镇,6月开工建设,12月28日首台设备下线。")]
    public void EveryStepOfOneProjectsChronologyCarriesItsTotal(string text)
    {
        var steps = Events(text, "2022-12-30");

        Assert.Equal(["2022-03", "2022-06", "2022-12-28"], steps.Select(e => e.Date!).Order(StringComparer.Ordinal));
        Assert.All(steps, e => Assert.Equal((1, 12_000_000_000L, false), (e.ProjectCount ?? 1, e.InvestmentYuan ?? 0, e.MemberOfBatch)));
    }

    [Fact]
    public void TwoProjectsStartedInOneSentenceDoNotShareAnAmount()
    {
        var text = "总投资20亿元的华峰新材料项目3月签约落户,6月开工建设,另一个恒力项目7月开工建设。";

        var started = Events(text, "2022-12-30").Where(e => e.Stage == ProjectStage.Started).ToList();

        Assert.DoesNotContain(started, e => e.Date == "2022-07" && e.InvestmentYuan is not null);
    }

    [Fact]
    public void AnOccasionOfUndeterminedTimeIsNotDatedByThePageStampBeforeIt()
    {
        var text = "通州湾示范区在苏州举办招商推介会\n发布时间:2019-06-14 来源:通州湾示范区\n"
            + "近日,通州湾示范区(苏州)招商推介会在苏州举行。苏州地区80余位企业家参加。\n"
            + "推介会上,7个项目签约,总投资43.5亿元。";

        var signing = Assert.Single(Events(text, "2019-06-14"));

        Assert.Null(signing.Date);
    }

    [Fact]
    public void EveryStageOnAPageTellingOneProjectsHistoryCarriesItsTotal()
    {
        var text = "海澜重工吕四港基地建设大事记\n"
            + "2022年3月8日,公司与江苏吕四海洋经济开发区管委会签订投资合作协议,在吕四港镇投资建设海上风电重型装备制造基地项目,项目总投资15亿元。\n"
            + "同年10月,基地一期工程正式开工。\n"
            + "2024年1月,基地一期工程竣工,顺利通过各方联合验收。\n"
            + "2024年8月,公司获评江苏省专精特新中小企业。";

        var stages = Events(text, "2024-12-01");

        Assert.Equal(3, stages.Count);
        Assert.All(stages, e => Assert.Equal(1_500_000_000L, e.InvestmentYuan));
    }

    [Fact]
    public void APageWithAnotherInvestmentSharesNoAmount()
    {
        var text = "今年年初,总投资380亿元的融创文旅城项目成功签约。6月16日,信创产业园港闸分园正式开园,总投资6亿元的长城基地同日投产。";

        var events = Events(text, "2020-06-30");

        Assert.Equal(38_000_000_000L + 600_000_000L, events.Sum(e => e.InvestmentYuan ?? 0));
    }

    [Fact]
    public void AWorkReportsReviewSectionIsOfTheYearItsHeadingNames()
    {
        var text = "政府工作报告\n——2024年1月8日在海安市第十七届人民代表大会第四次会议上\n来源:海安日报 发布时间:2024-01-15\n"
            + "一、2023年工作回顾\n过去的一年,我们全力拼经济、抓项目、促发展。\n"
            + "(一)项目招引实现新突破。赴上海、深圳等地举办专场推介会46场,新签约亿元以上项目188个;新开工亿元以上项目142个。\n"
            + "二、2024年工作安排\n今年,全市新签约亿元以上项目200个。";

        var events = Events(text, "2024-01-15");

        Assert.Equal([("2023", 142), ("2023", 188)], events.Where(e => e.ProjectCount > 100 && e.ProjectCount < 200)
            .Select(e => (e.Date!, e.ProjectCount ?? 0)).Order());
        Assert.DoesNotContain(events, e => e.Date!.StartsWith("2024", StringComparison.Ordinal) && e.ProjectCount is 188 or 142);
    }

    [Theory]
    [InlineData("南通在沪举办推介活动已成常态。去年在沪举办的同类推介会上,全市签约项目35个、总投资263亿元。", FactScope.Event)]
    [InlineData("去年5月,首届启东(上海)经贸合作恳谈会签约项目21个、总投资86亿元。", FactScope.Event)]
    [InlineData("去年,海安市赴上海、深圳等地举办专场推介会46场,新签约亿元以上项目188个。", FactScope.Period)]
    [InlineData("今年以来,启东市通过推介会等活动累计签约项目52个。", FactScope.Period)]
    public void AFairsSigningsToldByTheirYearAreOneOccasion(string text, FactScope scope)
    {
        var signing = Assert.Single(Events(text, "2019-11-09"));

        Assert.Equal(scope, signing.Scope);
    }

    [Theory]
    [InlineData("全市重大项目建设现场推进会在启东召开", "南通市")]
    [InlineData("启东市重大项目建设现场推进会召开", "启东市")]
    public void ACityOccasionHeldInADistrictIsTheCitys(string headline, string district)
    {
        var text = headline + "\n21日,全市重大项目建设现场推进会在启东召开。会前,与会人员观摩了启东经济开发区、吕四港经济开发区的重大项目。"
            + "会议通报,今年1—10月,全市新签约亿元以上产业项目1136个,协议总投资超5000亿元。启东市负责同志作交流发言。";

        var signing = Assert.Single(Events(text, "2025-11-22"));

        Assert.Equal(district, signing.District);
    }

    [Theory]
    [InlineData("12月28日,海安市人民医院新院区正式启用。新院区位于海安高新区,总投资18.6亿元。项目于2018年9月奠基开工,今年8月通过竣工验收。")]
    [InlineData("位于如皋市长江镇的如皋港综合物流园已于12月正式投入运营。该物流园由通港物流集团投资建设,总投资18.6亿元。项目于2018年9月签约,今年8月建成。")]
    public void AHospitalsOrALogisticsParksStoryIsOneProjects(string text)
    {
        var events = Events(text, "2020-12-30");

        Assert.Contains(events, e => e.Date == "2018-09" && e.InvestmentYuan == 1_860_000_000);
        Assert.Contains(events, e => e.Date == "2020-08" && e.InvestmentYuan == 1_860_000_000);
    }

    [Fact]
    public void AMottoInAReviewDirectsNothingAfterIt()
    {
        var text = "7月15日,南通开发区召开2022年半年度工作会议。"
            + "上半年,面对疫情冲击,开发区坚持疫情要防住、经济要稳住、发展要安全,新签约亿元以上项目35个,总投资235亿元;新开工亿元以上项目21个。"
            + "会议要求,下半年要全力以赴抓招商,新开工亿元以上项目10个以上。";

        var events = Events(text, "2022-07-18");

        Assert.Equal([21, 35], events.Select(e => e.ProjectCount ?? 0).Order());
    }

    [Fact]
    public void OnAnUndatedPageTheYearUnderReviewIsTheSectionHeadings()
    {
        var text = "如东县2018年政府工作报告全文\n各位代表:\n一、2017年工作回顾\n"
            + "项目建设量质并举。过去一年,全县新签约亿元以上项目108个;新开工亿元以上项目72个。\n"
            + "二、2018年工作安排\n全年新签约亿元以上项目110个。";

        var events = UndatedPageEvents(text);

        Assert.Equal([("2017", 72), ("2017", 108)], events.Select(e => (e.Date ?? "null", e.ProjectCount ?? 0)).Order());
    }

    [Fact]
    public void AHeadlineOfPlansHeadsNoPlanSection()
    {
        var text = "如皋市委常委会研究部署四季度重点工作\n9月7日上午,如皋市委书记主持召开市委常委会会议。\n"
            + "会议指出,1—8月,全市新开工亿元以上项目83个,计划总投资438亿元。";

        var started = Assert.Single(Events(text, "2020-09-08"));

        Assert.Equal((83, "2020-08"), (started.ProjectCount ?? 0, started.Date));
    }

    [Fact]
    public void OnAnUndatedPageAHeadlinesUnknownQuarterGivesWayToTheStorysDay()
    {
        var text = "海门区一季度重大项目集中开工 28个项目总投资156.8亿元\nZAKER南通 原创\n"
            + "2月18日,海门区2024年一季度重大项目集中开工活动在临江新区举行。本次集中开工项目28个,总投资156.8亿元。";

        var launch = Assert.Single(UndatedPageEvents(text));

        Assert.Equal(("2024-02-18", 28), (launch.Date, launch.ProjectCount ?? 0));
    }

    [Fact]
    public void AnUndatedHeadlinesRoundTotalIsTheStorysLaunch()
    {
        var text = "南通三季度重大产业项目集中开工:126个项目总投资超千亿元\n江海观察\n"
            + "9月28日,南通市2022年三季度重大产业项目集中开工活动在海安主会场举行。本次全市共有126个项目集中开工,总投资1065亿元。";

        var launch = Assert.Single(UndatedPageEvents(text));

        Assert.Equal(("2022-09-28", 126, 106_500_000_000L), (launch.Date, launch.ProjectCount ?? 0, launch.InvestmentYuan ?? 0));
    }

    [Theory]
    [InlineData("11月3日,南通籍企业家在成都投资的西南家纺物流园项目正式开工,计划总投资约30亿元。")]
    [InlineData("日前,由南通籍企业江海家居集团投资建设的安徽滁州家居产业园一期项目竣工投产。该项目总投资12亿元。")]
    public void AProjectOfNantongBornInvestorsElsewhereIsNoNantongFact(string text)
    {
        Assert.Empty(Events(text, "2023-11-20"));
    }

    [Fact]
    public void LastYearsLaunchToldToCompareHasNoMembersHere()
    {
        var text = "昨天上午,南通市2023年一季度重大项目集中开工活动举行。此次集中开工的重大项目共168个,总投资1126.5亿元。"
            + "与去年同期相比,开工项目数量和总投资均实现两位数增长——去年一季度,全市集中开工重大项目152个,总投资1008亿元。\n"
            + "主会场的泽宇新能源高效电池片项目总投资60亿元。\n海门分会场,总投资22亿元的瑞申精密铸件项目开工。";

        var members = Events(text, "2023-02-28").Where(e => e.MemberOfBatch).ToList();

        Assert.Equal(2, members.Count);
        Assert.All(members, m => Assert.Equal("2023-02-27", m.Date));
    }

    [Fact]
    public void APlannedListGoesOnPastItsFirstStage()
    {
        var text = "2月25日,通州湾示范区党工委会议召开。会议明确,今年示范区计划新开工亿元以上项目50个,竣工亿元以上项目20个。";

        Assert.Empty(Events(text, "2024-02-26"));
    }

    [Fact]
    public void AVenuesTotalIsNoNamedMemberOfTheLaunch()
    {
        var text = "3月28日,南通市2025年一季度重大项目集中开工活动举行。此次集中开工项目186个,总投资1320亿元。"
            + "在各分会场,海门区23个项目集中开工,总投资138.2亿元;海门分会场,总投资22亿元的瑞申精密铸件项目开工。";

        var members = Events(text, "2025-03-29").Where(e => e.MemberOfBatch).ToList();

        Assert.Equal([2_200_000_000L], members.Select(m => m.InvestmentYuan ?? 0));
    }

    [Fact]
    public void TheYearComparedWithDatesNothingElseAndATitlesCountIsTheStorys()
    {
        var text = "南通日报 2017年01月13日 第A1版\n去年全市重大项目建设量质齐升\n新开工亿元以上项目452个\n"
            + "本报讯 记者从市发改委获悉,2016年,全市新开工亿元以上项目452个,比2015年的418个增加34个;新竣工亿元以上项目307个;"
            + "新签约亿元以上项目581个,协议总投资3126亿元。";

        var events = Events(text, "2017-01-13");

        Assert.Equal([("2016", 307), ("2016", 452), ("2016", 581)], events.Select(e => (e.Date!, e.ProjectCount ?? 0)).Order());
    }

    [Theory]
    [InlineData("2017-10-16", "海安市")]
    [InlineData("2019-10-16", "如东县")]
    public void OurCountyIsHaianWhileItWasACounty(string published, string district)
    {
        var text = "前三季度我县新开工亿元以上项目63个\n"
            + "本报讯 记者从县发改委获悉,前三季度,我县新开工亿元以上项目63个,总投资418亿元。"
            + "9月29日,县委、县政府召开全县重大项目建设推进会,海安经济技术开发区、城东镇、曲塘镇位列前三。";

        var facts = FactExtractor.Extract(new ArticleInput(text, DateOnly.Parse(published), Publisher: "海安日报"));

        Assert.All(facts, f => Assert.Equal(district, f.District));
    }

    [Fact]
    public void AComparisonInAnEarlierClauseLeavesTheLaterClausesPeriodAlone()
    {
        var text = "一季度全市新签约项目73个\n"
            + "一季度,南通全市新签约10亿元以上产业项目73个,比去年同期多8个,协议总投资1642亿元;"
            + "新开工10亿元以上产业项目58个,总投资1105.6亿元;新竣工10亿元以上产业项目31个。"
            + "与去年同期相比,开工项目数量和总投资均实现两位数增长。";

        var events = Events(text, "2025-04-16");

        Assert.Equal([("2025-Q1", 31), ("2025-Q1", 58), ("2025-Q1", 73)], events.Select(e => (e.Date!, e.ProjectCount ?? 0)).Order());
    }

    [Theory]
    [InlineData("宏锐精密轴承项目今年3月签约落户苏锡通园区。为加快项目落地,园区实行“拿地即开工”审批模式,安排专人全程代办。", 1)]
    [InlineData("深化“一件事一次办”改革,推行重大项目“拿地即开工”,全年海门区新增市场主体1.2万户。", 0)]
    public void AQuotedMottoOfSpeedIsNoEvent(string text, int events)
    {
        Assert.Equal(events, Events(text, "2024-08-17").Count);
    }

    [Fact]
    public void TheNewPlantAStoryIsAboutIsItsProject()
    {
        var text = "1日,南通市通州区中医院新院区正式开诊。当天上午8时,首位患者在新院区完成挂号就诊,各科室运转平稳有序。\n"
            + "新院区位于金新街道,总投资12.8亿元,设置床位1000张。项目于2021年10月开工建设,今年5月通过竣工验收。";

        var events = Events(text, "2024-07-02");

        Assert.Equal(["2021-10", "2024-05"], events.Select(e => e.Date!).Order(StringComparer.Ordinal));
        Assert.All(events, e => Assert.Equal(1_280_000_000L, e.InvestmentYuan));
    }
}
