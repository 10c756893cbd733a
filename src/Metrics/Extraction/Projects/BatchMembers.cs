using System.Text.RegularExpressions;
using Metrics.Extraction.Budget;
using Metrics.Extraction.Numbers;
using Metrics.Extraction.Text;
using Metrics.Facts;

namespace Metrics.Extraction.Projects;

/// <summary>
/// Named projects reported with their own investment inside a batch of the same article
/// (总投资50亿元的康源电路 within the 16-project launch) become facts of their own marked
/// <c>member_of_batch</c>, so sums leave them out; outside a batch, such an amount completes
/// the single-project event just before it (惠生项目开工建设。该项目总投资90亿元).
/// </summary>
internal static class BatchMembers
{
    private static readonly string[] PastComparisons = ["同期", "与去年", "同比"];

    private static bool IsComparedWith(ArticleText article, ProjectCandidate batch) =>
        batch.Date is { IsRelative: true } && TextScan.ContainsAny(article.Sentences[batch.SentenceIndex].Text.AsSpan(), PastComparisons)
        && batch.Date.Text.StartsWith("去年", StringComparison.Ordinal);

    public static void Link(
        ArticleText article, List<ProjectCandidate> candidates, IReadOnlyList<MoneyMention> amounts, IReadOnlyList<CountMention> counts, HashSet<MoneyMention> used)
    {
        var text = article.Text;
        var bySentence = CandidatesBySentence(candidates);
        foreach (var amount in amounts)
        {
            ExtractionBudget.Step();
            if (used.Contains(amount) || amount.IsThreshold || amount.IsMagnitudeClass || amount.IsRate
                || !IsProjectInvestment(text, amount) || FollowsACount(text, counts, amount) || NamedProjects.QualifiesAMeeting(text, amount.End))
            {
                continue;
            }

            var sentenceIndex = article.SentenceIndexAt(amount.Start);
            // 在各分会场,海门区23个项目集中开工,总投资138.2亿元: a venue's part, not a project (总投资22亿元的瑞申…项目 is one).
            var sentence = article.Sentences[sentenceIndex];
            var venuesPart = NotAnEvent.IsSubVenue(text, sentence, amount.Start) && !(amount.End < text.Length && text[amount.End] == '的')
                && !NamedProjects.NamesOne(article, TextScan.ClauseStart(text, amount.Start, amount.Start - sentence.Start), amount.Start);
            if (venuesPart || IsBreakdownRow(article, counts, amount) || IsPhaseOfTheTotal(text, amount) || IsPhaseAfterATotal(article, amounts, amount, sentenceIndex))
            {
                used.Add(amount);
                continue;
            }

            // 总投资120亿元的风电装备项目、…等15个项目签约: a list item's amount is a member of the batch the list ends in.
            var listBatch = NamedProjects.IsListMemberAmount(text, amount.End)
                ? bySentence.GetValueOrDefault(sentenceIndex)?.FirstOrDefault(c => c.IsBatch && !c.MemberOfBatch && c.Position > amount.Start)
                : null;
            if (listBatch is not null)
            {
                AddMember(article, candidates, bySentence, listBatch, listBatch.Stage, amount, sentenceIndex);
                used.Add(amount);
                continue;
            }

            // Members belong to a launch reported before them; after a period summary (全年新签约…100个。
            // 百亿项目恒科四期成功签约) a named project is an event of its own.
            // 举行集中开工活动。总投资30亿元的中天钢铁项目…: an uncounted launch has members too.
            // 与去年同期相比…——去年一季度,全市集中开工…152个: last year's launch, told to compare, has no members here.
            var batch = candidates.LastOrDefault(c =>
                (c.IsBatch || c.IsUncountedBatch) && !c.MemberOfBatch && c.Scope == FactScope.Event && c.Position < amount.Start && c.Amount != amount
                && !IsComparedWith(article, c));
            // 本次集中开工…共计123个…。计划总投资369亿元: the batch's total in the next sentence.
            // After 其中 the amount is a member's (另有14个项目自行开工,其中,新动力新型建材…总投资约20亿元).
            if (batch is { Amount: null } && sentenceIndex == batch.SentenceIndex + 1 && !NamesAProject(text, article.Sentences[sentenceIndex])
                && !NamedProjects.IsListMemberAmount(text, amount.End)
                && article.IndexOf("其中", article.Sentences[sentenceIndex].Start, amount.Start) < 0)
            {
                batch.Amount = amount;
                used.Add(amount);
                AdoptCountBefore(article, counts, batch, sentenceIndex, amount);
                continue;
            }

            // The project's own stage word, in the amount's clause (投资100亿元的张家港广大特材产业园成功落户并顺利开工).
            var (clauseStart, clauseEnd) = ClauseAround(text, amount);
            if (TotalsTheCountBefore(text, counts, amount, clauseStart))
            {
                continue;
            }

            // 投资15亿元的海上风电装备项目正在加快建设, …项目已初步建成投产: a project told in its state is no member of a launch.
            if (IsToldInItsState(text, amount.End, clauseEnd) && !candidates.Any(c => c.SentenceIndex == sentenceIndex && c.Position >= clauseStart && c.Position < clauseEnd))
            {
                continue;
            }

            // 20日,康诺医疗器械项目竣工投产。该项目…总投资5.6亿元: the amount of the project just reported, not of a batch before it
            // (a member of a launch of the same day and stage is marked as such later).
            var justReported = IsAnaphoric(text, article.Sentences[sentenceIndex])
                ? candidates.LastOrDefault(c => c.SentenceIndex == sentenceIndex - 1 && !c.MemberOfBatch && c.Amount is null && c.Count is null
                    && !c.IsUncountedBatch && (batch is null || c.Position > batch.Position))
                : null;
            if (justReported is not null)
            {
                justReported.Amount = amount;
                used.Add(amount);
                continue;
            }

            var ownTrigger = candidates.LastOrDefault(c =>
                c.SentenceIndex == sentenceIndex && !c.MemberOfBatch && c.Amount is null && c.Count is null
                && c.Position >= clauseStart && c.Position < clauseEnd);
            var namesProject = article.Sentences[sentenceIndex].Text.Contains("项目", StringComparison.Ordinal)
                || (amount.End < text.Length && text[amount.End] == '的');
            if (batch is not null && namesProject && (batch.SentenceIndex != sentenceIndex || amount.Start > (batch.Amount?.End ?? batch.Position)))
            {
                var stage = ownTrigger?.Stage ?? batch.Stage;
                if (ownTrigger is not null)
                {
                    candidates.Remove(ownTrigger);
                    bySentence[ownTrigger.SentenceIndex].Remove(ownTrigger);
                }

                AddMember(article, candidates, bySentence, batch, stage, amount, sentenceIndex);
                used.Add(amount);
                continue;
            }

            if (ownTrigger is not null)
            {
                ownTrigger.Amount = amount;
                used.Add(amount);
                continue;
            }

            // 该项目总投资90亿元 refers back to the last project reported, however many sentences of
            // guests came between; any other amount only to one just before it.
            var anaphoric = IsAnaphoric(text, article.Sentences[sentenceIndex]);
            var reach = anaphoric ? 5 : 2;
            // 一批重大项目相继落户吕四港,目前华峰超纤总投资300亿元: a sentence that first tells a stage of its own is
            // about its own projects, not about the one reported before it.
            var ownStory = !anaphoric && StageVocabulary.StartsIn(text, article.Sentences[sentenceIndex].Start, clauseStart);
            var single = candidates.LastOrDefault(c =>
                !c.MemberOfBatch && c.Amount is null && c.Count is not { Value: >= 2 } && c.Position <= amount.Start
                && sentenceIndex - c.SentenceIndex <= reach && (c.SentenceIndex == sentenceIndex || !ownStory))
                ?? IntroducedProject(article, bySentence, amount, sentenceIndex);
            if (single is not null)
            {
                single.Amount = amount;
                single.CountUnstated |= IsUmbrella(text, article.Sentences[sentenceIndex], amount);
                used.Add(amount);
                AdoptCountBefore(article, counts, single, sentenceIndex, amount);
            }
        }
    }

    /// <summary>
    /// A single project with its own amount, reported after a batch of the same stage and date
    /// (当天开工的康源电路项目…计划总投资50亿元 after 此次集中开工的产业项目共16个), is part of that batch.
    /// </summary>
    public static void MarkSingleProjectsInBatches(List<ProjectCandidate> candidates)
    {
        for (var index = 0; index < candidates.Count; index++)
        {
            ExtractionBudget.Step();
            var single = candidates[index];
            // 此次集中开工的重大产业项目总投资1825亿元 is the batch's own total, not one of its members.
            if (single.MemberOfBatch || single.Amount is null || single.Count is { Value: >= 2 } || single.IsUncountedBatch)
            {
                continue;
            }

            // Only a launch (an event) has members reported with their own day; 5月,十余个项目接连落子 is a summary.
            // On an undated page a project told after the launch with no date it could resolve (“今天我们签约的是…”) is the launch's.
            var batch = Near(candidates, index).FirstOrDefault(b =>
                (b.IsBatch || b.IsUncountedBatch) && !b.MemberOfBatch && b.Scope == FactScope.Event && b.Stage == single.Stage && b.Position < single.Position
                && (FactMerger.DatesCompatible(b.Date?.GoldDate, single.Date?.GoldDate) || (single.Date?.GoldDate is null && b.Date?.GoldDate is not null)));
            if (batch is null)
            {
                continue;
            }

            single.MemberOfBatch = true;
            single.Count = null;
            single.IsUncountedBatch = false;
            single.Date = batch.Date;
            single.Scope = batch.Scope;
            single.District = batch.District;
        }
    }

    // The candidates within FactMerger.FactReach of one, last first: every one in any news report.
    private static readonly string[] StateWords = ["正在", "已经", "已", "在建", "目前"];

    private static bool IsToldInItsState(string text, int from, int clauseEnd)
    {
        foreach (var word in StateWords)
        {
            if (text.IndexOf(word, from, clauseEnd - from, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// 昨日…举行一季度重大项目集中开工。启东一季度计划新开工…项目36个,计划总投资318亿元: an uncounted launch
    /// takes the count told before its amount in a later sentence, with the amount.
    /// </summary>
    private static void AdoptCountBefore(ArticleText article, IReadOnlyList<CountMention> counts, ProjectCandidate launch, int sentenceIndex, MoneyMention amount)
    {
        var sentenceStart = article.Sentences[sentenceIndex].Start;
        if (launch.Count is null && launch.IsUncountedBatch && launch.SentenceIndex < sentenceIndex
            && TextOrder.StartingIn(counts, sentenceStart, amount.Start, static c => c.Start)
                .LastOrDefault(c => c.Start >= sentenceStart && c.End <= amount.Start && ProjectEventFinder.IsProjectCount(article.Text, c)) is { Value: >= 2 } count)
        {
            launch.Count = count;
            launch.IsUncountedBatch = false;
        }
    }

    private static IEnumerable<ProjectCandidate> Near(List<ProjectCandidate> candidates, int index)
    {
        for (var i = Math.Min(candidates.Count, index + FactMerger.FactReach) - 1; i >= Math.Max(0, index - FactMerger.FactReach); i--)
        {
            ExtractionBudget.Step();
            yield return candidates[i];
        }
    }

    /// <summary>启东海上风电项目总投资147亿元,主要包括华威风电项目和华尔锐风电项目: one name over several projects, so no count.</summary>
    private static bool IsUmbrella(string text, Text.Sentence sentence, MoneyMention amount)
    {
        var including = text.IndexOf("包括", amount.End, sentence.End - amount.End, StringComparison.Ordinal);
        if (including < 0)
        {
            return false;
        }

        var list = text[including..sentence.End];
        var names = 0;
        for (var at = list.IndexOf("项目", StringComparison.Ordinal); at >= 0; at = list.IndexOf("项目", at + 2, StringComparison.Ordinal))
        {
            ExtractionBudget.Step();
            names++;
        }

        return names >= 2;
    }

    private static readonly string[] Phases = ["一期", "二期", "三期", "首期"];

    // How far before the amount the 其中 of its phase may stand (其中一期工程投资).
    private const int PhaseReach = 12;

    /// <summary>
    /// 总投资30亿元,其中一期投资12亿元: a phase's share of the project's total, no project of its own and not the
    /// project's investment (GOLD_SCHEMA: phases are not separate facts; the investment is the total).
    /// </summary>
    private static bool IsPhaseOfTheTotal(string text, MoneyMention amount)
    {
        var from = Math.Max(0, amount.Start - PhaseReach);
        var among = text.LastIndexOf("其中", amount.Start, amount.Start - from, StringComparison.Ordinal);
        if (among < 0 || TextScan.ClauseEnd(text, among, amount.Start - among) < amount.Start)
        {
            return false;
        }

        return TextScan.ContainsAny(text.AsSpan(among, amount.Start - among), Phases);
    }

    // 一期投资12亿元, 一期工程计划投资: the phase and the amount's cue, nothing of a name between (二期安置房项目总投资 is a project).
    private static readonly Regex PhaseShare = new(
        "(?:" + string.Join('|', Phases) + ")(?:工程|项目)?(?:计划)?(?:总)?投资(?:额)?(?:约|达|为|超)?$", RegexOptions.CultureInvariant);

    // How many sentences before a phase's amount the project's total may stand.
    private const int PhaseTotalReach = 2;

    /// <summary>
    /// 这个计划总投资28亿元的项目…。项目分两期建设,一期投资12亿元: a phase's amount after the project's total, with
    /// no 其中, is still a share of it.
    /// </summary>
    private static bool IsPhaseAfterATotal(ArticleText article, IReadOnlyList<MoneyMention> amounts, MoneyMention amount, int sentenceIndex)
    {
        var text = article.Text;
        var clauseStart = TextScan.ClauseStart(text, amount.Start, PhaseReach);
        if (!PhaseShare.IsMatch(text.AsSpan(clauseStart, amount.Start - clauseStart)))
        {
            return false;
        }

        var from = article.Sentences[Math.Max(0, sentenceIndex - PhaseTotalReach)].Start;
        return amounts.Any(total => total.Start >= from && total.End <= amount.Start && !total.IsThreshold && !total.IsMagnitudeClass && !total.IsRate
            && AmountRoleClassifier.Describe(text, total) is { Role: AmountRole.Investment, IsPart: false });
    }

    private static readonly string[] AnaphoricOpenings = ["该项目", "项目总投资", "项目计划总投资", "该工程", "工程总投资"];

    private static bool IsAnaphoric(string text, Text.Sentence sentence)
    {
        var body = text.AsSpan(sentence.Start, sentence.Length).TrimStart();
        foreach (var opening in AnaphoricOpenings)
        {
            if (body.StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A named project of <paramref name="batch"/> with its own amount: counted in the batch, not again.</summary>
    private static void AddMember(
        ArticleText article, List<ProjectCandidate> candidates, Dictionary<int, List<ProjectCandidate>> bySentence, ProjectCandidate batch,
        ProjectStage stage, MoneyMention amount, int sentenceIndex)
    {
        var sentence = article.Sentences[sentenceIndex];
        var member = new ProjectCandidate
        {
            Stage = stage,
            Position = amount.Start,
            SentenceIndex = sentenceIndex,
            EvidenceStart = sentence.Start,
            EvidenceLength = sentence.Length,
            Date = batch.Date,
            District = batch.District,
            Scope = batch.Scope,
            Amount = amount,
            MemberOfBatch = true,
        };
        candidates.Add(member);
        Of(bySentence, sentenceIndex).Add(member);
    }

    /// <summary>The candidates of each sentence, in list order: kept in step with the list as <see cref="Link"/> changes it.</summary>
    private static Dictionary<int, List<ProjectCandidate>> CandidatesBySentence(List<ProjectCandidate> candidates)
    {
        var bySentence = new Dictionary<int, List<ProjectCandidate>>();
        foreach (var candidate in candidates)
        {
            ExtractionBudget.Step();
            Of(bySentence, candidate.SentenceIndex).Add(candidate);
        }

        return bySentence;
    }

    private static List<ProjectCandidate> Of(Dictionary<int, List<ProjectCandidate>> bySentence, int sentenceIndex)
    {
        if (!bySentence.TryGetValue(sentenceIndex, out var list))
        {
            list = [];
            bySentence[sentenceIndex] = list;
        }

        return list;
    }

    /// <summary>
    /// 启东海上风电项目总投资147亿元,主要包括…。目前,…。海上工程6月1日开工建设: a named project
    /// introduced with its amount just before its single, unfigured event in the same paragraph.
    /// </summary>
    private static ProjectCandidate? IntroducedProject(ArticleText article, Dictionary<int, List<ProjectCandidate>> bySentence, MoneyMention amount, int sentenceIndex)
    {
        var sentence = article.Sentences[sentenceIndex];
        if (Of(bySentence, sentenceIndex).Count > 0
            || !NamedProjects.NamesOne(article, sentence.Start, amount.Start))
        {
            return null;
        }

        for (var next = sentenceIndex + 1; next <= sentenceIndex + 2 && next < article.Sentences.Count; next++)
        {
            if (article.Sentences[next].ParagraphIndex != sentence.ParagraphIndex)
            {
                return null;
            }

            var found = Of(bySentence, next);
            if (found.Count > 0)
            {
                return found is [{ MemberOfBatch: false, Amount: null, Count: null, IsUncountedBatch: false } only] ? only : null;
            }
        }

        return null;
    }

    /// <summary>Investment by its cue (总投资, 计划总投资), or an amount that directly qualifies a project (50亿元的正威偏光片一期项目).</summary>
    private static bool IsProjectInvestment(string text, MoneyMention amount)
    {
        var role = AmountRoleClassifier.Classify(text, amount);
        return role == AmountRole.Investment || (role == AmountRole.Other && amount.End < text.Length && text[amount.End] == '的');
    }

    // The clause holding the amount, read outwards from its ends: 8,500万美元 holds a comma of its own.
    private static (int Start, int End) ClauseAround(string text, MoneyMention amount)
    {
        var start = amount.Start;
        while (start > 0 && text[start - 1] is not (',' or '。' or ';' or '\n'))
        {
            ExtractionBudget.Step();
            start--;
        }

        var end = amount.End;
        while (end < text.Length && text[end] is not (',' or '。' or ';' or '\n'))
        {
            ExtractionBudget.Step();
            end++;
        }

        return (start, end);
    }

    /// <summary>After 其中 with a count in between (其中开发区14个,总投资138亿元): a part of the whole, not a project.</summary>
    private static bool IsBreakdownRow(ArticleText article, IReadOnlyList<CountMention> counts, MoneyMention amount)
    {
        // 6个项目中,…金融商务类项目3个,分别为…,总投资135亿元: 「…中,」 opens a breakdown as 其中 does, and so does
        // 从产业类别看, (工业项目22个,总投资156亿元).
        var sentence = article.Sentences[article.SentenceIndexAt(amount.Start)];
        var openings = BreakdownOpenings.Select(word => article.IndexOf(word, sentence.Start, amount.Start))
            .Where(at => at >= 0 && (article.Text[at] != '分' || ClausesBetween(article.Text, at, amount.Start) <= 1)).ToList();
        var opening = openings.Count == 0 ? -1 : openings.Min();
        if (opening < 0)
        {
            return false;
        }

        // A class of one (补短板项目1个,为南通医学中心一期,总投资34亿元) is one named project: a member.
        var nearest = TextOrder.StartingIn(counts, opening + 1, amount.Start, static c => c.Start).LastOrDefault(c => c.Start > opening && c.End <= amount.Start);
        return nearest is { Value: >= 2 };
    }

    // A venue's share reaches its own figures, not a named project told after them (…总投资192亿元,主会场的…项目总投资40亿元).
    private static int ClausesBetween(string text, int from, int to) => text.AsSpan(from, to - from).Count(',');

    // 海门区分会场集中开工项目26个,总投资192亿元: a venue's share of the city's launch is a breakdown too.
    private static readonly string[] BreakdownOpenings = ["其中", "中,", "看,", "分会场"];

    private static bool NamesAProject(string text, Text.Sentence sentence) =>
        sentence.Text.Contains("项目", StringComparison.Ordinal) && sentence.Text.Contains('的');

    /// <summary>A breakdown row (100亿元以上1个、总投资105亿元) totals a class of projects, not one project.</summary>
    private static bool FollowsACount(string text, IReadOnlyList<CountMention> counts, MoneyMention amount)
    {
        var clauseStart = amount.Start;
        while (clauseStart > 0 && text[clauseStart - 1] is not (',' or '，' or '。' or ';' or '；' or '\n'))
        {
            ExtractionBudget.Step();
            clauseStart--;
        }

        return TextOrder.StartingIn(counts, clauseStart, amount.Start, static c => c.Start).Any(c => c.Start >= clauseStart && c.End <= amount.Start);
    }

    /// <summary>
    /// 在建亿元以上项目87个,总投资超900亿元: an amount whose clause opens right after a count of projects totals
    /// them; it is no member's and no single project's (a launch's own total is taken before members are).
    /// </summary>
    private static bool TotalsTheCountBefore(string text, IReadOnlyList<CountMention> counts, MoneyMention amount, int clauseStart)
    {
        var commaBefore = clauseStart - 1;
        return commaBefore > 0 && text[commaBefore] == ','
            && TextOrder.StartingIn(counts, Math.Max(0, commaBefore - CountReachBeforeComma), commaBefore, static c => c.Start)
                .Any(c => c.End == commaBefore && c.Value >= 2 && ProjectEventFinder.IsProjectCount(text, c));
    }

    // How long a count ending right before the comma may be (87个, 二十六个).
    private const int CountReachBeforeComma = 8;
}
