using Metrics.Extraction.Budget;
using Metrics.Extraction.Numbers;
using Metrics.Extraction.Text;

namespace Metrics.Extraction.Projects;

/// <summary>
/// 总投资150亿元的阿里巴巴数据中心项目和总投资30亿元的大艺智能电器制造项目成功签约: named projects
/// listed with their own amounts under one stage word are one event of as many projects, at the sum of
/// their amounts (not one project at the first amount).
/// </summary>
internal static class NamedProjectLists
{
    // How far after a joiner the next member's amount may start (和总投资6亿元的…, 、计划总投资…).
    private const int NextAmountReach = 8;

    public static void Join(string text, List<ProjectCandidate> candidates, IReadOnlyList<MoneyMention> amounts, HashSet<MoneyMention> used)
    {
        foreach (var candidate in candidates)
        {
            ExtractionBudget.Step();
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
