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

    // 两个产业项目同日开工 / 发布时间:2024-12-24 / 23日,…同日开工: a line of the item's furniture may stand between.
    private const int FurnitureLines = 1;

    public static List<FoundMeeting> DropMeetingRepeats(ArticleText article, List<FoundMeeting> meetings)
    {
        var bySentence = meetings.ToLookup(m => article.SentenceIndexAt(m.Fact.EvidenceStart));
        ExtractionBudget.Step(meetings.Count);
        return [.. meetings.Where(heading => !(IsHeadingAt(article, heading.Fact.EvidenceStart, out var index)
            && ItemSentences(article, index).SelectMany(k => bySentence[k])
                .Any(told => told.Fact.Kind == heading.Fact.Kind && IsSamePlace(article, index, told.Fact.District, heading.Fact.District))))];
    }

    public static void DropProjectRepeats(ArticleText article, List<ProjectCandidate> candidates)
    {
        var bySentence = candidates.ToLookup(c => c.SentenceIndex);
        ExtractionBudget.Step(candidates.Count);
        candidates.RemoveAll(heading => IsHeadingAt(article, heading.EvidenceStart, out var index)
            && ItemSentences(article, index).SelectMany(k => bySentence[k])
                .Any(told => told.Stage == heading.Stage && IsSamePlace(article, index, told.District, heading.District)
                    && (heading.Count is null || told.Count?.Value == heading.Count.Value)));
    }

    /// <summary>The sentences below a heading that may tell its item: the next, or the one after a furniture line.</summary>
    private static IEnumerable<int> ItemSentences(ArticleText article, int heading)
    {
        for (var told = heading + 1; told <= heading + FurnitureLines + 1 && told < article.Sentences.Count; told++)
        {
            yield return told;
            if (!TitleLine.Is(article.Sentences[told], HeadingLength))
            {
                yield break;
            }
        }
    }

    // 两个产业项目同日开工 names no place: the district it was given came from the item before, not from itself.
    private static bool IsSamePlace(ArticleText article, int heading, string? toldDistrict, string? headingDistrict) =>
        toldDistrict == headingDistrict || !article.NamesANantongPlace(article.Sentences[heading].Start, article.Sentences[heading].End);

    private static bool IsHeadingAt(ArticleText article, int start, out int index)
    {
        index = article.SentenceIndexAt(start);
        return index > 0 && index + 1 < article.Sentences.Count && TitleLine.IsHeading(article.Sentences, index, HeadingLength);
    }
}
