using Metrics.Extraction.Facts;
using Metrics.Extraction;
using Metrics.Facts;

namespace Metrics.Tests.Extraction.Facts;

public sealed class MeetingExtractionTests
{
    private static IReadOnlyList<MeetingFact> Meetings(string text, string published, string? title = null) =>
        FactExtractor.Extract(new ArticleInput(text, DateOnly.Parse(published), title)).OfType<MeetingFact>().ToList();

    [Fact]
    public void DistrictMobilizationAfterALaunchIsAMeetingOfTheArticlesDistrict()
    {
        var meetings = Meetings("2月11日,在全区一季度项目集中开工仪式之后,我区召开项目建设动员大会,动员全区上下按下项目攻坚“快进键”。", "2023-02-13", "通州区项目建设");

        var meeting = Assert.Single(meetings);
        Assert.Equal(("通州区", "2023-02-11", MeetingKind.Mobilization), (meeting.District, meeting.Date, meeting.Kind));
    }

    [Fact]
    public void TheSameDayAsAMonthIsOnlyKnownToTheMonth()
    {
        var meeting = Assert.Single(Meetings("2022-11-30 09:12:45 来源: 南通网\n本月下旬,如皋市举行重大项目集中签约活动。当天下午,如皋市召开招商引资工作推进会。", "2022-11-30"));

        Assert.Equal(("2022-11", DatePrecision.Month), (meeting.Date, meeting.Precision));
    }

    [Fact]
    public void ATheoryStudyGroupsSessionIsAStudySessionNotTheStudyOfAnotherMeeting()
    {
        var meeting = Assert.Single(Meetings("8月31日,通州区委理论学习中心组举行专题学习会,区委书记陆卫东主持。", "2021-09-01"));

        Assert.Equal(("通州区", "2021-08-31", MeetingKind.StudySession, "陆卫东"), (meeting.District, meeting.Date, meeting.Kind, meeting.Chair));
    }

    [Theory]
    [InlineData("1月4日,如东县委经济工作会议召开。县委书记陈忠伟出席会议并讲话,县长王玉峰主持会议。", "王玉峰")]
    [InlineData("1月4日,如东县委经济工作会议召开。会议由县长王玉峰主持。", "王玉峰")]
    [InlineData("1月4日,如东县委经济工作会议召开。县长王玉峰主持召开县政府常务会议。", null)]
    [InlineData("1月4日,如东县委经济工作会议召开。\n\n县长王玉峰主持会议。", null)]
    public void TheChairMayBeNamedInTheNextSentenceOfTheParagraph(string text, string? chair)
    {
        var meeting = Assert.Single(Meetings(text, "2024-01-05"), m => m.Kind == MeetingKind.WorkConference);

        Assert.Equal(chair, meeting.Chair);
    }
}

public sealed class MeetingKindAndPlaceTests
{
    private static IReadOnlyList<MeetingFact> Meetings(string text, string published, string? title = null, string? publisher = null) =>
        FactExtractor.Extract(new ArticleInput(text, DateOnly.Parse(published), title, publisher)).OfType<MeetingFact>().ToList();

    // tricky-cases L17: whitelisted names; (扩大) is a modifier; a session number is optional.
    [Theory]
    [InlineData("3月2日,区长主持召开区政府常务会议,研究部署重点工作。", MeetingKind.GovernmentExecutive)]
    [InlineData("3月2日,区委书记主持召开区委常委会(扩大)会议。", MeetingKind.StandingCommittee)]
    [InlineData("3月2日,区委理论学习中心组学习会召开。", MeetingKind.StudySession)]
    [InlineData("3月2日,全区项目建设推进会召开。", MeetingKind.WorkConference)]
    [InlineData("3月2日,区委召开全区工作会议暨项目建设动员大会。", MeetingKind.Mobilization)]
    [InlineData("3月2日,区委召开全区纪念建党99周年大会暨基层书记工作讲坛。", MeetingKind.Commemoration)]
    [InlineData("3月2日,港闸区十七届人大四次会议开幕。", MeetingKind.Plenary)]
    [InlineData("3月2日,港闸区召开2020年一季度经济运行分析会。", MeetingKind.WorkConference)]
    [InlineData("3月2日,港闸区十七届人大常委会第十次会议召开。", MeetingKind.Other)]
    [InlineData("3月2日,主席团常务主席陈中锋主持召开了大会主席团第六次会议,听取大会选举结果。", MeetingKind.Other)]
    public void MeetingNamesGiveTheirKind(string sentence, MeetingKind kind)
    {
        var meeting = Assert.Single(Meetings(sentence, "2020-03-05", "港闸区"));

        Assert.Equal(kind, meeting.Kind);
    }

    [Theory]
    [InlineData("3月20日,海安市委常委会召开会议,市委书记于立忠主持会议。", "海安市", MeetingKind.StandingCommittee)]
    [InlineData("3月20日,海安市委常委會召開會議,市委書記于立忠主持會議。", "海安市", MeetingKind.StandingCommittee)]
    [InlineData("3月20日上午,海门区委常委会召开扩大会议。", "海门区", MeetingKind.StandingCommittee)]
    [InlineData("3月20日,崇川区政府召开常务会议。", "崇川区", MeetingKind.GovernmentExecutive)]
    [InlineData("3月20日,通州区委召开常委会会议。", "通州区", MeetingKind.StandingCommittee)]
    [InlineData("3月20日,苏锡通园区党工委召开会议。", "苏锡通科技产业园区", MeetingKind.StandingCommittee)]
    [InlineData("3月20日,苏锡通园区召开党工委会议。", "苏锡通科技产业园区", MeetingKind.StandingCommittee)]
    [InlineData("3月20日,海门区召开全区组织工作会议。", "海门区", MeetingKind.WorkConference)]
    [InlineData("3月20日,海门区委召开全区组织工作会议。", "海门区", MeetingKind.WorkConference)]
    [InlineData("3月20日,崇川区召开2024年度优化营商环境大会。", "崇川区", MeetingKind.Other)]
    [InlineData("3月20日,如皋市召开“三级干部”大会。", "如皋市", MeetingKind.Other)]
    public void TheOrganThatCallsAMeetingNamesIt(string sentence, string district, MeetingKind kind)
    {
        var meeting = Assert.Single(Meetings(sentence, "2024-03-21"));

        Assert.Equal((district, "2024-03-20", kind), (meeting.District, meeting.Date, meeting.Kind));
    }

    [Theory]
    [InlineData("3月20日,省委常委会召开会议,传达学习全国两会精神。")]
    [InlineData("3月20日,区委书记王晖主持召开会议。")]
    [InlineData("3月20日,海安市召开的一次重要会议。")]
    public void AnotherLevelsOrganOrABareMeetingIsNoDistrictMeeting(string sentence)
    {
        Assert.Empty(Meetings(sentence, "2024-03-21", "海安市"));
    }

    [Fact]
    public void A大会InWhatAMeetingPassedIsNoMeetingOfItsOwn()
    {
        var meeting = Assert.Single(Meetings("3月20日,海安市政协会议闭幕。会议通过大会选举办法、大会选举监票人名单,并进行选举。", "2024-03-21"));

        Assert.Equal(MeetingKind.Plenary, meeting.Kind);
    }

    // tricky-cases L3: the county-level city's own standing committee, its session number optional.
    [Fact]
    public void CountyLevelCityStandingCommitteeWithSessionNumberIsThatCitys()
    {
        var meeting = Assert.Single(Meetings("9月28日,市委书记于立忠主持召开十四届市委常委会第7次会议。", "2021-09-28", "海安市委常委会", "海安日报"));

        Assert.Equal(("海安市", "2021-09-28", MeetingKind.StandingCommittee), (meeting.District, meeting.Date, meeting.Kind));
    }

    // tricky-cases L18: the city's committee reported by a district outlet is the city's.
    [Fact]
    public void CityStandingCommitteeInADistrictOutletIsNantongs()
    {
        var meeting = Assert.Single(Meetings("22日下午,南通市委书记王晖主持召开南通市委常委会会议。", "2022-11-23", "通州区新闻", "通州日报"));

        Assert.Equal(("南通市", "2022-11-22"), (meeting.District, meeting.Date));
    }

    [Fact]
    public void StudyingTheSpiritOfAProvincialCongressIsNoMeeting()
    {
        var meetings = Meetings("11月28日,海门区召开区委常委会会议,传达学习省第十四次党代会精神。", "2021-12-31");

        var meeting = Assert.Single(meetings);
        Assert.Equal(MeetingKind.StandingCommittee, meeting.Kind);
    }

    [Fact]
    public void CongressAndCppccSessionsOnTheSameDaysAreTwoMeetings()
    {
        var meetings = Meetings("2025年1月6日至10日,南通市通州区第十七届人民代表大会第四次会议、区政协第十四届委员会第四次会议胜利召开。", "2025-01-11");

        Assert.Equal(2, meetings.Count);
        Assert.All(meetings, m => Assert.Equal(("通州区", "2025-01-06", MeetingKind.Plenary), (m.District, m.Date, m.Kind)));
    }

    [Fact]
    public void TheSameSessionUnderItsFullAndShortNameIsOneMeeting()
    {
        var meetings = Meetings(
            "1月11日至13日,中国人民政治协商会议港闸区第九届委员会第四次会议顺利召开。11日上午,区政协九届四次会议举行开幕会。", "2020-01-15");

        var meeting = Assert.Single(meetings);
        Assert.Equal(("港闸区", "2020-01-11", MeetingKind.Plenary), (meeting.District, meeting.Date, meeting.Kind));
    }

    [Fact]
    public void AVagueImportantMeetingIsNoMeeting()
    {
        Assert.Empty(Meetings("5月30日,会议指出,这次全国两会是在关键时刻召开的一次重要会议。", "2020-06-01", "港闸区"));
    }

    [Fact]
    public void ASymposiumHeldElsewhereWithoutANantongActorIsNoDistrictMeeting()
    {
        Assert.Empty(Meetings("10月下旬,在上海举行科创项目对接恳谈会,一批高质量科创项目集中签约。", "2021-12-31", "海门区"));
    }

    [Fact]
    public void WatchingACityMeetingIsTheDistrictsOwnSession()
    {
        var meeting = Assert.Single(Meetings(
            "11日上午,区疫情防控指挥部指挥长、区委副书记、区长、区政协主席曹金海召集相关部门收听收看了全市疫情防控工作调度会。", "2020-04-13", "港闸区"));

        Assert.Equal(("港闸区", "2020-04-11", MeetingKind.WorkConference), (meeting.District, meeting.Date, meeting.Kind));
    }

    [Fact]
    public void CongratulatingTheAssemblyIsNoSecondMeeting()
    {
        var meetings = Meetings("1月11日,区政协九届四次会议举行开幕会。黄卫锋代表中共港闸区委向大会召开表示热烈祝贺。", "2020-01-15");

        var meeting = Assert.Single(meetings);
        Assert.Equal(MeetingKind.Plenary, meeting.Kind);
    }

    [Fact]
    public void AnUndatedPageIsWrittenInTheYearItCallsClosingAndYesterdayKeepsOnlyThatYear()
    {
        var text = "日报讯 昨天,市委副书记、市长吴新明主持召开市政协主席、各民主党派负责人座谈会,听取对2023年《政府工作报告(征求意见稿)》的意见建议。与会人员说,即将过去的2022年,市政府高效统筹疫情防控和经济社会发展。";

        var meeting = Assert.Single(FactExtractor.Extract(new ArticleInput(text, null, null)).OfType<MeetingFact>());

        Assert.Equal(("南通市", "2022", MeetingKind.Symposium), (meeting.District, meeting.Date, meeting.Kind));
    }

    [Theory]
    [InlineData("2022年,我市深入开展“三个年”活动,项目建设取得新突破。全市新开工5亿元以上项目195个。")]
    [InlineData("2022年,全市将新开工5亿元以上项目200个。")]
    public void AnUndatedPageLookingBackOnAWholeYearGivesNoYearToAnotherSentence(string review)
    {
        var text = "1月30日,南通市委市政府召开全市项目建设动员大会。" + review;

        var meeting = Assert.Single(FactExtractor.Extract(new ArticleInput(text, null, null)).OfType<MeetingFact>());

        // GOLD_SCHEMA: a year elsewhere in the text (here a past report) never dates an undated event.
        Assert.Equal(("南通市", null, MeetingKind.Mobilization), (meeting.District, meeting.Date, meeting.Kind));
    }
}
