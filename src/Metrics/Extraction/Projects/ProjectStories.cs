using Metrics.Extraction.Numbers;

namespace Metrics.Extraction.Projects;

/// <summary>
/// One project told at several stages (昨天,桐昇…项目竣工投产。项目由…投资建设,总投资80亿元。该项目于2021年11月签约
/// 落户如东,2022年3月开工建设): every stage's fact is that project's, so each carries the project's total investment.
/// </summary>
internal static class ProjectStories
{
    // How many sentences that go on about the project (项目由…投资建设) may stand between its first report and the anaphor.
    private const int ContinuationsBack = 2;

    public static void ShareAmounts(ArticleText article, List<ProjectCandidate> candidates)
    {
        foreach (var told in candidates.Where(c => c.StorySentence is not null).GroupBy(c => c.StorySentence!.Value))
        {
            var first = FirstReport(article, candidates, told.Key);
            var story = candidates
                .Where(c => IsOneProject(c) && (c.StorySentence == told.Key || (c.SentenceIndex >= first && c.SentenceIndex <= told.Key) || told.Any(t => t.SentenceIndex == c.SentenceIndex)))
                .ToList();
            var amounts = story.Select(c => c.Amount).OfType<MoneyMention>().Distinct().ToList();
            if (amounts.Count != 1 || story.Select(c => c.District).Distinct().Count() != 1)
            {
                continue;
            }

            foreach (var stage in story)
            {
                stage.Amount ??= amounts[0];
            }
        }
    }

    // The anaphor may point at a sentence that itself goes on about the project (项目由…投资建设): the story starts where it was first reported.
    private static int FirstReport(ArticleText article, List<ProjectCandidate> candidates, int named)
    {
        var first = named;
        while (first > 0 && named - first < ContinuationsBack && !candidates.Any(c => c.SentenceIndex == first && IsOneProject(c))
            && ProjectAnaphora.OpensWithAnaphor(article.Sentences[first].Text))
        {
            first--;
        }

        return first;
    }

    private static bool IsOneProject(ProjectCandidate candidate) =>
        !candidate.MemberOfBatch && !candidate.IsBatch && !candidate.IsUncountedBatch && candidate.Count is null or { Value: 1 };
}
