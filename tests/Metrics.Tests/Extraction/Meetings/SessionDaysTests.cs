using Metrics.Extraction;
using Metrics.Extraction.Facts;
using Metrics.Facts;

namespace Metrics.Tests.Extraction.Meetings;

/// <summary>A session of a congress or CPPCC runs for days: told on several of them, it is one meeting, dated by its opening.</summary>
public sealed class SessionDaysTests
{
    [Theory]
    [InlineData("1月11日上午,政协如东县第十六届委员会第三次会议在县会议中心隆重开幕。1月14日上午,政协如东县第十六届委员会第三次会议胜利闭幕。", "2024-01-11")]
    [InlineData("1月14日上午,政协如东县第十六届委员会第三次会议胜利闭幕。此前,1月11日上午,政协如东县第十六届委员会第三次会议隆重开幕。", "2024-01-11")]
    [InlineData("1月11日,如东县第十八届人民代表大会第四次会议举行预备会议。1月12日,如东县第十八届人民代表大会第四次会议开幕。", "2024-01-12")]
    public void ASessionToldOnSeveralDaysIsOneMeetingOfItsOpeningDay(string text, string date)
    {
        var session = Assert.Single(Meetings(text));

        Assert.Equal((MeetingKind.Plenary, date), (session.Kind, session.Date));
    }

    [Fact]
    public void TwoOrgansSessionsStayTwo()
    {
        var sessions = Meetings("1月11日,政协如东县第十六届委员会第三次会议开幕。1月12日,如东县第十八届人民代表大会第四次会议开幕。");

        Assert.Equal(["2024-01-11", "2024-01-12"], sessions.Select(s => s.Date).Order());
    }

    private static List<MeetingFact> Meetings(string text) =>
        [.. FactExtractor.Extract(new ArticleInput(text, new DateOnly(2024, 1, 15), null)).OfType<MeetingFact>()];
}
