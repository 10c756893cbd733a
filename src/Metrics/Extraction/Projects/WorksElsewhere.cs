using Metrics.Extraction.Budget;
using Metrics.Extraction.Numbers;
using Metrics.Extraction.Text;
using Metrics.Facts;

namespace Metrics.Extraction.Projects;

/// <summary>
/// 公司安徽滁州基地一期项目已于今年8月实现投产; 南通籍企业家在成都投资的西南家纺物流园项目正式开工; 集团位于广东阳江的运维基地
/// 已于去年投产: works that stand outside Nantong, whoever owns or builds them, are no Nantong district's. A signing
/// is told where it is held (在上海举行推介会,签约项目15个), so it is left to the actor rule.
/// </summary>
internal static class WorksElsewhere
{
    private static readonly string[] LocatingWords = ["在", "位于", "落户"];

    // 在上海举行的推介会上…: the place of an occasion, not of works.
    private static readonly string[] HoldingWords = ["举行", "举办", "召开"];

    public static bool Tells(ArticleText article, int partStart, int position, ProjectStage stage)
    {
        if (stage == ProjectStage.Signed)
        {
            return false;
        }

        var text = article.Text;
        var located = false;
        var lastOutsideEnd = -1;
        foreach (var place in TextOrder.StartingIn(article.Places, partStart, position, static p => p.Start))
        {
            ExtractionBudget.Step();
            if (place.Start < partStart || place.End > position)
            {
                continue;
            }

            if (!place.IsOutsideNantong)
            {
                // 南通籍企业: where the owner comes from, not where the works stand.
                if (place.District is not null && !TextScan.At(text, place.End, "籍"))
                {
                    return false;
                }

                continue;
            }

            // 安徽滁州, 上海浦东: a province or city and a place in it locate what follows.
            var chained = place.Start == lastOutsideEnd;
            lastOutsideEnd = place.End;
            if ((chained || LocatingWords.Any(word => TextScan.EndsAt(text, place.Start, word)))
                && !TextScan.ContainsAny(text.AsSpan(place.End, position - place.End), HoldingWords)
                // 去年在苏州签约的…项目,已于今年3月竣工投产: the place of an earlier stage, not of the works.
                && !StageVocabulary.StartsIn(text, place.End, position))
            {
                located = true;
            }
        }

        return located;
    }
}
