using Dashboard.Components.Pages.Articles;

namespace Dashboard.Tests.Review;

public sealed class TextSegmentsTests
{
    [Fact]
    public void OverlappingEvidenceIsCutAtEveryBoundaryAndTheTextStaysWhole()
    {
        const string text = "甲乙丙丁戊己";

        var segments = TextSegments.Split(text, [(1, 1, 3), (2, 2, 3), (3, 40, 2)]);

        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(
            [("甲", ""), ("乙", "1"), ("丙丁", "1 2"), ("戊", "2"), ("己", "")],
            segments.Select(s => (s.Text, string.Join(' ', s.FactIds))));
    }
}
