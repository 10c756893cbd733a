using Metrics.Extraction.Budget;
using Metrics.Extraction.Numbers;
using Metrics.Extraction.Text;

namespace Metrics.Extraction.Dates;

/// <summary>
/// A work report's sections: the review (一、2023年工作回顾 / 过去一年工作回顾), whose figures are of the year its
/// heading names, however long the section runs, and the plan (二、2024年工作安排), whose figures are targets.
/// </summary>
internal static class ReviewSection
{
    // How long a section's heading may be.
    private const int HeadingLength = 24;

    // How many sentences back a section's heading is looked for: a report's review section is seldom longer.
    private const int SectionReach = 120;

    private static readonly string[] ReviewWords = ["回顾", "工作总结"];

    // 二、2024年工作安排, 主要目标任务, 总体要求: a section of the year's plan, whose figures are targets.
    private static readonly string[] PlanWords = ["工作安排", "目标任务", "主要目标", "总体要求", "工作思路", "主要任务"];

    /// <summary>The year the review section holding sentence <paramref name="sentenceIndex"/> reports on, else null.</summary>
    public static DateMention? YearOf(ArticleText article, int sentenceIndex)
    {
        if (HeadingOf(article, sentenceIndex) is not { } heading || !TextScan.ContainsAny(heading.Text.AsSpan(), ReviewWords))
        {
            return null;
        }

        return TextOrder.StartingIn(article.Dates, heading.Start, heading.End, static d => d.Start)
            .FirstOrDefault(d => d.Start < heading.End && d.Precision == global::Metrics.Facts.DatePrecision.Year && !d.IsFutureMarked);
    }

    /// <summary>Whether sentence <paramref name="sentenceIndex"/> stands in a report's plan section (二、2024年工作安排).</summary>
    public static bool IsInAPlan(ArticleText article, int sentenceIndex) =>
        HeadingOf(article, sentenceIndex) is { } heading && TextScan.ContainsAny(heading.Text.AsSpan(), PlanWords)
        && !TextScan.ContainsAny(heading.Text.AsSpan(), ReviewWords);

    /// <summary>Whether the text has any section heading word at all: most articles have none, and skip the search.</summary>
    public static bool MayHaveSections(string text) => TextScan.ContainsAny(text.AsSpan(), ReviewWords) || TextScan.ContainsAny(text.AsSpan(), PlanWords);

    private static Sentence? HeadingOf(ArticleText article, int sentenceIndex)
    {
        if (!article.MayHaveSections)
        {
            return null;
        }

        // The article's headline (…研究部署四季度重点工作) heads no section.
        for (var k = sentenceIndex - 1; k > 0 && sentenceIndex - k <= SectionReach; k--)
        {
            ExtractionBudget.Step();
            if (TitleLine.IsHeading(article.Sentences, k, HeadingLength))
            {
                return article.Sentences[k];
            }
        }

        return null;
    }
}
