using Metrics.Extraction.Budget;
using Metrics.Extraction.Numbers;
using Metrics.Extraction.Text;
using Metrics.Facts;

namespace Metrics.Extraction.Projects;

/// <summary>
/// One signing told in a yuan row and a foreign-currency row (内资项目12个,总投资60亿元;外资项目4个,
/// 总投资2.3亿美元) is one fact per row, so that the counts still add up and the yuan total is
/// not lost to the foreign one. The rows replace the sentence's total when it is their sum.
/// </summary>
internal static class CurrencyRows
{
    private const int ClassReach = 16;
    private const int AmountReach = 20;

    private sealed record Row(CountMention Count, MoneyMention Amount);

    // 内资项目52个,协议投资318.5亿元;外资项目9个,协议外资3.2亿美元: the class's money by the words that name it.
    private static readonly string[] RowCues = ["投资", "协议外资", "合同外资"];

    public static void Split(string text, IReadOnlyList<Sentence> sentences, List<ProjectCandidate> candidates, IReadOnlyList<CountMention> counts, IReadOnlyList<MoneyMention> amounts, HashSet<MoneyMention> usedAmounts)
    {
        foreach (var sentenceIndex in candidates.Select(c => c.SentenceIndex).Distinct().ToList())
        {
            ExtractionBudget.Step();
            var sentence = sentences[sentenceIndex];
            var rows = RowsIn(text, sentence, counts, amounts);
            // 共签约项目12个。其中内资项目9个,总投资58.6亿元;外资项目3个,总投资1.2亿美元: the rows may follow in a
            // sentence of their own that opens with 其中 and tells no stage.
            if (rows.Count < 2 && sentenceIndex + 1 < sentences.Count && OpensABreakdown(sentences[sentenceIndex + 1])
                && !candidates.Any(c => c.SentenceIndex == sentenceIndex + 1))
            {
                rows = RowsIn(text, sentences[sentenceIndex + 1], counts, amounts);
            }

            if (rows.Count < 2 || rows.All(r => r.Amount.Currency == Currencies.Yuan) || rows.All(r => r.Amount.Currency != Currencies.Yuan))
            {
                continue;
            }

            // 集中签约活动,签约项目12个,其中外资项目4个…: the total is the nearest stage word before the rows.
            var total = candidates.LastOrDefault(c => c.SentenceIndex == sentenceIndex && !c.MemberOfBatch && c.Position < rows[0].Count.Start);
            if (total is null || !IsTheRowsTotal(total, rows))
            {
                continue;
            }

            candidates.RemoveAll(c => c != total && c.SentenceIndex == sentenceIndex
                && (rows.Any(r => r.Amount == c.Amount) || rows.Any(r => r.Count == c.Count)));
            if (total.Amount is not null)
            {
                usedAmounts.Remove(total.Amount);
            }

            // 上半年,海门区新签约项目中,内资项目52个…: counted only by its rows, a summary of its period is one still.
            if (total.Count is null && !total.IsEventMarked && total.DateInSentence && total.Date is { IsPeriod: true })
            {
                total.Scope = FactScope.Period;
            }

            var at = candidates.IndexOf(total);
            candidates.InsertRange(at + 1, rows.Skip(1).Select(row => total.Sibling(row.Count, row.Amount)));
            (total.Count, total.Amount) = (rows[0].Count, rows[0].Amount);
            usedAmounts.UnionWith(rows.Select(r => r.Amount));
        }
    }

    // 共签约项目16个,其中内资项目12个…;外资项目4个…: the total is the rows' sum; 共签约内资项目12个…: it is the first row.
    private static bool IsTheRowsTotal(ProjectCandidate total, List<Row> rows) =>
        total.Count is null || total.Count == rows[0].Count || total.Count.Value == rows.Sum(r => r.Count.Value);

    /// <summary>Counts of a 内资 or 外资 class, each followed closely by the investment of that class.</summary>
    private static List<Row> RowsIn(string text, Sentence sentence, IReadOnlyList<CountMention> counts, IReadOnlyList<MoneyMention> amounts)
    {
        var rows = new List<Row>();
        foreach (var count in TextOrder.StartingIn(counts, sentence.Start, sentence.End, static c => c.Start))
        {
            ExtractionBudget.Step();
            if (count.Start < sentence.Start || count.End > sentence.End || !IsClassCount(text, sentence, count) || !ProjectEventFinder.IsProjectCount(text, count))
            {
                continue;
            }

            var amount = TextOrder.StartingIn(amounts, count.End, count.End + AmountReach + 1, static a => a.Start).FirstOrDefault(a => a.Start >= count.End && a.Start - count.End <= AmountReach && a.End <= sentence.End
                && !a.IsThreshold && !a.IsMagnitudeClass && !a.IsRate
                && TextScan.ContainsAny(text.AsSpan(count.End, a.Start - count.End), RowCues)
                && !TextOrder.StartingIn(counts, count.End + 1, a.Start, static c => c.Start).Any(other => other.Start > count.End && other.Start < a.Start));
            if (amount is not null)
            {
                rows.Add(new Row(count, amount));
            }
        }

        return rows;
    }

    private static bool OpensABreakdown(Sentence sentence) => sentence.Text.TrimStart().StartsWith("其中", StringComparison.Ordinal);

    // 内资项目12个 or 12个内资项目.
    private static bool IsClassCount(string text, Sentence sentence, CountMention count)
    {
        var before = text[Math.Max(sentence.Start, count.Start - ClassReach)..count.Start];
        var after = text[count.End..Math.Min(sentence.End, count.End + 4)];
        return NamesAClass(before) || NamesAClass(after);
    }

    private static bool NamesAClass(string words) =>
        words.Contains("内资", StringComparison.Ordinal) || words.Contains("外资", StringComparison.Ordinal);
}
