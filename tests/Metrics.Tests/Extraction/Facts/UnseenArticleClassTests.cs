using Metrics.Extraction.Facts;
using Metrics.Extraction;
using Metrics.Facts;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// Classes of mistakes seen on articles the rules were not written against (issue 13), each held by
/// sentences written for the test in the style of district news, not copied from the dev corpus.
/// </summary>
public sealed class UnseenArticleClassTests
{
    private static IReadOnlyList<ExtractedFact> Facts(string text, string? published = null, string? title = null) =>
        FactExtractor.Extract(new ArticleInput(text, published is null ? null : DateOnly.Parse(published), title));

    [Theory]
    [InlineData("5月8日,如皋市人大常委会第十次会议召开。会议听取了关于2024年财政决算的报告。")]
    [InlineData("1月7日下午,海安市委书记参加市十八届人大四次会议分组审议。代表们为2025年开新局建言献策。")]
    [InlineData("2019年,海门区完成固定资产投资百亿元。6月3日,海门区委召开常委会会议。")]
    public void OnAnUndatedPageAYearInAnotherSentenceDatesNothing(string text)
    {
        var facts = Facts(text);

        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.Null(f.Date));
    }

    [Theory]
    [InlineData("3月21日,通州区在上海举行2023年长三角产业峰会,24个项目集中签约。", "2023-03-21")]
    [InlineData("2024年5月6日,启东市召开重大项目推进会。", "2024-05-06")]
    public void OnAnUndatedPageTheSentencesOwnYearDatesItsDay(string text, string date)
    {
        var fact = Facts(text).First();

        Assert.Equal(date, fact.Date);
    }

    [Theory]
    [InlineData("近年来,落户该镇的外来企业近700家,其中三分之一来自上海。", "2024-03-01")]
    [InlineData("去年,全镇新签约企业35家,3家企业应税销售突破百亿大关。", "2024-03-01")]
    public void CompaniesAreNoProjectCount(string text, string published)
    {
        var events = Facts("海门区" + text, published).OfType<ProjectEventFact>();

        Assert.DoesNotContain(events, e => e.ProjectCount is 700 or 35 or 3);
    }

    [Theory]
    [InlineData("昨日,海安市人大常委会举行第十二次会议,听取市人大常委会关于市十八届人大三次会议建议办理情况的报告。")]
    [InlineData("昨日,海安市政协召开主席会议,研究市政协十五届四次常委会议、市政协十五届二次会议筹备工作。")]
    [InlineData("昨日,海安市人大常委会举行第十二次会议。会议审议通过了《海安市人民代表大会常务委员会议事规则》。")]
    [InlineData("昨日,海安市人大常委会举行第十二次会议。市十八届人大三次会议将于本月19日召开。")]
    [InlineData("昨日,海安市人大常委会举行第十二次会议。市人大常委会主任主持第二次全体会议。")]
    public void AMeetingHeardOfStudiedAnnouncedOrSatInIsNoSecondMeeting(string text)
    {
        var meetings = Facts(text, "2024-05-09").OfType<MeetingFact>();

        Assert.Single(meetings);
    }

    [Theory]
    [InlineData("昨日,如皋市政协十五届三次常委会会议召开。")]
    [InlineData("昨日,海安市十八届人大常委会第二十次会议召开。")]
    [InlineData("昨日,市政协召开十二届十次主席会议。")]
    public void StandingCommitteesAndPresidiumsOfCongressAndCppccAreOther(string text)
    {
        var meeting = Assert.Single(Facts(text, "2024-05-09", "如皋新闻").OfType<MeetingFact>());

        Assert.Equal(MeetingKind.Other, meeting.Kind);
    }

    [Theory]
    [InlineData("6月18日,如东县委、县政府在上海举行“风电如东”全方位对接上海大会。", "2022-06-20", "如东县", "2022-06-18")]
    [InlineData("9月19日下午,2021海门(上海)产业发展合作恳谈会在上海浦东举行。", null, "海门区", "2021-09-19")]
    [InlineData("10月28日,2022启东经济洽谈会正式拉开帷幕。", "2022-10-29", "启东市", "2022-10-28")]
    public void ANantongActorsSymposiumNamedAfterItsPartnerIsItsMeeting(string text, string? published, string district, string date)
    {
        var meeting = Assert.Single(Facts(text, published).OfType<MeetingFact>());

        Assert.Equal((district, date, MeetingKind.Symposium), (meeting.District, meeting.Date, meeting.Kind));
    }

    [Fact]
    public void ACustomOfHoldingAMeetingIsNoDatedMeeting()
    {
        var meetings = Facts("从2005年起,启东每两年举办一次经济洽谈会,见证了启东的发展。", "2022-10-29").OfType<MeetingFact>();

        Assert.Empty(meetings);
    }

    [Fact]
    public void ClassesListedBeforeTheProjectNounBelongToOneCount()
    {
        var signing = Assert.Single(Facts("昨日,南通市商会为家乡引进的9个产业类、科创类项目同时签约,总投资近50亿元。", "2024-05-19").OfType<ProjectEventFact>());

        Assert.Equal((9, ProjectStage.Signed), (signing.ProjectCount, signing.Stage));
    }

    [Fact]
    public void APeriodNamedInPassingInAnotherParagraphDoesNotDisplaceTheDayOfTheReport()
    {
        var text = "昨日下午,南通市投资环境说明会召开。\n截至2023年,商会会员营收规模突破3000亿元。\n活动现场,8个项目同时签约,总投资近50亿元。";

        var signing = Assert.Single(Facts(text, "2024-05-19").OfType<ProjectEventFact>());

        Assert.Equal("2024-05-18", signing.Date);
    }

    [Theory]
    [InlineData("3月13日,海安市重点项目推进顺利,新材料项目一期工程计划6月底完工。")]
    [InlineData("二季度,海安市共有15个亿元以上重大项目计划开工建设,总投资184.3亿元。")]
    [InlineData("今年以来,海安市主动出击,吸引优质项目落户开发区。")]
    public void APlannedOrSoughtStageIsNoEvent(string text)
    {
        var events = Facts(text, "2023-04-08").OfType<ProjectEventFact>();

        Assert.Empty(events);
    }

    [Fact]
    public void ACmsPropertyLineRepeatingTheHeadlineGivesNoSecondFact()
    {
        var text = "今年签约47个重大项目、开工51个亿元项目\n通州区全力推进项目建设。\n2023-11-29 今年签约47个重大项目、开工51个亿元项目—— 通州 1 1 南通日报 content_156359.html 1 3 /enpproperty-->";

        var events = Facts(text, "2023-11-29").OfType<ProjectEventFact>().ToList();

        Assert.Equal(2, events.Count);
        Assert.DoesNotContain(events, e => e.Evidence.Contains("content_", StringComparison.Ordinal));
    }

    [Fact]
    public void ACityWideLaunchHeldAtADistrictVenueIsTheCitysAndTheSubVenueIsNoFactOfItsOwn()
    {
        var text = "6月9日上午,南通市2023年二季度重大项目集中开工活动在如皋主会场举行。全市共有86个重大项目集中开工,总投资达562亿元。如皋分会场开工项目12个,总投资85亿元。";

        var launch = Assert.Single(Facts(text, "2023-06-10").OfType<ProjectEventFact>(), e => !e.MemberOfBatch);

        Assert.Equal(("南通市", 86, 56_200_000_000L), (launch.District, launch.ProjectCount, launch.InvestmentYuan));
    }

    [Theory]
    [InlineData("今年,海门区计划新开工亿元以上项目60个,新签约10亿元以上项目30个。")]
    [InlineData("今年,如东县力争新开工亿元以上项目50个,新竣工项目20个。")]
    public void APlanGovernsTheParallelItemsAfterIt(string text)
    {
        Assert.Empty(Facts(text, "2023-02-10").OfType<ProjectEventFact>());
    }

    [Fact]
    public void TheSetAProjectIsComparedWithinIsNotItsCount()
    {
        var start = Assert.Single(Facts("3月15日,启东市某海上风电装备项目开工,该项目总投资120亿元,是今年全市20个集中开工项目中投资最大的一个。", "2023-03-16")
            .OfType<ProjectEventFact>());

        Assert.Equal((null, 12_000_000_000L), (start.ProjectCount, start.InvestmentYuan));
    }
    [Theory]
    [InlineData("4月12日,启东市举行重大项目集中签约仪式。总投资120亿元的风电装备项目、总投资30亿元的新材料项目等15个项目签约,总投资达286亿元。")]
    [InlineData("4月12日,启东市举行重大项目签约仪式。总投资120亿元的风电装备项目、总投资30亿元的新材料项目等15个项目签约,总投资达286亿元。")]
    [InlineData("4月12日,启东市总投资30亿元的新材料项目、总投资120亿元的风电装备项目等15个项目签约,总投资达286亿元。")]
    public void TheAmountsOfNamedListItemsAreMembersAndTheBatchKeepsItsOwnTotal(string text)
    {
        var events = Facts(text, "2023-04-13").OfType<ProjectEventFact>().ToList();

        var batch = Assert.Single(events, e => !e.MemberOfBatch);
        Assert.Equal((15, 28_600_000_000L), (batch.ProjectCount, batch.InvestmentYuan));
        Assert.Equal([3_000_000_000L, 12_000_000_000L], events.Where(e => e.MemberOfBatch).Select(e => e.InvestmentYuan ?? 0).Order());
    }

    [Fact]
    public void AThresholdBeforeACountIsStillAThresholdWhenNoListCloses()
    {
        var launch = Assert.Single(Facts("5月6日,海安市集中开工项目20个,总投资96亿元,其中投资超过10亿元的项目有3个。", "2023-05-07").OfType<ProjectEventFact>());

        Assert.Equal((20, 9_600_000_000L), (launch.ProjectCount, launch.InvestmentYuan));
    }
    [Fact]
    public void ProjectsThatSignAndSettleAreCountedAndCompaniesSettledInAParkAreNot()
    {
        var signing = Assert.Single(Facts("7月3日,南通创新区举行项目集中签约活动,8个项目签约入驻,总投资42亿元。", "2024-07-04").OfType<ProjectEventFact>());

        Assert.Equal((8, 4_200_000_000L), (signing.ProjectCount, signing.InvestmentYuan));
        Assert.DoesNotContain(Facts("7月3日,南通创新区产业园开园,首批入驻企业12家。", "2024-07-04").OfType<ProjectEventFact>(), e => e.ProjectCount == 12);
    }

    [Fact]
    public void ADistrictsShareOfACityWideLaunchIsNoEventOfItsOwn()
    {
        var text = "9月15日上午,南通市重大项目集中开工活动在海门区主会场举行。当天,全市共有54个项目集中开工,总投资420亿元。海门区开工项目8个,总投资56亿元。";

        var launch = Assert.Single(Facts(text, "2024-09-16").OfType<ProjectEventFact>());

        Assert.Equal(("南通市", 54, 42_000_000_000L), (launch.District, launch.ProjectCount, launch.InvestmentYuan));
    }

    [Fact]
    public void ADecisionToInvestIsNoEvent()
    {
        Assert.Empty(Facts("3月21日,通州区举行产业峰会。企业负责人介绍,“我们决定再次投产通州,二期项目争取尽早投产。”", "2023-03-22").OfType<ProjectEventFact>());
    }

    [Fact]
    public void OnAnUndatedPageAProjectQuotedAfterTheLaunchIsItsMember()
    {
        var text = "3月21日,通州区在上海举行2023年长三角产业峰会。活动现场,24个项目集中签约,总投资超192亿元。\n“今天我们签约的是企业二期项目,总投资20亿元。”某公司总经理介绍。";

        var events = Facts(text).OfType<ProjectEventFact>().ToList();

        Assert.Equal((24, "2023-03-21"), Assert.Single(events, e => !e.MemberOfBatch) is var batch ? (batch.ProjectCount, batch.Date) : default);
        var member = Assert.Single(events, e => e.MemberOfBatch);
        Assert.Equal(("2023-03-21", 2_000_000_000L), (member.Date, member.InvestmentYuan));
    }
    [Fact]
    public void AnAmountThatQualifiesAMeetingIsNoProjectsInvestment()
    {
        var text = "2月12日,南通西站综合交通枢纽等7个重大交通项目集中开工,全市今年计划完成交通投资163.5亿元;两天后,总投资额达1197亿元的城市和交通建设推进大会开幕。";

        var launch = Assert.Single(Facts(text, "2019-03-05").OfType<ProjectEventFact>());

        Assert.Equal((7, (long?)null), (launch.ProjectCount, launch.InvestmentYuan));
    }
    [Fact]
    public void ACountyLevelCitysPageKeepsItsOwn市Organs()
    {
        var text = "主办单位:政协海门市委员会 地址:海门市北京中路\n1月13日下午,市政协十三届五次会议在市会展中心胜利闭幕。";

        var session = Assert.Single(Facts(text, "2019-01-14").OfType<MeetingFact>());

        Assert.Equal("海门区", session.District);
    }

    [Fact]
    public void WhereNantongActsOnACountysGroundIts我市StaysNantongs()
    {
        var text = "3月31日上午,南通市委、市政府在海门市常乐镇举办全市农业农村重大项目建设现场推进会。海门市委主要负责同志参加会议。3月31日,我市首批26个项目集中开工,总投资278亿元。";

        var launch = Assert.Single(Facts(text, "2020-03-31").OfType<ProjectEventFact>(), e => e.ProjectCount == 26);

        Assert.Equal("南通市", launch.District);
    }
    [Fact]
    public void AJoinedNameTakesTheKindOfItsLaterPartWhenTheFirstNamesNone()
    {
        var meeting = Assert.Single(Facts("昨日下午,南通市上海商会成立大会暨南通投资环境说明会召开。", "2024-05-19").OfType<MeetingFact>());

        Assert.Equal(MeetingKind.Symposium, meeting.Kind);
    }

    [Fact]
    public void TheMembersOfAMeetingBodyAreNoMeeting()
    {
        var text = "1月16日下午,政协崇川区第二届委员会第五次会议闭幕。区政协主席会议成员吴佳培、苏美云在主席台前排就座,区政协副主席主持大会。";

        var session = Assert.Single(Facts(text, "2026-01-16").OfType<MeetingFact>());

        Assert.Equal(MeetingKind.Plenary, session.Kind);
    }
    [Fact]
    public void MeetingsHeldManyTimesAreNoDatedMeeting()
    {
        Assert.Empty(Facts("7月31日,如东县与某公司签约。签约后,县政府第一时间成立专班,多次召开专题调度会,推进项目备案。", "2024-08-10").OfType<MeetingFact>());
    }

    [Fact]
    public void ASessionToldAgainWhereItsYearCannotBeReadIsTheSameSession()
    {
        var text = "2026年1月20日至24日,政协南通市第十三届五次会议隆重召开。\n1月22日上午,南通市政协十三届五次会议围绕六个专题召开专题建言献策会。";

        var session = Assert.Single(Facts(text).OfType<MeetingFact>(), m => m.Kind == MeetingKind.Plenary);

        Assert.Equal("2026-01-20", session.Date);
    }

    [Theory]
    [InlineData("南通各地掀起项目建设热潮\n\n2月10日,全市各县(市、区)同步举行重大项目集中开工活动。\n海安市:集中开工项目22个,总投资156亿元。\n如皋市:在如皋经济技术开发区举行集中开工仪式,开工项目18个,总投资120.6亿元。\n启东市:开工项目15个,总投资98亿元。\n据统计,全市此次集中开工项目共计186个,总投资1250亿元。")]
    [InlineData("南通重大项目建设一线扫描\n\n如东县:1月,洋口港区新开工项目6个。\n如皋市:1月,如皋港区新开工项目8个。\n海门区:1月,海门港新区新开工项目5个,其中海门港新区某码头项目总投资12亿元。\n今年以来,全市新开工项目共计120个。")]
    public void ARoundupOfSeveralDistrictsIsTheCitys全市(string text)
    {
        var events = Facts(text, "2025-02-11").OfType<ProjectEventFact>().ToList();

        var citywide = Assert.Single(events, e => e.ProjectCount is 186 or 120);
        Assert.Equal("南通市", citywide.District);
        Assert.Contains(events, e => e.District == "如皋市");
    }

    [Theory]
    [InlineData("通州区项目建设如火如荼。\n\n在某某电子厂房项目建设现场,厂房地基已经完成。据了解,该项目总投资约10亿元,4月底开工。", "2019-04", 1_000_000_000L)]
    [InlineData("海门区项目建设如火如荼。\n\n某某智能装备产业园项目总投资11.7亿元。项目今年3月开工,整体达产后预计年产值超40亿元。", "2019-03", 1_170_000_000L)]
    public void TheProjectTheSentenceBeforeNamesIsTheOneThat该项目Starts(string text, string date, long yuan)
    {
        var started = Assert.Single(Facts(text, "2019-05-15").OfType<ProjectEventFact>());

        Assert.Equal((ProjectStage.Started, date, yuan), (started.Stage, started.Date, started.InvestmentYuan));
        Assert.True(started.ProjectCount is null or 1);
    }

    [Theory]
    [InlineData("通州区项目建设如火如荼。\n\n据了解,该项目4月底开工。")]
    [InlineData("通州区项目建设如火如荼。\n\n全区新签约项目12个。该项目4月底开工。")]
    [InlineData("通州区项目建设如火如荼。\n\n某某电子厂房项目正在建设。项目建设如火如荼,4月底开工的厂房已封顶。")]
    public void 该项目WithNoSingleProjectNamedJustBeforeIsNoEvent(string text) =>
        Assert.DoesNotContain(Facts(text, "2019-05-15").OfType<ProjectEventFact>(), e => e.Stage == ProjectStage.Started && e.Date == "2019-04");

    [Theory]
    [InlineData("今年1-5月,如皋高新区实现工业开票销售312亿元。新签约亿元以上项目18个,新开工亿元以上项目12个。", "2025-05")]
    [InlineData("前三季度,海安市实现地区生产总值1200亿元。新签约亿元以上项目45个,新开工亿元以上项目30个。", "2025-Q3")]
    public void CountsAfterASentenceThatNamesARunOfMonthsSumThatRun(string text, string date)
    {
        var events = Facts(text, "2025-10-10").OfType<ProjectEventFact>().ToList();

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal((date, FactScope.Period), (e.Date, e.Scope)));
    }

    [Fact]
    public void A签约开工TotalIsOneEventAtItsLaterStage()
    {
        var events = Facts("3月28日,启东市举行一季度重大项目集中签约开工活动,集中签约开工项目26个,总投资218亿元。", "2025-03-29").OfType<ProjectEventFact>();

        var started = Assert.Single(events);
        Assert.Equal((ProjectStage.Started, 26, 21_800_000_000L), (started.Stage, started.ProjectCount, started.InvestmentYuan));
    }

    [Theory]
    [InlineData("2023年,通州区新签约项目128个。近三年来,全区共有48个项目竣工投产。")]
    [InlineData("2023年,通州区新签约项目128个。近十年以来,全区累计有48个项目竣工投产。")]
    public void ASummaryOverTheLastYearsRunsToPublicationNotToTheYearNamedBefore(string text)
    {
        var summary = Assert.Single(Facts(text, "2024-12-20").OfType<ProjectEventFact>(), e => e.ProjectCount == 48);

        Assert.Equal(("2024-12", FactScope.Period), (summary.Date, summary.Scope));
    }

    [Theory]
    [InlineData("2月12日,南通7个重大交通项目集中开工。两天后,南通市城市和交通建设推进大会召开。", "2019-02-14")]
    [InlineData("2月12日,南通7个重大交通项目集中开工。三日后,南通市城市和交通建设推进大会召开。", "2019-02-15")]
    public void DaysAfterTheDayNamedBeforeDateTheMeeting(string text, string date)
    {
        var meeting = Assert.Single(Facts(text, "2019-03-05").OfType<MeetingFact>());

        Assert.Equal(date, meeting.Date);
    }

    [Theory]
    [InlineData("本报讯(记者 张三)3月6日讯 昨日,海门区召开区委常委会会议,研究部署近期重点工作。", "2024-03-10", "2024-03-05")]
    [InlineData("南通日报2024年3月6日讯 昨天,如皋市召开重大项目推进会。", "2024-03-10", "2024-03-05")]
    [InlineData("本报讯 昨日,海门区召开区委常委会会议。", "2024-03-10", "2024-03-09")]
    [InlineData("本报讯 1月6日讯 昨日,海门区召开区委常委会会议。", "2024-03-10", "2024-03-09")]
    public void 昨日CountsFromTheStorysDatelineWhenALaterPageCarriesIt(string text, string published, string date)
    {
        var meeting = Assert.Single(Facts(text, published).OfType<MeetingFact>());

        Assert.Equal(date, meeting.Date);
    }
}
