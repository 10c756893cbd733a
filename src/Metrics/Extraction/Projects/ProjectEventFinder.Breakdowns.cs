using System.Text.RegularExpressions;
using Metrics.Extraction.Budget;
using Metrics.Extraction.Numbers;
using Metrics.Extraction.Text;
using Metrics.Facts;

namespace Metrics.Extraction.Projects;

/// <summary>
/// Breakdowns of a total just told (其中…, 分地区看…): where one starts and ends, and when a place's row in it
/// is a share rather than an event of its own.
/// </summary>
internal static partial class ProjectEventFinder
{
    private static int BreakdownStart(Sentence sentence)
    {
        var at = sentence.Text.IndexOf("其中", StringComparison.Ordinal);
        // 分地区看,海安开工项目41个…;如东开工项目38个…: the total just told, broken down by place.
        var opening = sentence.Text.TrimStart();
        if (at < 0 && ByPlaceOpenings.Any(words => opening.StartsWith(words, StringComparison.Ordinal)))
        {
            at = sentence.Text.Length - opening.Length;
        }

        return at < 0 ? int.MaxValue : sentence.Start + at;
    }

    private static readonly string[] ByPlaceOpenings = ["分地区看", "分地区来看", "分县区看", "分县(市、区)看", "分板块看", "从地区看", "从区域看", "分区域看"];

    /// <summary>
    /// Where a 其中 breakdown ends: it runs over rows with counts or thresholds (其中10亿元以上项目9个、
    /// 亿元项目18个) and stops at a clause that restates the whole (项目总投资额达122亿元), at one led by 于
    /// and a date, or at a 「;」.
    /// </summary>
    private static int BreakdownEnd(ArticleText article, IReadOnlyList<Clause> clauses, int breakdownFrom)
    {
        if (breakdownFrom == int.MaxValue)
        {
            return int.MaxValue;
        }

        var text = article.Text;
        // 38个项目集中签约(其中合同项目26个、意向项目12个),总投资超360亿元: a breakdown in brackets ends with them.
        if (breakdownFrom > 0 && text[breakdownFrom - 1] is '(' or '（' && clauses.Count > 0
            && text.IndexOfAny([')', '）'], breakdownFrom, clauses[^1].End - breakdownFrom) is var closing and >= 0)
        {
            return closing + 1;
        }

        var end = breakdownFrom;
        bool? byPlace = null;
        var rowEnded = false;
        foreach (var clause in clauses)
        {
            ExtractionBudget.Step();
            if (clause.End <= breakdownFrom)
            {
                continue;
            }

            var body = clause.Text.TrimStart();
            // 其中一期投资8亿元,于今年1月签约,3月开工建设: a clause led by 于 and its date is the story's next step, no row.
            if (end > breakdownFrom && (body.StartsWith("项目总投资", StringComparison.Ordinal) || ProjectAnaphora.IsDatedStepLedByYu(article, clause.End - body.Length)
                || IsTotalAfterCountRows(text, breakdownFrom, end, body)))
            {
                return end;
            }

            // The 「;」 closing a row ends the breakdown (其中10亿元以上项目35个;招引…外资项目52个 starts a new
            // row), except between rows by place (其中,海安市开工项目25个…;如皋市开工项目20个…).
            var opensWithPlace = OpensWithPlace(article, clause);
            if (rowEnded && !(byPlace == true && opensWithPlace))
            {
                return end;
            }

            if (byPlace is null && body.Trim('其', '中', ',', '，', ' ').Length > 0)
            {
                byPlace = opensWithPlace;
            }

            end = clause.End;
            if (text[clause.End - 1] == '。')
            {
                return end;
            }

            rowEnded = text[clause.End - 1] is ';' or '；' || (clause.End < text.Length && text[clause.End] is ';' or '；');
        }

        return end;
    }

    /// <summary>
    /// 2018年,全市新签约亿元以上项目1012个…。其中,南通开发区新签约亿元以上项目87个: a sentence that opens with 其中 and
    /// a place gives that place's share of the total of the same stage just told.
    /// </summary>
    private static bool SharesOutTheLastTotal(ArticleText article, List<ProjectCandidate> candidates, int sentenceIndex, IReadOnlyList<Clause> clauses, int breakdownFrom, ProjectStage stage)
    {
        var sentence = article.Sentences[sentenceIndex];
        if (breakdownFrom > sentence.Start + BreakdownOpeningReach || clauses.Count == 0)
        {
            return false;
        }

        // 其中南通开发区… or 其中,南通开发区…: the place opens the clause of 其中 or the next one.
        var opening = clauses.Where(c => c.End > breakdownFrom).Take(2);
        return opening.Any(clause => OpensWithPlace(article, clause))
            && candidates.Any(c => c.SentenceIndex == sentenceIndex - 1 && c.Stage == stage && c.Count is { Value: > 1 } && !c.MemberOfBatch);
    }

    private static readonly Regex CountRow = new(@"项目[0-9一二三四五六七八九十百]+[多余]?个", RegexOptions.CultureInvariant);

    /// <summary>
    /// 新签约项目72个,其中外资项目31个、内资项目41个,协议总投资达到461亿元: after rows that only count (several
    /// joined by 、, or a class by size before 协议总投资), the total opening the next clause is the whole batch's.
    /// </summary>
    private static bool IsTotalAfterCountRows(string text, int breakdownFrom, int rowsEnd, string body)
    {
        var rows = text.AsSpan(breakdownFrom, rowsEnd - breakdownFrom);
        if ((rows.Contains('元') && !rows.Contains("以上", StringComparison.Ordinal)) || !CountRow.IsMatch(rows))
        {
            return false;
        }

        return body.StartsWith("协议总投资", StringComparison.Ordinal)
            || (body.StartsWith("总投资", StringComparison.Ordinal) && rows.Contains('、') && CountRow.Count(rows) >= 2);
    }

    private static bool OpensWithPlace(ArticleText article, Clause clause)
    {
        var start = SkipBlanks(article.Text, clause.Start, clause.End);
        if (TextScan.At(article.Text, start, "其中"))
        {
            start = SkipBlanks(article.Text, start + 2, clause.End);
        }

        return TextOrder.StartingIn(article.Places, start, start + 1, static p => p.Start).Any(place => place.Start == start && place.District is not null && !place.IsOutsideNantong);
    }

    private static int SkipBlanks(string text, int from, int to)
    {
        while (from < to && (char.IsWhiteSpace(text[from]) || text[from] is ',' or '，'))
        {
            from++;
        }

        return from;
    }
}
