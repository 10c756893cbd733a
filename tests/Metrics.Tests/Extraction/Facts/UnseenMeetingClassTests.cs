using Metrics.Extraction;
using Metrics.Extraction.Facts;
using Metrics.Facts;
using Metrics.Tests.Support;
using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// Meeting classes found with probe articles written in the style of district news (issue 13),
/// not copied from the dev corpus.
/// </summary>
public sealed class UnseenMeetingClassTests
{
    [Theory]
    [InlineData("1月9日,苏锡通科技产业园区党工委书记虞越嵩主持召开党工委会议,研究重点工作。", "苏锡通科技产业园区", MeetingKind.StandingCommittee)]
    [InlineData("苏锡通科技产业园区召开党工委会议\n1月9日,园区党工委书记主持召开党工委会议。", "苏锡通科技产业园区", MeetingKind.StandingCommittee)]
    [InlineData("海安市召开市委常委会会议\n1月9日,市委书记主持召开常委会会议,研究近期工作。", "海安市", MeetingKind.StandingCommittee)]
    public void AHeadThatOpensWithItsOrganIsAWholeName(string text, string district, MeetingKind kind)
    {
        var meeting = Assert.Single(Extracted.Meetings(text, "2024-01-10"));

        Assert.Equal((district, "2024-01-09", kind), (meeting.District, meeting.Date, meeting.Kind));
    }

    [Fact]
    public void ABareOrganHeadThatIsNotHeldIsNoMeeting()
    {
        Assert.Empty(Extracted.Meetings("海安市委常委会会议议题由书记办公会确定,党工委会议纪要按月印发。", "2024-01-10"));
    }

    [Fact]
    public void ASiteTourActivityCarriedOutIsAWorkConference()
    {
        var meeting = Assert.Single(Extracted.Meetings("9月27日,海门区组织开展三季度重点项目观摩活动,共观摩项目15个,总投资达86亿元。", "2023-09-28"));

        Assert.Equal(("海门区", "2023-09-27", MeetingKind.WorkConference), (meeting.District, meeting.Date, meeting.Kind));
    }

    [Fact]
    public void CarryingOutStudyAtAMeetingHoldsNoSecondMeeting()
    {
        Assert.Empty(Extracted.Meetings("会议期间,委员们严守大会纪律要求,扎实开展集中学习研讨。", "2024-01-10"));
    }

    [Theory]
    [InlineData("本报讯 元旦刚过,崇川区就召开全区经济工作会议,总结2024年工作,部署2025年任务。")]
    [InlineData("本报讯 新年伊始,海门区召开区委常委会会议,回顾2024年工作。")]
    public void AYearTheMeetingDiscussesDoesNotDateIt(string text)
    {
        Assert.DoesNotContain(Extracted.Meetings(text, "2025-01-05"), m => m.Date == "2024");
    }

    [Theory]
    [InlineData("1月10日,政协如东县第十六届委员会第二次会议主席团举行第一次会议。")]
    [InlineData("1月10日,如东县十六届人大二次会议主席团举行第一次会议。")]
    public void ASessionsPresidiumMeetingIsOther(string text)
    {
        var meeting = Assert.Single(Extracted.Meetings(text, "2024-01-11"));

        Assert.Equal(("如东县", "2024-01-10", MeetingKind.Other), (meeting.District, meeting.Date, meeting.Kind));
    }

    [Theory]
    [InlineData("7月3日,海安市人大常委会召开第二十次主任会议。会议建议,常委会第十五次会议于7月中旬召开。")]
    [InlineData("7月3日,海安市人大常委会召开第二十次主任会议。会议决定,市十七届人大常委会第十五次会议于7月下旬召开。")]
    public void AMeetingThatASittingProposesOrFixesIsNotHeld(string text)
    {
        var meeting = Assert.Single(Extracted.Meetings(text, "2023-07-04"));

        Assert.Equal("2023-07-03", meeting.Date);
    }

    [Theory]
    [InlineData("政府工作报告\n——2024年1月8日在海门区第二届人民代表大会第四次会议上\n区长 某某\n各位代表:")]
    [InlineData("政府工作报告\n——2024年1月8日在海门区\n第二届人民代表大会第四次会议上\n区长 某某")]
    [InlineData("——2024年1月8日在中共海门区委二届七次全会上的讲话")]
    public void AReportsDatedBylineAtASessionMeansItSatThatDay(string text)
    {
        var meeting = Assert.Single(Extracted.Meetings(text, "2024-01-12"));

        Assert.Equal(("2024-01-08", MeetingKind.Plenary), (meeting.Date, meeting.Kind));
    }

    [Theory]
    [InlineData("区长在区第二届人民代表大会第四次会议上作政府工作报告的精神要认真学习。")]
    [InlineData("全区上下要认真学习区委书记1月8日在区委二届七次全会上的讲话精神。")]
    public void AMeetingWhereSomeoneSpokeIsNotHeldByTheArticle(string text)
    {
        Assert.Empty(Extracted.Meetings(text, "2024-01-12"));
    }

    [Theory]
    [InlineData("2020年1月,南通市委十二届十次会议明确以通州湾作业区为主体港区。", "2020-01", MeetingKind.Plenary)]
    [InlineData("3月27日,南通市民营经济发展大会上,海门成功签约了总投资150亿元的数据中心项目。", "2020-03-27", MeetingKind.Other)]
    [InlineData("3月27日,在南通市重大项目推进会上,海门成功签约了总投资150亿元的数据中心项目。", "2020-03-27", MeetingKind.WorkConference)]
    public void AMeetingToldByWhatItDecidedOrWhatHappenedThereRightAfterTheDateSatThen(string text, string date, MeetingKind kind)
    {
        var meeting = Assert.Single(Extracted.Meetings(text, "2020-12-03"));

        Assert.Equal(("南通市", date, kind), (meeting.District, meeting.Date, meeting.Kind));
    }

    [Theory]
    [InlineData("全市上下要落实市委十二届十次会议提出的目标,加快建设新出海口。")]
    [InlineData("3月27日,海门区签约数据中心项目,这是落实南通市民营经济发展大会上提出的要求。")]
    public void AMeetingNamedWithoutItsOwnDateIsNotHeldByTheArticle(string text)
    {
        Assert.Empty(Extracted.Meetings(text, "2020-12-03"));
    }

    [Theory]
    [InlineData("如皋市政府召开常务会议\n3月2日,市长主持召开市政府第12次常务会议。会议原则通过了《实施方案》,决定提交市委常委会会议审议。")]
    [InlineData("如皋市委召开常委会会议\n3月2日,市委书记主持召开市委常委会会议。会议讨论了《意见(征求意见稿)》,同意提请市委十四届五次全会审议。")]
    public void AMeetingSomethingIsDecidedToBeSubmittedToHasNotSat(string text)
    {
        Assert.Single(Extracted.Meetings(text, "2023-03-03"));
    }

    [Theory]
    [InlineData("3月2日,如皋市委常委会召开会议,传达学习全市重大项目推进会议精神。")]
    [InlineData("3月2日,如皋市委常委会召开会议,传达学习全市重大项目推进会精神。")]
    public void AMeetingWhoseSpiritIsStudiedIsNotHeldEvenWhenItsNameEndsIn会议(string text)
    {
        var meeting = Assert.Single(Extracted.Meetings(text, "2023-03-03"));

        Assert.Equal(MeetingKind.StandingCommittee, meeting.Kind);
    }

    [Theory]
    [InlineData("8月2日,东台市委书记主持召开市委常委会会议,研究部署沿海开发工作。")]
    [InlineData("8月2日,江阴市委书记主持召开市委常委会会议,研究部署沿海开发工作。")]
    [InlineData("8月2日,嘉定区委书记主持召开区委常委会会议,研究部署重点工作。")]
    [InlineData("6月6日,在浙江湖州召开的长三角地区主要领导座谈会上,南通市签订合作框架协议。")]
    public void AMeetingOfAnotherJiangsuCountyOrAnotherCityIsNotNantongs(string text)
    {
        Assert.Empty(Extracted.Meetings("南通日报讯 " + text + "会议指出,要深化与南通市如东县的产业协作。", "2023-08-03"));
    }

    [Fact]
    public void AHeadlinesQuarterIsWhatTheMeetingHeardNotWhenItSat()
    {
        var text = "区委常委会召开会议 听取一季度重大项目推进情况汇报\n4月28日,港闸区委书记主持召开区委常委会会议,听取一季度全区重大项目推进情况汇报。";

        var meeting = Assert.Single(Extracted.Meetings(text, "2020-04-29"));

        Assert.Equal(("港闸区", "2020-04-28"), (meeting.District, meeting.Date));
    }

    [Theory]
    [InlineData("市委书记", "南通市")]
    [InlineData("区委书记", "海门区")]
    public void AChairNamedBareIsTheOfficeHeWasIntroducedWith(string title, string district)
    {
        var text = $"海门区:民营企业座谈会召开\n6月13日,{title}郑卫东来海门调研产业发展。调研期间,郑卫东主持召开民营企业座谈会,听取企业家意见建议。";

        var meeting = Assert.Single(Extracted.Meetings(text, "2024-06-14"));

        Assert.Equal((district, MeetingKind.Symposium), (meeting.District, meeting.Kind));
    }

    [Fact]
    public void TwoDistrictsCommitteesOnOneDayAreEachTheirLeadersDistrict()
    {
        var text = "港闸、海门部署过渡期工作\n29日,港闸区委书记黄志刚主持召开区委常委会会议,研究过渡期重点工作。\n同日,海门市委书记吴永兴主持召开市委常委会会议,研究撤市设区筹备工作。";

        var meetings = Extracted.Meetings(text, "2020-06-30");

        Assert.Equal([("港闸区", "2020-06-29"), ("海门区", "2020-06-29")], meetings.Select(m => (m.District!, m.Date!)));
    }

    [Fact]
    public void AMeetingANoticeSchedulesHasNotSat()
    {
        var text = "关于召开全区重大项目建设推进会的通知\n发布时间:2024-05-10 17:20 来源:区政府办公室\n各镇(街道)、园区:\n"
            + "经区政府研究,定于2024年5月15日(星期三)上午9:00召开全区重大项目建设推进会。现将有关事项通知如下。\n南通市通州区人民政府办公室\n2024年5月10日";

        Assert.Empty(Extracted.Meetings(text, "2024-05-10"));
    }

    [Theory]
    [InlineData("海门日报", "2019-05-18", "海门区")]
    [InlineData("海门日报", "2021-05-18", "南通市")]
    public void ACountyCitysOwnPaperMeansItsOwnCityCommittee(string publisher, string published, string district)
    {
        var text = "市委常委会召开会议\n16日,市委书记张国栋主持召开市委常委会会议,传达学习南通市委常委会会议精神,研究部署海门近期重点工作。";

        var meeting = Assert.Single(FactExtractor.Extract(new ArticleInput(text, DateOnly.Parse(published), null, publisher, null)).OfType<MeetingFact>());

        Assert.Equal(district, meeting.District);
    }

    [Fact]
    public void AChroniclesLineIsDatedByItsOwnDay()
    {
        var text = "启东市2023年第二季度大事记\n4月25日　南通市副市长周晓华来启调研生命健康产业发展情况。\n"
            + "5月18日　启东市(上海)生命健康产业招商推介会在上海举行。\n5月26日　市十八届人大常委会第十次会议召开。";

        var meetings = Extracted.Meetings(text, "2023-07-05");

        Assert.Equal([("2023-05-18", MeetingKind.Symposium), ("2023-05-26", MeetingKind.Other)], meetings.Select(m => (m.Date!, m.Kind)));
    }

    [Fact]
    public void EveryDistrictsSessionsAtOnceAreNoMeetingOfTheCity()
    {
        var text = "两会陆续召开\n本报讯 近日,我市各县(市、区)人代会、政协会议陆续召开。\n1月5日,崇川区第二届人民代表大会第四次会议开幕。";

        var meeting = Assert.Single(Extracted.Meetings(text, "2024-01-09"));

        Assert.Equal(("崇川区", "2024-01-05"), (meeting.District, meeting.Date));
    }

    [Theory]
    [InlineData("【香港商报网讯】江苏南通(香港)投资合作推介会22日在香港会议展览中心举行。", 1)]
    [InlineData("江苏省委常委会22日在南京召开会议。", 0)]
    public void JiangsuQualifyingNantongNamesNoProvincialMeeting(string text, int meetings)
    {
        Assert.Equal(meetings, Extracted.Meetings(text, "2017-11-24").Count);
    }
}
