using Metrics.Facts;
using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// A standing committee of a people's congress or CPPCC decides when the next session sits (issue 13, a probe set of
/// meeting reports): the committee's sitting is a meeting, the session it convenes is not one yet.
/// </summary>
public sealed class SessionDecisionClassTests
{
    [Theory]
    [InlineData("会议表决通过了关于召开南通市海门区第二届人民代表大会第三次会议的决定。")]
    [InlineData("会议同意政协南通市海门区第二届委员会第三次会议于2023年1月9日召开。")]
    [InlineData("会议听取了南通市海门区第二届人民代表大会第三次会议日程安排的说明。")]
    public void TheSessionAStandingCommitteeConvenesIsNotHeldYet(string decision)
    {
        var text = "海门日报\n昨天,区人大常委会召开第八次会议,区人大常委会主任主持会议。" + decision;

        var meeting = Assert.Single(Metrics.Tests.Support.Extracted.Meetings(text, "2022-12-21"));

        Assert.Equal(("2022-12-20", MeetingKind.Other), (meeting.Date, meeting.Kind));
    }

    [Fact]
    public void ASessionToldAsHeldOnADayBeforeThePageIsHeld()
    {
        var text = "海门日报\n政协南通市海门区第二届委员会第三次会议于2023年1月9日开幕,会期3天。";

        var meeting = Assert.Single(Metrics.Tests.Support.Extracted.Meetings(text, "2023-01-10"));

        Assert.Equal(("2023-01-09", MeetingKind.Plenary), (meeting.Date, meeting.Kind));
    }
}
