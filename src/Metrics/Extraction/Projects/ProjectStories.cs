using Metrics.Extraction.Numbers;
using Metrics.Facts;

namespace Metrics.Extraction.Projects;

/// <summary>
/// One project told at several stages (昨天,桐昇…项目竣工投产。项目由…投资建设,总投资80亿元。该项目于2021年11月签约
/// 落户如东,2022年3月开工建设): every stage's fact is that project's, so each carries the project's total investment.
/// </summary>
internal static class ProjectStories
{
    // How many sentences that go on about the project (项目由…投资建设) may stand between its first report and the anaphor.
    private const int ContinuationsBack = 2;

    public static void ShareAmounts(ArticleText article, List<ProjectCandidate> candidates)
    {
        var bySentence = candidates.ToLookup(c => c.SentenceIndex);
        foreach (var told in candidates.Where(c => c.StorySentence is not null).GroupBy(c => c.StorySentence!.Value))
        {
            Budget.ExtractionBudget.Step();
            var first = FirstReport(article, bySentence, told.Key);
            var sentences = Enumerable.Range(first, told.Key - first + 1).Concat(told.Select(t => t.SentenceIndex)).Distinct();
            var story = sentences.SelectMany(k => bySentence[k]).Concat(told).Where(IsOneProject).Distinct().ToList();
            var amounts = story.Select(c => c.Amount).OfType<MoneyMention>().Distinct().ToList();
            if (amounts.Count != 1 || story.Select(c => c.District).Distinct().Count() != 1)
            {
                continue;
            }

            foreach (var stage in story)
            {
                stage.Amount ??= amounts[0];
            }
        }
    }

    /// <summary>
    /// 总投资120亿元的…项目今年3月签约落户吕四港镇,6月开工建设,12月28日首台设备下线: every step of the one
    /// project's chronology carries its total, not only the step the amount stands beside.
    /// </summary>
    public static void ShareAmountsAlongChronologies(string text, List<ProjectCandidate> candidates)
    {
        // …项目在如皋高新区签约;位于长江镇的港城…项目5月开工: a part after 「;」 tells another project.
        var parts = candidates.Where(c => c.IsChronologyStep).Select(c => PartOf(text, c)).Distinct().ToList();
        foreach (var part in parts)
        {
            Budget.ExtractionBudget.Step();
            ShareWithinOneProject([.. candidates.Where(c => PartOf(text, c) == part)]);
        }
    }

    private static (int Sentence, int Part) PartOf(string text, ProjectCandidate candidate) =>
        (candidate.SentenceIndex, TextScan.PartStart(text, candidate.EvidenceStart, candidate.Position));

    /// <summary>
    /// A page that tells one project's history (a company's 大事记: 签订投资协议…项目总投资15亿元 / 同年十月,基地一期工程正式开工 /
    /// 2024年元月,基地一期工程竣工): when it reports no batch, each stage at most once and in one district, with one
    /// amount among them and no other investment on the page (a phase's share aside), every stage is that project's and
    /// carries its total.
    /// </summary>
    public static void ShareAmountsAcrossAOneProjectPage(ArticleText article, IReadOnlyList<MoneyMention> amounts, List<ProjectCandidate> candidates)
    {
        var text = article.Text;
        var totals = amounts.Where(a => !a.IsThreshold && !a.IsMagnitudeClass && !a.IsRate && AmountRoleClassifier.Describe(text, a) is { Role: AmountRole.Investment, IsPart: false }).ToList();
        if (totals.Count != 1)
        {
            return;
        }

        if (candidates.Count >= 2)
        {
            ShareWithinOneProject(candidates);
        }

        // 该项目位于…,总投资120亿元 told in a sentence of its own, the stages in others: no stage took the total, yet it is theirs.
        if (candidates.Count >= 1 && candidates.All(c => c.Amount is null) && IsOneStory(candidates) && TellsTheProjectsTotal(article, totals[0]))
        {
            foreach (var stage in candidates)
            {
                stage.Amount = totals[0];
            }
        }
    }

    /// <summary>项目总投资1011146万元; 该项目位于…,总投资120亿元: a total whose clause or sentence opens with the project referred to.</summary>
    private static bool TellsTheProjectsTotal(ArticleText article, MoneyMention total)
    {
        var sentence = article.Sentences[article.SentenceIndexAt(total.Start)];
        var clauseStart = TextScan.ClauseStart(article.Text, total.Start, total.Start - sentence.Start);
        return ProjectAnaphora.OpensWithAnaphor(sentence.Text) || ProjectAnaphora.OpensWithAnaphor(article.Text[clauseStart..sentence.End]);
    }

    /// <summary>Stages that are all one project's (<see cref="IsOneStory"/>) and give one amount among them: every stage carries it.</summary>
    private static void ShareWithinOneProject(List<ProjectCandidate> stages)
    {
        var amounts = stages.Select(c => c.Amount).OfType<MoneyMention>().Distinct().ToList();
        if (amounts.Count != 1 || !IsOneStory(stages))
        {
            return;
        }

        foreach (var stage in stages)
        {
            stage.Amount ??= amounts[0];
        }
    }

    /// <summary>
    /// 10日,…接收站二期工程竣工仪式举行。二期工程总投资68亿元,于2022年4月签约: the history's subject, before its
    /// total, is the project whose stage was reported just before (when that sentence names it), and that stage
    /// carries the total too.
    /// </summary>
    public static void ShareWithTheStageBefore(ArticleText article, List<ProjectCandidate> candidates, int sentenceIndex, MoneyMention amount)
    {
        var sentence = article.Sentences[sentenceIndex];
        if (amount.Start < sentence.Start)
        {
            return;
        }

        var cue = AmountRoleClassifier.Describe(article.Text, amount).CueStart;
        var subjectEnd = cue >= sentence.Start ? cue : amount.Start;
        var subject = article.Text[sentence.Start..subjectEnd].Trim();
        if (subject.Length < MinimumSubject)
        {
            return;
        }

        // 二期工程新建4座储罐…: a sentence that goes on about it may stand between.
        for (var k = sentenceIndex - 1; k >= 0 && sentenceIndex - k <= ContinuationsBack; k--)
        {
            if (candidates.LastOrDefault(c => c.SentenceIndex == k) is { } stage)
            {
                if (stage.Amount is null && IsOneProject(stage) && article.Sentences[k].Text.Contains(subject, StringComparison.Ordinal))
                {
                    stage.Amount = amount;
                }

                return;
            }
        }
    }

    // 二期工程, 该项目: a subject shorter than this (项目) names no project of its own.
    private const int MinimumSubject = 3;

    // The anaphor may point at a sentence that only goes on about the project (项目由…投资建设, 睿康…项目总投资6.8亿元),
    // past one that reports nothing (县委书记出席投产仪式): the story starts where the project was first reported.
    private static int FirstReport(ArticleText article, ILookup<int, ProjectCandidate> bySentence, int named)
    {
        var first = named;
        while (first > 0 && named - first < ContinuationsBack && !bySentence[first].Any(IsOneProject)
            && (first == named || ProjectAnaphora.OpensWithAnaphor(article.Sentences[first].Text) || !bySentence[first].Any()))
        {
            first--;
        }

        return first;
    }

    /// <summary>
    /// Stages that can all be one project's: no batch, one step per stage (签约落户 is one, two dated 开工 would be two
    /// projects), in one district, or in one and the city's (市政府与…签约, the district's 开工 the same day).
    /// </summary>
    private static bool IsOneStory(List<ProjectCandidate> stages)
    {
        var districts = stages.Select(c => c.District).Distinct().ToList();
        return stages.All(IsOneProject)
            && !stages.GroupBy(c => c.Stage).Any(stage => stage.Select(c => c.Date?.Start).Distinct().Count() > 1)
            && (districts.Count == 1 || (districts.Count == 2 && stages.Any(c => c.District == CityDistrict && c.Stage == ProjectStage.Signed)
                && stages.All(c => c.District != CityDistrict || c.Stage == ProjectStage.Signed)));
    }

    private const string CityDistrict = "南通市";

    public static bool IsOneProject(ProjectCandidate candidate) =>
        !candidate.MemberOfBatch && !candidate.IsBatch && !candidate.IsUncountedBatch && candidate.Count is null or { Value: 1 };
}
