using Metrics.Extraction;
using Metrics.Extraction.Facts;
using Metrics.Facts;
using Metrics.Tests.Support;

namespace Metrics.Tests.Extraction.Meetings;

/// <summary>
/// A meeting counts only when a district's (or the city's) Party committee, government, people's
/// congress or CPPCC convenes it: the province, a town, a company or a mass organisation does not.
/// </summary>
public sealed class MeetingConvenerTests
{
    public static TheoryData<string, string> ConvenerExamples() => VocabularyRows.Of("meeting-conveners.tsv", "ending", "example");

    [Theory]
    [MemberData(nameof(ConvenerExamples))]
    public void EveryConvenerExampleGivesNoMeeting(string ending, string example)
    {
        var meetings = Meetings(example);

        Assert.True(meetings.Count == 0, $"{ending}: {example} gave [{string.Join(", ", meetings.Select(m => $"{m.District} {m.Kind}"))}]");
    }

    [Theory]
    // A province-wide meeting (a video conference the district only watched) is not the district's.
    [InlineData("3月5日,全省安全生产电视电话会议召开。会后,如皋市紧接着召开全市安全生产工作会议,对全市工作进行部署。", "如皋市")]
    // A province leader's title before a Nantong organ is no convener: the city's standing committee.
    [InlineData("3月5日,省委常委、南通市委书记王某主持召开市委常委会会议。", "南通市")]
    // The place where the city meets (a town) is not its convener.
    [InlineData("3月31日上午,南通市委、市政府在海门市常乐镇举办2020年全市农业农村重大项目建设现场推进会。", "南通市")]
    // The district's own meeting after a town is named in its clause.
    [InlineData("3月5日,海门区召开全区重大项目推进会,三星镇等作交流发言。", "海门区")]
    public void ADistrictsMeetingBesideAnotherBodyStaysItsOwn(string text, string district)
    {
        var meeting = Assert.Single(Meetings(text));

        Assert.Equal(district, meeting.District);
    }

    [Theory]
    [InlineData("6月5日,海门区政协召开党组会议,传达学习有关精神。")]
    [InlineData("6月5日,海门区人大常委会党组召开党组(扩大)会议。")]
    public void APartyGroupMeetingOfACongressOrCppccIsOther(string text)
    {
        Assert.Equal(MeetingKind.Other, Assert.Single(Meetings(text)).Kind);
    }

    [Theory]
    [InlineData("6月5日,海门区政协召开主席会议,要求修改完善有关材料,提交区政协十二届二次会议审议。")]
    [InlineData("6月5日,海门区政协召开主席会议,要求做好区政协十二届二次会议的相关筹备工作。")]
    public void AMeetingSomethingGoesToOrIsPreparedForHasNotSat(string text)
    {
        Assert.Equal(MeetingKind.Other, Assert.Single(Meetings(text)).Kind);
    }

    private static List<MeetingFact> Meetings(string text) =>
        [.. FactExtractor.Extract(new ArticleInput(text, new DateOnly(2023, 3, 6), null)).OfType<MeetingFact>()];
}
