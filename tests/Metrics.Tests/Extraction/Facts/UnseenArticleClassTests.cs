using Metrics.Extraction;
using Metrics.Extraction.Facts;

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
}
