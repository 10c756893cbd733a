using Metrics.Extraction.Budget;
using Metrics.Extraction.Numbers;
using Metrics.Extraction.Text;
using Metrics.Facts;

namespace Metrics.Extraction.Projects;

/// <summary>
/// 海门区12个重大项目集中开工 over 3月5日,海门区举行集中开工活动: the headline tells how many projects the
/// dated launch of the body had, which the body itself leaves out.
/// </summary>
internal static class HeadlineCounts
{
    public static void Adopt(ArticleText article, List<ProjectCandidate> candidates, IReadOnlyList<CountMention> counts)
    {
        if (article.Headline is not { } headline)
        {
            return;
        }

        var text = article.Text;
        foreach (var count in TextOrder.StartingIn(counts, headline.Start, headline.End, static c => c.Start))
        {
            ExtractionBudget.Step();
            if (count.Start < headline.Start || count.End > headline.End || count.Value < 2 || !ProjectEventFinder.IsProjectCount(text, count))
            {
                continue;
            }

            var stage = StageAfter(text, count.End, headline.End);
            var launches = candidates.Where(c => c.Stage == stage && c is { IsUncountedBatch: true, Count: null, MemberOfBatch: false, Scope: FactScope.Event }
                && c.Date is not null && c.SentenceIndex > 0).ToList();
            // The launch may be told twice (举行集中开工活动,…宣布开工): one day, one launch; a body that counts it itself wins.
            var counted = candidates.Any(c => c.Stage == stage && c is { Count.Value: >= 2, MemberOfBatch: false } && launches.Any(l => l.Date!.GoldDate == c.Date?.GoldDate));
            if (stage is not null && !counted && launches.Count > 0 && launches.Select(l => l.Date!.GoldDate).Distinct().Count() == 1)
            {
                foreach (var launch in launches)
                {
                    launch.Count = count;
                    launch.IsUncountedBatch = false;
                }
            }
        }
    }

    private static ProjectStage? StageAfter(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (StageVocabulary.At(text, i) is { } hit && i + hit.Word.Length <= end)
            {
                return hit.Stage;
            }
        }

        return null;
    }
}
