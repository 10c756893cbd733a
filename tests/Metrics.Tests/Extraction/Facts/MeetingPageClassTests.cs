using Metrics.Facts;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>Classes of mistakes found on probe pages whose facts are mostly meetings (issue 13).</summary>
public sealed class MeetingPageClassTests
{
    [Theory]
    [InlineData("16日,上海如皋商会第三届会员大会暨2023年年会在上海召开。市委书记钱卫东出席并讲话。")]
    [InlineData("上月,集团第三届董事会第十二次会议在通州区审议通过了该投资事项。")]
    public void AChambersOrACompanysOwnMeetingIsNoDistrictMeeting(string text)
    {
        Assert.Empty(Support.Extracted.Meetings(text, "2023-12-18"));
    }

    [Theory]
    [InlineData("1月10日,中国人民政治协商会议如皋市第十四届委员会第四次会议开幕。", "如皋市")]
    [InlineData("1月10日,如皋市政协会议闭幕。", "如皋市")]
    [InlineData("16日,海门区(上海)商会成立大会暨投资环境说明会在上海举行。", "海门区")]
    public void APoliticalConsultativeSessionOrADistrictsFairWithAChamberStillCounts(string text, string district)
    {
        var meeting = Assert.Single(Support.Extracted.Meetings(text, "2020-01-16"));

        Assert.Equal(district, meeting.District);
    }
}
