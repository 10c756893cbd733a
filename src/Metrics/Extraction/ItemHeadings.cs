using Metrics.Extraction.Budget;
using Metrics.Extraction.Meetings;
using Metrics.Extraction.Projects;
using Metrics.Extraction.Text;

namespace Metrics.Extraction;

/// <summary>
/// A roundup page's item heading (区委常委会召开会议 (2020-08-28) / 南通高新区2个项目竣工投产) restates the item below it,
/// which tells the fact with its own day (27日,…主持召开区委常委会会议): the heading's fact is that one, not another.
/// </summary>
internal static class ItemHeadings
{
    // How long a heading line may be.
    private const int HeadingLength = 40;

    public static List<FoundMeeting> DropMeetingRepeats(ArticleText article, List<FoundMeeting> meetings) =>
        [.. meetings.Where(heading => !(IsHeadingAt(article, heading.Fact.EvidenceStart, out var index)
            && meetings.Any(told => article.SentenceIndexAt(told.Fact.EvidenceStart) == index + 1
                && told.Fact.Kind == heading.Fact.Kind && told.Fact.District == heading.Fact.District)))];

    public static void DropProjectRepeats(ArticleText article, List<ProjectCandidate> candidates)
    {
        ExtractionBudget.Step(candidates.Count);
        candidates.RemoveAll(heading => IsHeadingAt(article, heading.EvidenceStart, out var index)
            && candidates.Any(told => told.SentenceIndex == index + 1 && told.Stage == heading.Stage && told.District == heading.District
                && (heading.Count is null || told.Count?.Value == heading.Count.Value)));
    }

    private static bool IsHeadingAt(ArticleText article, int start, out int index)
    {
        index = article.SentenceIndexAt(start);
        return index > 0 && index + 1 < article.Sentences.Count && TitleLine.IsHeading(article.Sentences, index, HeadingLength);
    }
}
