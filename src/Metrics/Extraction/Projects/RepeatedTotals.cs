using Metrics.Extraction.Budget;
using Metrics.Extraction.Numbers;
using Metrics.Extraction.Text;

namespace Metrics.Extraction.Projects;

/// <summary>
/// A headline or lead that gives a total's amount with no count and no project named
/// (崇川区一季度签约项目总投资超200亿元) restates the summary that counts it
/// (…新签约亿元以上项目41个,总投资超200亿元): it is no single project of its own.
/// </summary>
internal static class RepeatedTotals
{
    // How far before the stage word a project's name may start.
    private const int NameReach = 40;

    public static void Drop(ArticleText article, List<ProjectCandidate> candidates)
    {
        var counted = candidates.Where(c => c.ProjectCount is >= 2 && c.Amount is not null).ToLookup(c => (c.Stage, c.Amount!.Value));
        ExtractionBudget.Step(candidates.Count);
        candidates.RemoveAll(c => c is { Count: null, ListedProjects: null, MemberOfBatch: false, Amount: { } amount }
            && counted[(c.Stage, amount.Value)].Any(total => total != c)
            && !NamesAProject(article, c, amount));
    }

    // How long a title line may be: 新开工亿元以上项目452个 under 去年全市重大项目建设量质齐升.
    private const int TitleLineLength = 40;

    /// <summary>
    /// A title line's count (新开工亿元以上项目452个) that the story gives again for the same stage and place
    /// (2016年,全市新开工亿元以上项目452个) is the story's fact, dated as the story dates it, not by the page.
    /// </summary>
    public static void DropTitleRepeats(ArticleText article, List<ProjectCandidate> candidates)
    {
        var firstBody = article.Sentences.TakeWhile(line => TitleLine.Is(line, TitleLineLength)).Count();
        ExtractionBudget.Step(candidates.Count);
        candidates.RemoveAll(title => title.SentenceIndex < firstBody && title.Count is { Value: >= 2 } count
            && candidates.Any(told => told.SentenceIndex >= firstBody && told.Stage == title.Stage && told.District == title.District
                && told.Count?.Value == count.Value));
    }

    private static bool NamesAProject(ArticleText article, ProjectCandidate candidate, MoneyMention amount)
    {
        var start = TextScan.ClauseStart(article.Text, Math.Min(candidate.Position, amount.Start), NameReach);
        return NamedProjects.NamesOne(article, start, Math.Max(candidate.Position, amount.Start));
    }
}
