using Metrics.Extraction.Budget;
using Metrics.Extraction.Numbers;

namespace Metrics.Extraction.Projects;

/// <summary>
/// 新签约项目23个,新开工项目16个,竣工项目8个,总投资分别为120亿元、80亿元和35亿元: the amounts after
/// 分别 go to the facts before them in order, one each. When their numbers differ, no fact takes
/// any of them: which amount is whose is not said.
/// </summary>
internal static class RespectiveAmounts
{
    // 分别为, 分别是, 分别达: at most this many characters between 分别 and the first amount.
    private const int CueReach = 3;

    private static readonly string[] Joiners = ["、", "和", "及", ",", "，"];

    public static void Distribute(ArticleText article, List<ProjectCandidate> candidates, IReadOnlyList<MoneyMention> amounts, HashSet<MoneyMention> used)
    {
        var text = article.Text;
        for (var i = 0; i < amounts.Count; i++)
        {
            ExtractionBudget.Step();
            if (!IsRespective(text, amounts[i].Start))
            {
                continue;
            }

            var list = ListFrom(text, amounts, i);
            used.UnionWith(list);
            var sentence = article.SentenceIndexAt(amounts[i].Start);
            var owners = candidates
                .Where(c => c.SentenceIndex == sentence && c.Position < amounts[i].Start && !c.MemberOfBatch)
                .OrderBy(c => c.Position)
                .ToList();
            foreach (var owner in owners.Where(c => c.Amount is { } amount && list.Contains(amount)))
            {
                owner.Amount = null;
            }

            if (owners.Count == list.Count)
            {
                for (var k = 0; k < owners.Count; k++)
                {
                    owners[k].Amount = list[k];
                }
            }

            i += list.Count - 1;
        }
    }

    private static bool IsRespective(string text, int amountStart)
    {
        var from = Math.Max(0, amountStart - CueReach - 2);
        return text.IndexOf("分别", from, amountStart - from, StringComparison.Ordinal) >= 0;
    }

    /// <summary>The amount at <paramref name="first"/> and those joined to it by 、, 和, 及 or a comma.</summary>
    private static List<MoneyMention> ListFrom(string text, IReadOnlyList<MoneyMention> amounts, int first)
    {
        var list = new List<MoneyMention> { amounts[first] };
        for (var k = first + 1; k < amounts.Count; k++)
        {
            var gap = text[list[^1].End..amounts[k].Start];
            if (!Joiners.Contains(gap))
            {
                break;
            }

            list.Add(amounts[k]);
        }

        return list;
    }
}
