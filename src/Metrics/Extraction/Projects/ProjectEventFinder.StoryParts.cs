using Metrics.Extraction.Budget;
using Metrics.Extraction.Numbers;
using Metrics.Extraction.Text;

namespace Metrics.Extraction.Projects;

/// <summary>
/// How the parts of a story relate: a part that goes on about the project an earlier part told, a page of one
/// project, an occasion counted into a total, some of the last batch reaching a later stage.
/// </summary>
internal static partial class ProjectEventFinder
{
    // A page that so far told one project's stages and no batch (a feature on one company's plant).
    private static bool OnlyOneProjectSoFar(List<ProjectCandidate> candidates) =>
        candidates.Count > 0 && candidates.All(c => !c.IsBatch && !c.IsUncountedBatch && !c.MemberOfBatch);

    /// <summary>
    /// 2020年3月2日,锦程项目在川姜镇签约落户;同月,项目开工建设: a part of the sentence that opens with an anaphor
    /// (after its time) goes on about the one project an earlier part reported; that project's stage, or null.
    /// </summary>
    private static ProjectCandidate? EarlierPartGoneOnAbout(string text, List<ProjectCandidate> candidates, Sentence sentence, int sentenceIndex, int position)
    {
        var partStart = TextScan.PartStart(text, sentence.Start, position);
        return partStart > sentence.Start && ProjectAnaphora.OpensWithAnaphor(text[partStart..sentence.End])
            ? candidates.LastOrDefault(c => c.SentenceIndex == sentenceIndex && c.Position < partStart && c is { Count: null, IsUncountedBatch: false, MemberOfBatch: false })
            : null;
    }

    // 其中的3个项目, 其中3个: the breakdown is a number of the batch's projects.
    private static bool OpensWithACount(string text, IReadOnlyList<CountMention> counts, int from)
    {
        while (from < text.Length && text[from] is '的' or ',' or '，' or ' ')
        {
            from++;
        }

        return TextOrder.StartingIn(counts, from, from + 1, static c => c.Start).Any(c => c.Start == from);
    }

    // 加上此次签约的云数项目,…今年已签约…27个: a total that includes the occasion is no occasion.
    private static bool MarksAnEvent(string near)
    {
        foreach (var marker in EventMarkers)
        {
            for (var at = near.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = near.IndexOf(marker, at + 1, StringComparison.Ordinal))
            {
                if (!NotAnEvent.IncludingWords.Any(word => TextScan.EndsAt(near, at, word)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // How far into its sentence a 其中 may open it (次日,其中的3个项目).
    private const int BreakdownOpeningReach = 6;
}
