using Metrics.Extraction;
using Metrics.Extraction.Facts;

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
}
