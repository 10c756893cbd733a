using Metrics.Extraction.Budget;
using Metrics.Extraction.Numbers;
using Metrics.Extraction.Text;

namespace Metrics.Extraction.Projects;

/// <summary>
/// 总投资150亿元的阿里巴巴数据中心项目和总投资30亿元的大艺智能电器制造项目成功签约: named projects
/// listed with their own amounts under one stage word are one event of as many projects, at the sum of
/// their amounts (not one project at the first amount); 汉可热丝CVD设备项目、帝翔塑机科技挤塑设备项目、圣丰…基地项目签约落户
/// is one signing of three projects.
/// </summary>
internal static class NamedProjectLists
{
    // How far after a joiner the next member's amount may start (和总投资6亿元的…, 、计划总投资…).
    private const int NextAmountReach = 8;

    public static void Join(ArticleText article, List<ProjectCandidate> candidates, IReadOnlyList<MoneyMention> amounts, HashSet<MoneyMention> used)
    {
        var text = article.Text;
        foreach (var candidate in candidates)
        {
            ExtractionBudget.Step();
            if (candidate is { Count: null, Amount: null, MemberOfBatch: false, IsUncountedBatch: false, IsIdiomPair: false }
                && NamesBefore(article, candidate.Position) is >= 2 and var named)
            {
                candidate.ListedProjects = named;
                continue;
            }

            if (candidate is not { Count: null, MemberOfBatch: false, IsUncountedBatch: false, Amount: { Currency: Currencies.Yuan, Max: null } first })
            {
                continue;
            }

            var members = Members(text, amounts, used, first);
            if (members.Count < 2)
            {
                continue;
            }

            used.UnionWith(members);
            candidate.ListedProjects = members.Count;
            candidate.Amount = Sum(text, members);
        }
    }

    private static List<MoneyMention> Members(string text, IReadOnlyList<MoneyMention> amounts, HashSet<MoneyMention> used, MoneyMention first)
    {
        var members = new List<MoneyMention>();
        var amount = first;
        while (NamedProjects.QualifiedNamedProjectEnd(text, amount.End) is { } nounEnd)
        {
            ExtractionBudget.Step();
            members.Add(amount);
            if (NamedProjects.JoinerAt(text, nounEnd) is not { } joiner)
            {
                break;
            }

            var from = nounEnd + joiner.Length;
            var next = TextOrder.StartingIn(amounts, from, from + NextAmountReach + 1, static a => a.Start).FirstOrDefault(a => a.Start >= from);
            if (next is not { Currency: Currencies.Yuan, Max: null } || used.Contains(next) || next.IsThreshold || next.IsRate
                || !IsInvestmentLead(text[from..next.Start]))
            {
                break;
            }

            amount = next;
        }

        return members;
    }

    // How far before the stage word its subject may start (three long project names and their joiners).
    private const int SubjectReach = 90;

    // Words between the subject and the stage word: …基地项目也落户, …项目正式签约.
    private static readonly string[] Adverbs = ["也", "均", "都", "已", "正式", "成功", "顺利", "同时", "同步", "集中", "签约"];

    /// <summary>How many named projects, joined by 、 or 和, make the subject right before the stage word at <paramref name="position"/>.</summary>
    private static int NamesBefore(ArticleText article, int position)
    {
        var text = article.Text;
        var subjectEnd = position;
        for (var trimmed = true; trimmed;)
        {
            trimmed = false;
            foreach (var adverb in Adverbs)
            {
                if (subjectEnd - adverb.Length > 0 && TextScan.EndsAt(text, subjectEnd, adverb))
                {
                    subjectEnd -= adverb.Length;
                    trimmed = true;
                }
            }
        }

        var subjectStart = TextScan.ClauseStart(text, subjectEnd, SubjectReach);
        var items = NamedProjects.WithoutPlaces(article, subjectStart, subjectEnd).Split(['、', '和'], StringSplitOptions.None);
        var named = 0;
        for (var i = items.Length - 1; i >= 0 && NamedProjects.IsWholeName(items[i]); i--)
        {
            named++;
        }

        return named;
    }

    // Between the joiner and the next amount only its investment word: 总投资, 计划总投资, 投资.
    private static bool IsInvestmentLead(string between) =>
        between.Length == 0 || (between.EndsWith("投资", StringComparison.Ordinal) && between.All(ChineseCharacters.IsIdeograph));

    private static MoneyMention Sum(string text, List<MoneyMention> members) => members[0] with
    {
        Length = members[^1].End - members[0].Start,
        Text = text[members[0].Start..members[^1].End],
        Value = members.Sum(m => m.Value),
        Bound = members.Any(m => m.Bound is AmountBound.About or AmountBound.JustBelow) ? AmountBound.About
            : members.Any(m => m.Bound is AmountBound.Exceeds or AmountBound.AtLeast) ? AmountBound.AtLeast
            : members.All(m => m.Bound == AmountBound.Exact) ? AmountBound.Exact : members[0].Bound,
    };
}
