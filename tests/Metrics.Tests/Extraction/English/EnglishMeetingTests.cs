using Metrics.Extraction.Facts;
using Metrics.Extraction;
using Metrics.Facts;

namespace Metrics.Tests.Extraction.English;

public sealed class EnglishMeetingTests
{
    private const string Filler =
        " The meeting called on all departments to speed up project construction at the beginning of the new year and to keep investment promotion going."
        + " Officials reviewed the progress of major industrial projects and the services offered to enterprises across the city.";

    private static IReadOnlyList<MeetingFact> Meetings(string text, string? published) =>
        FactExtractor.Extract(new ArticleInput(text + Filler, published is null ? null : DateOnly.Parse(published), null)).OfType<MeetingFact>().ToList();

    [Fact]
    public void AMeetingHeldByANantongPlaceOnAWrittenDayIsFound()
    {
        var meeting = Assert.Single(Meetings(
            "On January 4, Nantong held a mobilization meeting for the city's Year of Breakthroughs in Major Projects. Deputy Secretary and Mayor Zhang Tong presided over the meeting.",
            "2024-01-05"));

        Assert.Equal(("南通市", "2024-01-04", MeetingKind.Mobilization, "Zhang Tong"), (meeting.District, meeting.Date, meeting.Kind, meeting.Chair));
        Assert.StartsWith("On January 4, Nantong held", meeting.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On December 28, Haimen convened a standing committee meeting of the district Party committee.", "2020-01-02", "海门区", "2019-12-28", MeetingKind.StandingCommittee)]
    [InlineData("Haimen held a work conference on 3 March 2021 to deploy the year's projects.", null, "海门区", "2021-03-03", MeetingKind.WorkConference)]
    [InlineData("On May 6, Qidong held a promotion meeting on projects from Shanghai.", "2021-05-07", "启东市", "2021-05-06", MeetingKind.WorkConference)]
    public void TheYearComesFromTheTextOrTheLastPastOccurrence(string text, string? published, string district, string date, MeetingKind kind)
    {
        var meeting = Assert.Single(Meetings(text, published));

        Assert.Equal((district, date, kind), (meeting.District, meeting.Date, meeting.Kind));
    }

    [Theory]
    [InlineData("On February 3, Beijing's Tongzhou District held a mobilization meeting for major projects.", "2023-02-03")]
    [InlineData("Nantong held a mobilization meeting for major projects.", "2023-02-03")]
    [InlineData("On January 4, Nantong held a mobilization meeting for major projects.", null)]
    public void ElsewhereOrUndatedMeetingsAreNotFound(string text, string? published)
    {
        Assert.Empty(Meetings(text, published));
    }
}
