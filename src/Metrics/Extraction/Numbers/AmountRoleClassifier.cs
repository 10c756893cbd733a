using Metrics.Extraction.Budget;

namespace Metrics.Extraction.Numbers;

/// <summary>
/// Decides what an amount measures from the cue words just before it in its clause, using
/// the one role table (Extraction/Data/amount-roles.tsv).
/// </summary>
/// <example>
/// "项目总投资1.2亿，占地50亩，亩均税收50万元" → 1.2亿 Investment; 50万元 Tax per 亩.
/// "建成后年产值超200亿元" → OutputValue.
/// "总投资5亿元，其中一期投资2亿元" → 5亿 Investment; 2亿 Investment with IsPart.
/// </example>
public static class AmountRoleClassifier
{
    /// <summary>How far back a cue may stand within the clause: "总投资达83.2亿元", "计划总投资近40亿元".</summary>
    private const int LookBack = 24;

    /// <summary>How far back 其中 may open a breakdown within the sentence.</summary>
    private const int SentenceLookBack = 120;

    /// <summary>The role of <paramref name="mention"/> in <paramref name="text"/>.</summary>
    public static AmountRole Classify(string text, MoneyMention mention) => Describe(text, mention).Role;

    /// <summary>The role of <paramref name="mention"/>, with the cue, part-of-total flag and per-unit.</summary>
    public static AmountRoleMatch Describe(string text, MoneyMention mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mention);

        var clauseStart = TextScan.ClauseStart(text, mention.Start, LookBack);
        var cue = FindCue(text, mention.Start, clauseStart);
        var role = cue?.Cue.Role ?? (SizesAProject(text, mention) ? AmountRole.Investment : AmountRole.Other);
        if (role == AmountRole.Investment && BuysEquipment(text, mention.End))
        {
            role = AmountRole.Equipment;
        }

        if (role == AmountRole.Investment && IsStockOfCompanies(text, mention.Start))
        {
            role = AmountRole.Other;
        }

        return new AmountRoleMatch(
            role,
            cue?.Cue.Text,
            cue?.Start ?? -1,
            IsPart(text, mention, clauseStart),
            cue?.Cue.Per ?? mention.Per);
    }

    // How far before an amount a park's count of companies is read.
    private const int StockReach = 40;

    private static readonly System.Text.RegularExpressions.Regex CompanyStock = new(
        @"(?:累计|集聚|聚集|入驻|已有|现有|拥有)[^。;!?]{0,12}?(?:企业|公司)?[^。;!?]{0,4}?[0-9一二三四五六七八九十百千]+[多余]?家",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>累计集聚新材料企业130余家,总投资超800亿元: a park's stock of companies and their money, no project's total.</summary>
    private static bool IsStockOfCompanies(string text, int start)
    {
        var from = Math.Max(0, start - StockReach);
        for (var i = start - 1; i >= from; i--)
        {
            if (TextScan.IsSentenceBoundary(text[i]))
            {
                from = i + 1;
                break;
            }
        }

        var span = text.AsSpan(from, start - from);
        return span.Contains('家') && CompanyStock.IsMatch(span);
    }

    private static readonly string[] PurchaseWords = ["进口", "购置", "购买", "采购", "引进"];

    /// <summary>并投资1.2亿欧元进口各类大型设备: money spent on equipment, not the project's total.</summary>
    private static bool BuysEquipment(string text, int end)
    {
        foreach (var word in PurchaseWords)
        {
            if (TextScan.At(text, end, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when any role cue (Other included) stands before <paramref name="start"/> in its clause.</summary>
    internal static bool HasCueBefore(string text, int start) =>
        FindCue(text, start, TextScan.ClauseStart(text, start, LookBack)) is not null;

    /// <summary>
    /// The nearest cue before <paramref name="end"/>; among the cues that overlap it (the same
    /// phrase) the most specific: "今年计划完成投资额" is PlannedThisYear, not 投资额.
    /// </summary>
    private static CueHit? FindCue(string text, int end, int floor)
    {
        var hits = new List<CueHit>();
        for (var e = end; e > floor; e--)
        {
            ExtractionBudget.Step();
            AmountRoleTable.HitsEndingAt(text, e, floor, hits);
        }

        if (hits.Count == 0)
        {
            return null;
        }

        var nearest = hits[0];
        var phraseStart = nearest.Start;
        var best = nearest;
        foreach (var hit in hits.Skip(1))
        {
            if (hit.End <= phraseStart)
            {
                break; // hits are ordered by descending end: the phrase is complete
            }

            phraseStart = Math.Min(phraseStart, hit.Start);
            if (hit.Cue.Specificity > best.Cue.Specificity)
            {
                best = hit;
            }
        }

        return best;
    }

    /// <summary>
    /// With no cue, an amount that sizes a project is its investment: "其中50亿元的偏光片项目",
    /// "超10亿元项目3个".
    /// </summary>
    private static bool SizesAProject(string text, MoneyMention mention)
    {
        if (mention.IsThreshold || mention.IsMagnitudeClass)
        {
            return true;
        }

        var clauseEnd = TextScan.ClauseEnd(text, mention.End, 14);
        for (var i = mention.End; i + 2 <= clauseEnd; i++)
        {
            ExtractionBudget.Step();
            if (TextScan.At(text, i, "项目"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "总投资5亿元，其中一期投资2亿元": after 其中 in the same sentence, or next to a phase word
    /// (一期, 二期, 首期; "预计投资15亿至20亿元建设二期"), the amount is a part of a total.
    /// </summary>
    private static bool IsPart(string text, MoneyMention mention, int clauseStart)
    {
        var sentenceStart = mention.Start;
        var limit = Math.Max(0, mention.Start - SentenceLookBack);
        while (sentenceStart > limit && !TextScan.IsSentenceBoundary(text[sentenceStart - 1]))
        {
            ExtractionBudget.Step();
            sentenceStart--;
        }

        for (var i = sentenceStart; i + 2 <= mention.Start; i++)
        {
            ExtractionBudget.Step();
            if (TextScan.At(text, i, "其中"))
            {
                return true;
            }
        }

        var clauseEnd = TextScan.ClauseEnd(text, mention.End, 10);
        // 吕四港接收站二期工程总投资68亿元,于2022年4月签约: a phase that opens the sentence as its subject is the project told.
        var phaseBefore = PhaseWordAt(text, clauseStart, mention.Start);
        var phaseIsTheSubject = phaseBefore is { } phase && clauseStart <= sentenceStart && PhaseProjects.Any(noun => TextScan.At(text, phase + 2, noun));
        return (phaseBefore is not null && !phaseIsTheSubject) || PhaseWordAt(text, mention.End, clauseEnd) is not null;
    }

    private static readonly string[] PhaseProjects = ["工程", "项目"];

    private static int? PhaseWordAt(string text, int from, int to)
    {
        for (var i = from; i + 2 <= to; i++)
        {
            ExtractionBudget.Step();
            if (HanFold.Fold(text[i + 1]) == '期' && HanFold.Fold(text[i]) is '一' or '二' or '三' or '四' or '五' or '首')
            {
                return i;
            }
        }

        return null;
    }
}
