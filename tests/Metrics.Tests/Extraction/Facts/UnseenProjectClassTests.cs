using Metrics.Extraction;
using Metrics.Extraction.Facts;
using Metrics.Facts;
using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// Project-event classes found with probe articles written in the style of district news (issue 13),
/// not copied from the dev corpus.
/// </summary>
public sealed class UnseenProjectClassTests
{
    [Theory]
    [InlineData("12月26日,南通经济技术开发区举行重大项目集中签约活动,签约项目12个,其中外资项目4个、总投资3.2亿美元,内资项目8个、总投资95亿元。")]
    [InlineData("12月26日,南通经济技术开发区举行重大项目集中签约活动,签约项目12个,其中内资项目8个、总投资95亿元,外资项目4个、总投资3.2亿美元。")]
    public void ASigningToldByCurrencyRowsAfterAnEarlierStageWordIsOneFactPerRow(string text)
    {
        var events = Events(text, "2023-12-27");

        Assert.Equal([4, 8], events.Select(e => e.ProjectCount ?? 0).Order());
        Assert.Equal(9_500_000_000, events.Sum(e => e.InvestmentYuan ?? 0));
        Assert.Contains(events, e => e.InvestmentOriginal == "3.2亿美元");
    }

    [Theory]
    [InlineData("昨日上午,总投资20亿元的中天科技光电产业园项目和总投资6亿元的通富微电配套项目在通州高新区举行奠基仪式。")]
    [InlineData("3月1日,通州区举行签约活动,总投资20亿元的中天科技光电项目、总投资6亿元的通富微电配套项目成功签约。")]
    public void NamedProjectsListedWithTheirOwnAmountsAreOneEventOfThatManyProjects(string text)
    {
        var single = Assert.Single(Events(text, "2023-03-02"));

        Assert.Equal((2, 2_600_000_000L), (single.ProjectCount, single.InvestmentYuan));
    }

    [Fact]
    public void NamedProjectsListedInsideACountedBatchStayItsMembers()
    {
        var events = Events("3月1日,总投资20亿元的中天科技光电项目、总投资6亿元的通富微电配套项目等16个项目在崇川区集中开工。", "2023-03-02");

        Assert.Single(events, e => !e.MemberOfBatch && e.ProjectCount == 16);
        Assert.Equal(2, events.Count(e => e.MemberOfBatch && e.ProjectCount == 1));
    }

    [Theory]
    [InlineData("如皋市开发区一季度项目签约活动")]
    [InlineData("海安市2024年春季项目集中签约")]
    [InlineData("通州高新区重点项目开工仪式")]
    public void APlaceOrAPeriodBeforeAProjectWordNamesNoProject(string headline)
    {
        Assert.DoesNotContain(Events(headline, "2024-04-03"), e => e.ProjectCount == 1);
    }

    [Theory]
    [InlineData("截至6月10日,崇川区今年累计签约亿元以上项目30个。", 30)]
    [InlineData("6月10日,崇川区召开重点项目推进会。会上通报,全区58个市级重点项目已开工52个。", 52)]
    [InlineData("6月10日,崇川区召开重点项目推进会,会议指出,今年以来全区已签约亿元以上项目36个,总投资达280亿元。", 36)]
    [InlineData("6月10日,崇川区召开重点项目推进会。据统计,全区已有41个项目竣工投产。", 41)]
    public void ACountReachedByADayIsAPeriodSummaryNotThatDaysEvent(string text, int count)
    {
        var summary = Assert.Single(Events(text, "2023-06-11"));

        Assert.Equal((count, FactScope.Period), (summary.ProjectCount, summary.Scope));
    }

    [Theory]
    [InlineData("6月10日,崇川区又有5个项目集中开工,总投资32亿元。")]
    [InlineData("今天(6月8日),在启东举行的国际经贸洽谈会上,启东累计签约项目30多个,总投资超120亿元。")]
    public void ADaysOwnOccasionStaysAnEvent(string text)
    {
        Assert.All(Events(text, "2023-06-11"), e => Assert.Equal(FactScope.Event, e.Scope));
    }

    [Fact]
    public void ListedProjectsAllStartedNameNoProject()
    {
        Assert.Empty(Events("6月10日,记者从崇川区发改委获悉,今年全区列省重大项目已全部开工。", "2023-06-11"));
    }

    [Fact]
    public void ACountBeforeAProjectWordNamesNoProject()
    {
        var events = Events("海门区今年一季度签约的15个项目中,已有8个项目开工建设。", "2025-04-15");

        Assert.DoesNotContain(events, e => e.ProjectCount == 1);
    }

    [Theory]
    [InlineData("昨天下午,苏锡通园区举行产业项目签约活动,汉可热丝CVD设备项目、帝翔塑机科技挤塑设备项目、圣丰电池连接片与模组研发及生产基地项目签约落户。", 3)]
    [InlineData("而此前的9日,南通数字文化创新发展投资基金项目、上象星作娱乐南通基地项目也落户南通开发区。", 2)]
    [InlineData("3月5日,海门区举行签约活动,中天光电项目和通富微电项目正式签约。", 2)]
    public void NamedProjectsListedBeforeTheStageWordAreCountedOneEach(string text, int count)
    {
        var signing = Assert.Single(Events(text, "2024-05-10"));

        Assert.Equal(count, signing.ProjectCount);
    }

    [Fact]
    public void ClassesOfProjectsListedBeforeTheStageWordNameNone()
    {
        Assert.DoesNotContain(Events("3月5日,海门区重点产业项目、民生项目顺利开工。", "2024-03-06"), e => e.ProjectCount is 1 or 2);
    }

    [Theory]
    [InlineData("记者昨天从崇川区商务局获悉,一季度,崇川区新签约亿元以上项目41个,总投资超200亿元。", 41, "2025-Q1")]
    [InlineData("昨天,记者从如东县发改委了解到,今年前5个月,如东县新开工亿元以上项目26个。", 26, "2025-05")]
    public void TheDayAReporterLearnedASummaryDoesNotDateIt(string text, int count, string date)
    {
        var summary = Assert.Single(Events(text, "2025-04-08"), e => e.ProjectCount == count);

        Assert.Equal((date, FactScope.Period), (summary.Date, summary.Scope));
    }

    [Fact]
    public void AHeadlineAmountWithoutCountOrNameRestatesTheSummary()
    {
        var events = Events("崇川区一季度签约项目总投资超200亿元\n一季度,崇川区新签约亿元以上项目41个,总投资超200亿元。", "2025-04-08");

        Assert.Equal(41, Assert.Single(events).ProjectCount);
    }

    [Theory]
    [InlineData("开年以来,海门区新签约亿元以上项目18个,总投资136亿元。")]
    [InlineData("开春以来,海门区新签约亿元以上项目18个,总投资136亿元。")]
    public void SinceTheYearsStartIsASummaryUpToPublication(string text)
    {
        var summary = Assert.Single(Events(text, "2025-02-20"));

        Assert.Equal(("2025-02", FactScope.Period, 18), (summary.Date, summary.Scope, summary.ProjectCount));
    }

    [Fact]
    public void CitiesListedAsSpeakersAreNotTheActorOfALaterCitywideFigure()
    {
        var events = Events("南通市召开全市高质量发展推进会\n2月5日,全市高质量发展推进会召开。会上,海安市、如皋市、海门区作交流发言。市委书记在讲话中指出,去年全市新开工亿元以上项目600多个。", "2024-02-06");

        Assert.Equal("南通市", Assert.Single(events).District);
    }

    [Theory]
    [InlineData("5月4日,启东市政府召开常务会议,听取了关于一季度全市新签约项目情况的汇报:一季度新签约亿元以上项目32个。")]
    [InlineData("5月4日,启东市政府召开常务会议,审议了关于重大项目开工建设情况的报告。")]
    public void AReportAboutProjectsNamesNoProject(string text)
    {
        Assert.DoesNotContain(Events(text, "2023-05-05"), e => e.ProjectCount == 1);
    }

    [Theory]
    [InlineData("一季度,通州区新签约项目23个,新开工项目16个,竣工项目8个,总投资分别为120亿元、80亿元和35亿元。", 3_500_000_000L)]
    [InlineData("一季度,通州区新签约项目23个、新开工项目16个,总投资分别达120亿元、80亿元。", null)]
    public void AmountsAfter分别GoToTheFactsBeforeThemInOrder(string text, long? completed)
    {
        var byStage = Events(text, "2023-04-13").ToDictionary(e => e.Stage, e => e.InvestmentYuan);

        Assert.Equal(12_000_000_000L, byStage[ProjectStage.Signed]);
        Assert.Equal(8_000_000_000L, byStage[ProjectStage.Started]);
        Assert.Equal(completed, byStage.GetValueOrDefault(ProjectStage.Completed));
    }

    [Fact]
    public void AmountsAfter分别ThatDoNotPairUpGoToNoFact()
    {
        var events = Events("一季度,通州区新签约项目23个,新开工项目16个,竣工项目8个,总投资分别为120亿元、80亿元。", "2023-04-13");

        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Null(e.InvestmentYuan));
    }

    [Theory]
    [InlineData("最近,又有5个项目落户海门港新区。")]
    [InlineData("最近，又有5个项目落户海门港新区。")]
    public void 最近IsARecentDateThatLeavesTheEventUndated(string text)
    {
        var recent = Assert.Single(Events(text, "2025-03-27"));

        Assert.Equal(("海门区", (string?)null, 5), (recent.District, recent.Date, recent.ProjectCount));
    }

    [Fact]
    public void 最近AsNearestIsNoDate()
    {
        Assert.Empty(Events("离港区最近的5个项目落户海门港新区。", "2025-03-27"));
    }

    [Fact]
    public void TwoClassesOfProjectsJoinedBy和AfterTheStageWordAreTwoFacts()
    {
        var events = Events("4月26日,南通市在上海举办推介会,现场签约21个产业投资项目和18个科技合作项目,产业投资项目总投资达730亿元。", "2018-04-27");

        Assert.Equal([18, 21], events.Select(e => e.ProjectCount ?? 0).Order());
        Assert.Equal(73_000_000_000L, Assert.Single(events, e => e.ProjectCount == 21).InvestmentYuan);
    }

    [Fact]
    public void ACountThenAClassOfNoProjectsJoinedBy和IsNoSecondFact()
    {
        var events = Events("4月26日,南通市现场签约21个产业投资项目和18家企业。", "2018-04-27");

        Assert.Equal(21, Assert.Single(events).ProjectCount);
    }

    [Fact]
    public void ANamedProjectsChronologyIsOneEventPerDatedStage()
    {
        var events = Events("海门区某某光伏项目,6月15日签约,8月15日开工建设,12月28日产品下线。", "2024-01-20");

        Assert.Equal(
            [(ProjectStage.Signed, "2023-06-15"), (ProjectStage.Started, "2023-08-15"), (ProjectStage.Production, "2023-12-28")],
            events.Select(e => (e.Stage, e.Date)).OrderBy(e => e.Date));
    }

    [Fact]
    public void DatedStagesWithNoProjectNamedBeforeThemAreNoChronology()
    {
        Assert.Empty(Events("海门区召开会议,6月15日签约,8月15日开工建设。", "2024-01-20"));
    }

    [Theory]
    [InlineData("海门区召开会议。6月15日,上海电气太阳能电池组件项目正式开工。")]
    [InlineData("海门区消息。北京某某科技集团新材料项目6月15日正式开工。")]
    public void APlaceOutsideNantongThatOpensACompanysNameIsNoActor(string text)
    {
        Assert.Equal("海门区", Assert.Single(Events(text, "2024-01-20")).District);
    }

    [Fact]
    public void APlaceOutsideNantongThatActsStillTakesTheFact()
    {
        Assert.Empty(Events("海门区消息。6月15日,上海举行某某新材料项目签约仪式。", "2024-01-20"));
    }

    [Theory]
    [InlineData("海门某某光伏项目是开发区今年新签约的重特大项目,6月15日签约。")]
    [InlineData("这是海门区今年签约的首个百亿级项目,6月15日签约。")]
    public void WhatAProjectIsDescribedAsIsNoEvent(string text)
    {
        Assert.Equal("2023-06-15", Assert.Single(Events(text, "2024-01-20")).Date);
    }

    [Fact]
    public void ABare工程OpeningTheNextSentenceIsTheNamedWorksOfTheOneBefore()
    {
        var started = Assert.Single(Events("吕四港区“2+2”码头工程位于吕四作业区西港池南侧,总投资估算46亿元。工程于2020年6月29日正式开工,计划2021年底建成。", "2020-07-22"));

        Assert.Equal(("启东市", "2020-06-29", ProjectStage.Started), (started.District, started.Date, started.Stage));
    }

    [Fact]
    public void 工程AsANounOfItsOwnIsNoAnaphor()
    {
        Assert.Empty(Events("吕四港区“2+2”码头工程位于吕四作业区西港池南侧。工程师们于2020年6月29日开工前进行了检查。", "2020-07-22"));
    }

    [Fact]
    public void AnAnaphorsAmountMayStandInASentenceBetweenItAndTheNamingOne()
    {
        var started = Assert.Single(Events(
            "在南通高新区,某某新材料项目正在加紧建设。据悉,该项目是今年南通高新区的又一重大项目,占地7.43万平方米,总投资11.7亿元。项目今年3月开工,整体达产后预计年产值超40亿元。",
            "2019-05-15"));

        Assert.Equal(("2019-03", 1_170_000_000L), (started.Date, started.InvestmentYuan));
    }

    [Fact]
    public void ProjectsSignedOnTheSpotDuringAnEventAreThatEventsSigning()
    {
        var signed = Assert.Single(Events(
            "10月28日,2020如皋经济洽谈会正式拉开帷幕。今年“一会两节”期间,46个项目现场签订投资协议,总投资395亿元。", "2020-10-29"));

        Assert.Equal((FactScope.Event, 46, 39_500_000_000L), (signed.Scope, signed.ProjectCount, signed.InvestmentYuan));
    }

    [Theory]
    [InlineData("3月5日,海门区恒力新材料项目正式落地,项目总投资25亿元。", 1)]
    [InlineData("3月5日,海门区召开会议,要求推动项目早日落地。", 0)]
    [InlineData("3月5日,海门区开展重大项目“落地提速”攻坚战。", 0)]
    [InlineData("3月5日,伴随如皋生产基地的落地,斯堪尼亚在如皋设立了研发中心。", 0)]
    public void LandingIsASigningOnlyAsTheProjectsOwnVerb(string text, int signings)
    {
        Assert.Equal(signings, Events(text, "2023-03-06").Count(e => e.Stage == ProjectStage.Signed));
    }

    [Fact]
    public void AStageReachedADurationAfterAnotherIsNotAnEventOfThatOthersDate()
    {
        var events = Events("3月5日,总投资25亿元的海门区恒力新材料项目竣工投产。该项目于去年10月开工建设,仅用5个月就建成投产。", "2023-03-06");

        Assert.Equal(["2022-10 Started", "2023-03-05 Production"], events.Select(e => $"{e.Date} {e.Stage}").Order());
    }

    [Fact]
    public void ABaseBuiltOverYearsThatOpensOnADayIsThatDaysEvent()
    {
        var opened = Assert.Single(Events("10月15日,某车企在如皋历时三年建成的生产基地正式开业。", "2022-10-16"));

        Assert.Equal(("2022-10-15", ProjectStage.Opened), (opened.Date, opened.Stage));
    }

    [Theory]
    [InlineData("3月5日,海门区恒力新材料项目正式签约,项目总投资25亿元,当天即开工建设。")]
    [InlineData("3月5日,总投资25亿元的海门区恒力新材料项目签约即开工。")]
    public void AProjectSignedAndStartedTheSameDayCountsOnceAtItsLaterStage(string text)
    {
        var events = Events(text, "2023-03-06");

        Assert.Equal(
            ["Signed 2023-03-05 member", "Started 2023-03-05 counted"],
            events.Select(e => $"{e.Stage} {e.Date} {(e.MemberOfBatch ? "member" : "counted")}").Order());
        Assert.Equal(2_500_000_000, events.Where(e => !e.MemberOfBatch).Sum(e => e.InvestmentYuan));
    }

    [Fact]
    public void AStageLaterInTheSentenceWithoutASameDayWordIsNoSecondEvent()
    {
        var events = Events("3月5日,海门区恒力新材料项目正式签约,项目总投资25亿元,计划年内开工建设。", "2023-03-06");

        Assert.Equal(ProjectStage.Signed, Assert.Single(events).Stage);
    }

    [Theory]
    [InlineData("今年以来,海门区坚持项目为王,一季度集中开工项目15个,总投资108亿元。", "2024-Q1")]
    [InlineData("3月28日,海门区一季度重大项目集中开工仪式举行,集中开工项目15个,总投资108亿元。", "2024-03-28")]
    public void AQuarterCountingABatchDatesItAndAQuarterNamingAnOccasionDoesNot(string text, string date)
    {
        Assert.Equal(date, Assert.Single(Events(text, "2024-06-20")).Date);
    }

    [Theory]
    [InlineData("过去五年,崇川区累计签约亿元以上项目520个。", "2023-01-10", "2022")]
    [InlineData("五年来,崇川区累计签约亿元以上项目520个。", "2023-05-10", "2023-05")]
    [InlineData("一年来,海安市新开工亿元以上项目112个。", "2023-12-28", "2023-12")]
    public void ASummaryOverYearsUpToNowIsDatedByItsEnd(string text, string published, string date)
    {
        var summary = Assert.Single(Events(text, published));

        Assert.Equal((date, FactScope.Period), (summary.Date, summary.Scope));
    }

    [Theory]
    [InlineData("今年以来,启东市新签约亿元以上项目累计达42个。")]
    [InlineData("今年以来,启东市新签约亿元以上项目数量达到42个。")]
    [InlineData("今年以来,启东市新签约的亿元以上项目已有42个。")]
    [InlineData("今年以来,启东市新签约亿元以上项目总数达42个,总投资312亿元。")]
    public void LeadInsStackedBetweenTheProjectWordAndItsCountKeepTheCount(string text)
    {
        var summary = Assert.Single(Events(text, "2023-05-10"));

        Assert.Equal((42, FactScope.Period), (summary.ProjectCount, summary.Scope));
    }

    [Theory]
    [InlineData("3月5日,海安市举行重大项目签约仪式。此次签约项目涵盖新能源、新材料等领域,总投资86亿元。")]
    [InlineData("3月5日,海安市在上海举行投资说明会,多个重大项目现场签约,协议总投资86亿元。")]
    public void SeveralProjectsOfUntoldNumberAreNoSingleProject(string text)
    {
        var signing = Assert.Single(Events(text, "2023-03-06"));

        Assert.Equal((null, 8_600_000_000L), (signing.ProjectCount, signing.InvestmentYuan));
    }

    [Fact]
    public void ASingleProjectStaysOneWhenItsSentenceCountsSomethingElseLater()
    {
        var signing = Assert.Single(Events("6月11日,某生物医药公司投资5亿元的莱古比星生产基地项目签约落户启东经济开发区,该药已在多个国家获批上市。", "2025-06-12"));

        Assert.Equal(1, signing.ProjectCount);
    }

    [Theory]
    [InlineData("今年6月,某生物医药公司将这一创新药的商业化生产基地落户启东经济开发区。", 1)]
    [InlineData("今年6月,某生物医药公司将其华东总部落户启东经济开发区。", 1)]
    [InlineData("该公司将于明年在启东经济开发区投资建设新项目,项目将正式落户启东。", 0)]
    [InlineData("今年6月,某公司将投资20亿元的新材料项目落户启东经济开发区。", 0)]
    public void JiangTakingAnObjectTellsWhatHappenedAndJiangBeforeAVerbTellsAPlan(string text, int signings)
    {
        Assert.Equal(signings, Events(text, "2025-11-21").Count(e => e.Stage == ProjectStage.Signed));
    }

    [Theory]
    [InlineData("海门区华强电子项目8月15日开工建设,11月15日安装设备,再到12月28日产品下线。")]
    [InlineData("海门区华强电子项目8月15日开工建设,11月15日安装设备,12月28日晚8点产品试下线。")]
    [InlineData("海门区华强电子项目8月15日开工建设,随后12月28日产品下线。")]
    public void AChronologyStepLedByAConnectorOrTimedToTheHourKeepsItsOwnDay(string text)
    {
        var events = Events(text, "2024-01-20");

        Assert.Equal(["2023-08-15 Started", "2023-12-28 Production"], events.Select(e => $"{e.Date} {e.Stage}").Order());
    }

    [Theory]
    [InlineData("从2024年6月28日双方接洽,到7月31日如东县与某科技公司签约。眼下,如东县某科技项目桩基工程已先行开工建设。")]
    [InlineData("8月14日,南通创新区举行推介会。目前,已有数十个科技型项目确定签约。")]
    [InlineData("1月7日,通州区某企业负责人介绍,目前二期项目已经开始投产。")]
    public void WhatHappensNowTakesNoDateFromEarlierInTheText(string text)
    {
        Assert.DoesNotContain(Events(text, "2025-01-08"), e => e.Date is not null && e.Stage is ProjectStage.Started or ProjectStage.Production
            || e.Stage == ProjectStage.Signed && e.ProjectCount is > 1);
    }

    [Fact]
    public void AsOfNowIsThePublicationMonth()
    {
        var summary = Assert.Single(Events("截至目前,通州区已签约亿元以上项目38个。", "2024-06-03"));

        Assert.Equal("2024-06", summary.Date);
    }

    [Fact]
    public void NowRankingAProjectLeavesItsDayAlone()
    {
        var started = Assert.Single(Events("3月5日,目前全市单体投资最大的海门区恒力新材料项目正式开工。", "2023-03-06"));

        Assert.Equal("2023-03-05", started.Date);
    }

    [Theory]
    [InlineData("3月5日,海门区恒力新材料二期项目正式开工,总投资20亿元。该公司一期项目已建成投产,年产值达50亿元。")]
    [InlineData("3月5日,海门区恒力新材料二期项目正式开工,总投资20亿元。此前,一期项目已竣工。")]
    [InlineData("3月5日,海门区恒力新材料二期项目正式开工,总投资20亿元。据介绍,该项目一期已经开始投产。")]
    public void AnEarlierPhaseAlreadyFinishedIsNoEventOfTheReportsDay(string text)
    {
        var started = Assert.Single(Events(text, "2023-03-06"));

        Assert.Equal(ProjectStage.Started, started.Stage);
    }

    [Fact]
    public void ACountOfProjectsAlreadyFinishedIsTheDaysStatus()
    {
        var summary = Assert.Single(Events("3月5日,海门区召开重大项目推进会。会议指出,全区已有12个项目竣工投产。", "2023-03-06"));

        Assert.Equal((12, "2023-03-05", FactScope.Period), (summary.ProjectCount, summary.Date, summary.Scope));
    }

    [Fact]
    public void AnAmountOfOneNamedProjectAfterTheBatchIsThatProjectsNotTheBatchs()
    {
        var events = Events("3月5日,海门区举行重大项目集中开工活动,中天钢铁项目等12个项目集中开工,中天钢铁项目总投资30亿元。", "2023-03-06");

        var batch = Assert.Single(events, e => !e.MemberOfBatch);
        Assert.Equal((12, (long?)null), (batch.ProjectCount, batch.InvestmentYuan));
        Assert.Contains(events, e => e.MemberOfBatch && e.InvestmentYuan == 3_000_000_000);
    }

    [Fact]
    public void AnAmountOfAClassOfTheBatchStaysTheBatchs()
    {
        var signing = Assert.Single(Events("4月26日,崇川区现场签约21个产业投资项目,产业投资项目总投资达73亿元。", "2018-04-27"), e => !e.MemberOfBatch);

        Assert.Equal((21, (long?)7_300_000_000), (signing.ProjectCount, signing.InvestmentYuan));
    }

    [Fact]
    public void ALaunchNamedOnlyByItsOccasionIsAnUncountedBatch()
    {
        var launch = Assert.Single(Events("3月5日,海门区举行集中开工活动,区委书记宣布开工。", "2023-03-06"));

        Assert.Equal(("2023-03-05", ProjectStage.Started, (int?)null), (launch.Date, launch.Stage, launch.ProjectCount));
    }

    [Fact]
    public void ANamedProjectWithItsAmountAfterAnUncountedLaunchIsItsMember()
    {
        var events = Events("3月5日,海门区举行集中开工活动。总投资30亿元的中天钢铁项目是此次开工的重点项目。", "2023-03-06");

        Assert.Null(Assert.Single(events, e => !e.MemberOfBatch).InvestmentYuan);
        Assert.Equal(3_000_000_000, Assert.Single(events, e => e.MemberOfBatch).InvestmentYuan);
    }

    [Theory]
    [InlineData("海门区12个重大项目集中开工\n3月5日,海门区举行集中开工活动,区委书记宣布开工。", 12)]
    [InlineData("海门区12个重大项目集中签约\n3月5日,海门区举行集中开工活动,区委书记宣布开工。", null)]
    [InlineData("海门区12个重大项目集中开工\n3月5日,海门区举行集中开工活动,集中开工项目15个。", 15)]
    public void AHeadlineCountsTheUncountedLaunchOfItsStage(string text, int? count)
    {
        var launch = Assert.Single(Events(text, "2023-03-06"), e => e.Stage == ProjectStage.Started);

        Assert.Equal(("2023-03-05", count), (launch.Date, launch.ProjectCount));
    }

    [Fact]
    public void AStageWithinADurationFromNowIsASchedule()
    {
        var events = Events("6月18日上午,吕四港东港区基础设施工程举行开工仪式。港区主干道计划明年6月底建成通车,整体项目两年内基本建成投用。", "2023-06-19");

        Assert.Equal(ProjectStage.Started, Assert.Single(events).Stage);
    }

    [Theory]
    [InlineData("10月28日,如皋市举行经济洽谈会,46个项目现场签约,总投资达395亿元。会上介绍,投资20亿元的高端装备铸件项目已初步建成投产,投资15亿元的海上风电装备项目正在加快建设。")]
    [InlineData("3月13日,海门举行一季度项目集中开工活动,32个超亿元产业项目开建。投资百亿元的豪华邮轮制造项目2号坞工程已全面开建。")]
    public void AProjectToldInItsStateIsNoMemberOfTheLaunch(string text)
    {
        var events = Events(text, "2020-10-29");

        Assert.DoesNotContain(events, e => e.MemberOfBatch);
        Assert.Single(events);
    }

    [Theory]
    [InlineData("3月2日,海门区恒力新材料项目正式开建。", 1)]
    [InlineData("如皋生产基地于2022年起建,项目总投资20亿元。", 1)]
    [InlineData("3月2日,海门区恒力新材料项目全面展开建设。", 0)]
    [InlineData("3月2日,海门区召开建设工作会议,部署恒力新材料项目。", 0)]
    public void KaiJianAndQiJianStartAProjectButNotInsideOtherWords(string text, int starts)
    {
        Assert.Equal(starts, Events(text, "2023-03-06").Count(e => e.Stage == ProjectStage.Started));
    }

    [Fact]
    public void TheCityAsTheVenueOfADistrictsProjectIsThatDistrict()
    {
        const string text = "通州湾示范区蓝海新材料项目建设历程\n2024年9月26日,项目主体工程在江苏南通开工,标志着全面建设阶段启动。通州湾示范区将全力做好服务保障。";

        Assert.Equal("通州湾示范区", Assert.Single(Events(text, "2025-03-20")).District);
    }

    [Fact]
    public void ACityWideLaunchHeldInADistrictStaysTheCitys()
    {
        var launch = Assert.Single(Events("3月31日,南通市在海门举行重大项目集中开工活动,全市集中开工项目26个。海门区将做好服务。", "2020-04-01"));

        Assert.Equal("南通市", launch.District);
    }

    [Theory]
    [InlineData("3月5日,海門區恆力新材料項目正式簽約,項目總投資25億元,當天即開工建設。", "Signed Started")]
    [InlineData("3月5日,海門區恆力新材料二期項目正式開工,總投資20億元。該公司一期項目已建成投產。", "Started")]
    [InlineData("海門區12個重大項目集中開工\n3月5日,海門區舉行集中開工活動,區委書記宣佈開工。", "Started")]
    public void TheTenthPassClassesHoldInTraditionalCharacters(string text, string stages)
    {
        Assert.Equal(stages, string.Join(" ", Events(text, "2023-03-06").Select(e => e.Stage.ToString()).Order()));
    }

    [Theory]
    [InlineData("通州湾示范区蓝海新材料项目\n9月26日,蓝海新材料项目落户南通,总投资100亿元。", "通州湾示范区")]
    [InlineData("9月26日,南通市政府与某集团签约,蓝海新材料项目落户南通,总投资100亿元。", "南通市")]
    public void TheCityAsAProjectsDestinationIsTheArticlesDistrictUnlessTheCityActs(string text, string district)
    {
        Assert.Equal(district, Assert.Single(Events(text, "2024-09-27")).District);
    }

    [Theory]
    [InlineData("昨天,位于海安高新区的恒越新材料项目竣工投产。项目由恒越集团投资建设,总投资36亿元。该项目于2021年5月签约落户海安,2021年9月开工建设。")]
    [InlineData("昨天,位于海安高新区的恒越新材料项目竣工投产。项目总投资36亿元,主要生产特种纤维。\n该项目2021年5月签约,2021年9月开工建设,今年3月主体封顶。")]
    public void EveryStageOfOneProjectsStoryCarriesItsTotalInvestment(string text)
    {
        var events = Events(text, "2022-11-16");

        Assert.Equal(["2021-05", "2021-09", "2022-11-15"], events.Select(e => e.Date).Order());
        Assert.All(events, e => Assert.Equal((1, 3_600_000_000L), (e.ProjectCount, e.InvestmentYuan)));
    }

    [Fact]
    public void AnAmountOpenedByThisProjectIsTheProjectJustReportedNotTheBatchBeforeIt()
    {
        var text = "19日,如东县举行重大项目集中签约活动,签约项目10个,总投资63亿元。20日,启东市瑞康医疗器械项目竣工投产。该项目位于启东经济开发区,总投资5.6亿元。";

        var events = Events(text, "2021-05-21");

        Assert.Contains(events, e => e is { District: "如东县", ProjectCount: 10, InvestmentYuan: 6_300_000_000, MemberOfBatch: false });
        Assert.Contains(events, e => e is { District: "启东市", Stage: ProjectStage.Production, InvestmentYuan: 560_000_000, MemberOfBatch: false });
        Assert.Equal(2, events.Count);
    }

    [Theory]
    [InlineData("新华社南京7月5日电 上半年,南通全市新开工10亿元以上项目98个,重大项目建设势头良好。")]
    [InlineData("人民网南京7月5日电 上半年,南通全市新开工10亿元以上项目98个,重大项目建设势头良好。")]
    public void ADatelineDoesNotDateAPeriodToldInItsSentence(string text)
    {
        var started = Assert.Single(Events(text, "2024-07-05"));

        Assert.Equal(("2024-Q2", FactScope.Period), (started.Date, started.Scope));
    }

    [Fact]
    public void ADatelineStillDatesASentenceThatNamesNoOtherTime()
    {
        var started = Assert.Single(Events("新华社南通7月4日电 南通市举行重大项目集中开工活动,开工项目98个,总投资620亿元。", "2024-07-05"));

        Assert.Equal("2024-07-04", started.Date);
    }

    [Theory]
    [InlineData("恳谈会所在的南京市江宁区同日举行二季度重大项目集中开工活动,开工项目30个,总投资210亿元。")]
    [InlineData("与会的苏州工业园区也举行重大项目集中开工活动,开工项目30个,总投资210亿元。")]
    public void AnOutsidePlaceThatHoldsTheOccasionKeepsItOutOfTheArticle(string text)
    {
        var article = "18日,海安市在南京举办产业合作恳谈会,现场签约项目9个,总投资46亿元。" + text;

        var signed = Assert.Single(Events(article, "2022-06-20"));

        Assert.Equal(("海安市", 9), (signed.District, signed.ProjectCount));
    }

    [Fact]
    public void AHeadlinesSameDayWithNoDayBeforeItLeavesTheDayToTheBody()
    {
        var text = "崇川智造产业园开园 6个项目同日签约\n13日,崇川智造产业园正式开园。同日,崇川区举行产业项目集中签约活动,签约项目6个,总投资22亿元。";

        var events = Events(text, "2023-09-15");

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("2023-09-13", e.Date));
        Assert.Equal(6, Assert.Single(events, e => e.Stage == ProjectStage.Signed).ProjectCount);
    }

    [Theory]
    [InlineData("万达商业广场")]
    [InlineData("城北商业综合体")]
    [InlineData("金鹰购物中心")]
    public void AMallThatOpensNamesTheProjectItsStoryGoesOnAbout(string mall)
    {
        var text = $"昨天,位于崇川区幸福街道的{mall}正式开业。\n据了解,该项目2019年5月开工建设,2020年底主体结构封顶。";

        var started = Assert.Single(Events(text, "2021-12-26"), e => e.Stage == ProjectStage.Started);

        Assert.Equal("2019-05", started.Date);
    }

    [Theory]
    [InlineData("该码头")]
    [InlineData("该基地")]
    [InlineData("此产业园")]
    public void ADemonstrativeBeforeAnyProjectNameEndPointsBack(string anaphor)
    {
        var text = $"29日,通州湾示范区海港集装箱码头正式开港运营。\n{anaphor}于2022年9月开工建设,今年4月完成交工验收。";

        Assert.Contains(Events(text, "2025-06-30"), e => e is { Stage: ProjectStage.Started, Date: "2022-09" });
    }

    [Fact]
    public void AStageTheSentenceCommentsOnIsNoEventOfItsOwn()
    {
        var text = "29日,通州湾示范区海港集装箱码头正式开港运营。今年4月码头完成交工验收。码头的开港,标志着新出海口运输能力进一步提升。";

        Assert.Single(Events(text, "2025-06-30"), e => e.Stage == ProjectStage.Opened);
    }

    [Fact]
    public void ANextDayLeadBeforeABareProjectWordPointsBackToTheProject()
    {
        var text = "20日,芯屹半导体封装测试项目签约仪式在苏锡通科技产业园区举行。项目总投资20亿元。\n次日,项目在园区正式开工建设。";

        var started = Assert.Single(Events(text, "2021-04-23"), e => e.Stage == ProjectStage.Started);

        Assert.Equal("2021-04-21", started.Date);
    }

    [Fact]
    public void ASigningAtAMeetingToldOnlyAsRecentIsKeptWithItsDayUnknown()
    {
        var text = "日前,2024启东(深圳)投资环境恳谈会在深圳举行。\n会上,现场签约项目12个,总投资约120亿元。";

        var signed = Assert.Single(Events(text, "2024-05-20"));

        Assert.Equal((12, (string?)null), (signed.ProjectCount, signed.Date));
    }

    [Fact]
    public void AStageWordQualifyingTheProjectsABreakdownOpensWithIsNoEvent()
    {
        var text = "3月5日,南通经济技术开发区举行重大项目集中开工活动,开工项目34个,总投资150亿元。此次开工的项目中,智能制造产业项目13个,总投资44.4亿元。";

        var batch = Assert.Single(Events(text, "2023-03-06"));

        Assert.Equal((34, 15_000_000_000L), (batch.ProjectCount, batch.InvestmentYuan));
    }

    [Theory]
    [InlineData("项目去年11月签约,今年2月开工建设。")]
    [InlineData("项目于2021年11月在开发区签约,2022年2月开工建设。")]
    [InlineData("项目2021年11月签约落户,2021年12月摘牌拿地,2022年2月开工建设。")]
    public void ABareProjectWordDatedAtOnceOpensAParagraphOfTheProjectsChronology(string chronology)
    {
        var text = "9月27日,位于崇川经济开发区的德锐智能装备产业园项目顺利竣工。该项目由德锐精密机械有限公司投资建设,总投资12亿元。\n" + chronology;

        var events = Events(text, "2022-09-28");

        Assert.Equal(["2021-11", "2022-02", "2022-09-27"], events.Select(e => e.Date).Order());
        Assert.All(events, e => Assert.Equal(1_200_000_000L, e.InvestmentYuan));
    }

    [Fact]
    public void AReferenceThroughASentenceThatGoesOnAboutTheProjectReachesItsFirstReport()
    {
        var text = "12月28日,通州湾港区通用码头一期工程正式开港。\n该工程由港口投资集团投资建设,总投资近30亿元,建设10万吨级泊位2个。工程于2020年9月开工。";

        var started = Assert.Single(Events(text, "2023-01-03"), e => e.Stage == ProjectStage.Started);

        Assert.Equal(("2020-09", 3_000_000_000L), (started.Date, started.InvestmentYuan));
    }

    [Theory]
    [InlineData("南通悦澜天地购物中心")]
    [InlineData("星屿酒店")]
    [InlineData("文峰商场")]
    public void AMallOrHotelThatOpensIsAnOpening(string name)
    {
        var opened = Assert.Single(Events($"昨日,位于崇川区城东街道的{name}正式开业,首日客流突破12万人次。", "2024-09-29"));

        Assert.Equal((ProjectStage.Opened, "2024-09-28"), (opened.Stage, opened.Date));
    }

    [Theory]
    [InlineData("3月10日,凯诺新材料科技(海安)有限公司完成工商注册,正式落户城东镇。项目总投资3.2亿元。")]
    [InlineData("3月10日,凯诺新材料科技(海安)有限公司完成工商注册,落户城东镇。项目总投资3.2亿元。")]
    public void ACompanyThatRegistersAndSettlesIsOneProjectSigned(string text)
    {
        var signed = Assert.Single(Events(text, "2025-03-12"));

        Assert.Equal((ProjectStage.Signed, "海安市", 320_000_000L), (signed.Stage, signed.District, signed.InvestmentYuan));
    }

    [Fact]
    public void ACompanyThatRegistersWithoutSettlingSignsNothing()
    {
        Assert.Empty(Events("3月10日,凯诺新材料科技(海安)有限公司完成工商注册,正式投入运营。", "2025-03-12"));
    }

    [Fact]
    public void AProjectWordPointsBackToAnyOneProjectJustReportedWhateverItsNameEndsIn()
    {
        var text = "今天上午,位于崇川区观音山街道的滨湖悦荟广场正式开业。\n据介绍,该项目总投资约25亿元,总建筑面积32万平方米。项目于2021年10月开工建设。";

        var started = Assert.Single(Events(text, "2024-09-28"), e => e.Stage == ProjectStage.Started);

        Assert.Equal(("2021-10", 2_500_000_000L), (started.Date, started.InvestmentYuan));
    }

    [Fact]
    public void AnIdiomThatSumsUpTheStagesTheStoryToldAddsNoFacts()
    {
        var text = "12月29日,位于启东生命健康科技园的睿康医疗器械产业园项目建成。睿康医疗器械产业园项目总投资6.8亿元。"
            + "项目今年3月签约,6月开工,仅用半年时间就完成建设,实现了当年签约、当年开工、当年建成。";

        var events = Events(text, "2021-12-30");

        Assert.Equal(["2021-03", "2021-06", "2021-12-29"], events.Select(e => e.Date).Order());
        Assert.All(events, e => Assert.Equal(680_000_000L, e.InvestmentYuan));
    }

    [Fact]
    public void AClauseLedByYuAndItsDateIsTheStepOfTheProjectTheSentenceOpensWith()
    {
        var text = "12月20日,启东江海产业园内河港池工程建成。该工程总投资约9.6亿元,新建5000吨级泊位6个,疏浚配套航道约12公里,于2022年四季度开工建设。";

        var started = Assert.Single(Events(text, "2024-12-21"), e => e.Stage == ProjectStage.Started);

        Assert.Equal("2022-Q4", started.Date);
    }

    [Theory]
    [InlineData("建成并投入试生产")]
    [InlineData("建成并实现投产")]
    [InlineData("建成并全面投产")]
    public void AProjectBuiltAndPutIntoProductionIsOneProductionFact(string stages)
    {
        var text = $"6月30日,位于吕四港镇的恒澜能源LNG接收站二期项目{stages},首船液化天然气顺利完成接卸。该项目总投资约65亿元。";

        var production = Assert.Single(Events(text, "2025-07-03"));

        Assert.Equal((ProjectStage.Production, "2025-06-30", 6_500_000_000L), (production.Stage, production.Date, production.InvestmentYuan));
    }

    [Fact]
    public void AMarketsOpeningWithItsFirstTenantsIsOneProjectWhoseEarlierStageFollows()
    {
        var text = "叠石桥国际家纺城三期市场开门迎客\n9月26日,叠石桥国际家纺城三期市场正式开门迎客,首批近800家商户入驻经营,当天客流量突破5万人次。\n"
            + "该项目总投资8.6亿元,于2024年3月开工建设,建筑面积22万平方米。项目的建成开业,将进一步提升叠石桥家纺产业集群的辐射力和竞争力。";

        var events = Events(text, "2026-09-28");

        Assert.Equal(
            [(ProjectStage.Started, "2024-03", 860_000_000L), (ProjectStage.Opened, "2026-09-26", 860_000_000L)],
            events.Select(e => (e.Stage, e.Date, e.InvestmentYuan ?? 0)).OrderBy(e => e.Date));
    }

    [Theory]
    [InlineData("闵行区今年一季度新引进重点产业项目42个。")]
    [InlineData("据介绍,宝安区今年一季度新签约重点产业项目42个。")]
    [InlineData("吴江区今年一季度新引进重点产业项目42个。")]
    public void AHostDistrictsOwnFiguresAreNotTheVisitingDistricts(string hostFigures)
    {
        var text = "启东赴沪招商\n18日,启东(上海)投资环境推介会在上海举行,启东市与沪上企业集中签约项目15个,总投资126亿元。" + hostFigures;

        var signed = Assert.Single(Events(text, "2023-05-19"));

        Assert.Equal(("启东市", 15), (signed.District, signed.ProjectCount));
    }

    [Fact]
    public void AnOpeningTheSentenceForecastsFromIsNoEventOfItsOwn()
    {
        var text = "叠石桥家纺城交易额超1500亿元\n2020年,海门区叠石桥市场实现交易额超过1500亿元。海门于2020年撤市设区。业内人士认为,家纺城三期的开业将进一步巩固叠石桥在全国家纺市场中的龙头地位。";

        Assert.Empty(Events(text, "2021-09-17"));
    }

    [Theory]
    [InlineData("2019年12月由原港闸区与上海中科智造集团签约", "港闸区")]
    [InlineData("2019年12月签约落户幸福街道", "港闸区")]
    [InlineData("2021年12月签约落户幸福街道", "崇川区")]
    public void AFactDatedBeforeTheMergerKeepsTheDistrictOfItsDay(string signing, string district)
    {
        var text = "5日,位于崇川区幸福街道的中科智能装备产业园一期正式启用。该产业园总投资30亿元," + signing + "。";

        var signed = Assert.Single(Events(text, "2022-01-06"), e => e.Stage == ProjectStage.Signed);

        Assert.Equal(district, signed.District);
    }

    [Theory]
    [InlineData("\n去年12月18日,项目开工建设,打下第一根桩。", "2020-12-18")]
    [InlineData("当天下午,项目即举行开工仪式。", "2021-06-30")]
    public void AStepWhoseTimeLeadsTheBareProjectWordIsTheStorysStep(string step, string date)
    {
        var text = "6月30日,位于如东洋口港经济开发区的金阳新能源高端装备制造项目正式投产。该项目总投资60亿元。" + step;

        var started = Assert.Single(Events(text, "2021-07-03"), e => e.Stage == ProjectStage.Started);

        Assert.Equal((date, 6_000_000_000L), (started.Date, started.InvestmentYuan));
    }

    [Fact]
    public void ACompanysInvestmentAgreementWithADistrictIsASigning()
    {
        var text = "9月14日晚间,恒锐精密发布公告称,公司于2021年9月13日与南通市海门区人民政府签订了《项目投资协议书》。公告显示,该项目计划总投资约25亿元。";

        var signed = Assert.Single(Events(text, "2021-09-15"));

        Assert.Equal(("海门区", "2021-09-13", ProjectStage.Signed, 2_500_000_000L), (signed.District, signed.Date, signed.Stage, signed.InvestmentYuan));
    }

    [Fact]
    public void AnAnaphorsStepIsTheDistrictOfTheProjectItPointsTo()
    {
        var text = "晶澜电子南通基地一期投产\n6月16日,晶澜电子南通基地一期项目在南通经济技术开发区正式投产。该基地总投资30亿元,主要生产高端IC载板。\n"
            + "据了解,该项目于2022年3月开工建设,从开工到投产用时约15个月。";

        var started = Assert.Single(Events(text, "2023-06-19"), e => e.Stage == ProjectStage.Started);

        Assert.Equal(("南通经济技术开发区", "2022-03"), (started.District, started.Date));
    }

    [Theory]
    [InlineData("11日,南通市人民政府与恒拓动力科技集团在南京签署战略合作协议,总投资150亿元的恒拓新能源装备产业基地项目正式落户如东县。", "南通市")]
    [InlineData("11日,如东县人民政府与恒拓动力科技集团签署合作协议,总投资150亿元的恒拓新能源装备产业基地项目正式落户洋口港经济开发区。", "如东县")]
    public void TheCityGovernmentsSigningForAProjectInADistrictIsTheCitys(string text, string district)
    {
        var signed = Assert.Single(Events(text, "2024-09-12"));

        Assert.Equal((district, 15_000_000_000L), (signed.District, signed.InvestmentYuan));
    }

    [Fact]
    public void APlantsFirstProductsMakeNoBatchAndItsStoryKeepsTheTotal()
    {
        var text = "本报讯 昨日,位于如东洋口港经济开发区的恒泰新材料一体化项目一期正式投产,首批聚酯新材料产品顺利下线。\n"
            + "该项目总投资60亿元,2021年3月签约落户洋口港,同年9月开工建设。";

        var events = Events(text, "2023-06-09");

        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal((1, 6_000_000_000L), (e.ProjectCount ?? 1, e.InvestmentYuan ?? 0)));
    }

    [Theory]
    [InlineData("昨天,位于通州湾示范区的海澄新材料一期项目点火投产。该项目总投资120亿元,其中一期投资45亿元,主要生产化工新材料。项目于2024年8月开工建设。")]
    [InlineData("11月8日,宏溢化学年产40万吨高性能树脂项目一期在如东洋口港经济开发区投产。如东县委书记陈卫国出席投产仪式。该项目计划总投资120亿元,分两期建设,其中一期投资45亿元。项目2024年8月开工建设。")]
    public void APhasesShareOfTheTotalIsNoAmountOfItsOwn(string text)
    {
        var events = Events(text, "2026-09-24");

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal((1, 12_000_000_000L, false), (e.ProjectCount ?? 1, e.InvestmentYuan ?? 0, e.MemberOfBatch)));
    }

    [Fact]
    public void AChronologyMayStepByMonths()
    {
        var text = "17日,位于启东经济开发区的中天海洋装备项目一期正式投产。中天海洋装备项目总投资12亿美元,注册资本3亿美元,2018年9月签约落户启东,2019年3月开工建设。";

        var events = Events(text, "2020-11-18");

        Assert.Equal(["2018-09", "2019-03", "2020-11-17"], events.Select(e => e.Date!).Order(StringComparer.Ordinal));
    }
}
