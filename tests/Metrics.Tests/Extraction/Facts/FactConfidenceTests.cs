using Metrics.Extraction;
using Metrics.Extraction.Facts;

namespace Metrics.Tests.Extraction.Facts;

public sealed class FactConfidenceTests
{
    private static IReadOnlyList<ExtractedFact> Facts(string text, string? published) =>
        FactExtractor.Extract(new ArticleInput(text, published is null ? null : DateOnly.Parse(published), null));

    [Fact]
    public void AnEventWithItsOwnDatePlaceAndFiguresIsFullyConfident()
    {
        var signing = Assert.Single(Facts("3月2日,海门区16个项目集中签约,总投资83.2亿元。", "2023-03-03"));

        Assert.Equal(1.0, signing.Confidence);
    }

    [Fact]
    public void ABorrowedDateAndAMissingFigureLowerConfidence()
    {
        var facts = Facts("3月2日,海门区召开项目推进会。\n会上,新材料产业园项目成功签约。", "2023-03-03");

        var signing = Assert.Single(facts.OfType<ProjectEventFact>());
        var meeting = Assert.Single(facts.OfType<MeetingFact>());
        Assert.True(signing.Confidence < meeting.Confidence, $"{signing.Confidence} vs {meeting.Confidence}");
        Assert.InRange(signing.Confidence, 0.1, 0.8);
    }

    [Fact]
    public void AnUndatedMeetingIsLessConfidentThanADatedOne()
    {
        var undated = Assert.Single(Facts("7月29日,海安市人大常委会第二十七次会议召开。", null));
        var dated = Assert.Single(Facts("7月29日,海安市人大常委会第二十七次会议召开。", "2025-07-30"));

        Assert.Null(undated.Date);
        Assert.True(undated.Confidence < dated.Confidence);
    }
}
