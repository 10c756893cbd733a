using System.Text.RegularExpressions;
using Metrics.Extraction.Budget;
using Metrics.Extraction.Dates;
using Metrics.Extraction.Numbers;
using Metrics.Extraction.Text;
using Metrics.Facts;

namespace Metrics.Extraction.Projects;

/// <summary>
/// Finds project events: a stage word (签约, 开工, 竣工, 投产, 开园…) reported as done, with the
/// count and total investment its clause gives, dated by its sentence or the report's date.
/// </summary>
internal static partial class ProjectEventFinder
{
    // 开工率, 开工以来, and a judgement of the stage (部分地区项目开工偏慢, 新市场开业有助带动…).
    private static readonly string[] NotEventAfter = ["率", "面积", "量", "后", "区", "以来", "前", "时", "数", "偏慢", "滞后", "缓慢", "有助", "有利于"];

    private static readonly string[] ProjectCues =
        ["项目", "工程", "产业园", "园区", "基地", "码头", "港区", "工厂", "厂房", "车间", "电站", "公路", "铁路", "站", "企业", "公司", "整机", "产线", "生产线", "投资协议", "投资合同"];

    private static readonly string[] EventMarkers =
    [
        "此次", "本次", "集中开工", "集中签约", "集中竣工", "集中投产", "仪式", "开工活动", "签约活动", "现场签约", "签约现场", "现场签订", "现场签署",
        "当天", "当日", "同日", "昨日", "今天", "今日", "日前", "会上签", "会上集中", "活动现场",
    ];

    private static readonly string[] PeriodMarkers =
        ["以来", "全年", "累计", "截至", "截止", "上半年", "下半年", "前三季度", "共有", "今年新", "年度", "全市新", "全区新", "新签约并", "认定"];

    private static readonly string[] BatchWords = ["集中", "一批", "批次", "首批"];

    // 此次签约项目涵盖新能源、新材料等领域,总投资86亿元; 多个重大项目现场签约: several projects, their number
    // not told, said in the stage word's clause or the one before (elsewhere 多个 may count anything).
    private static readonly string[] PluralWords = ["多个", "多项", "若干", "等领域", "等行业", "等产业"];

    public static List<ProjectCandidate> Find(ArticleText article)
    {
        var text = article.Text;
        var amounts = MoneyParser.FindAll(text);
        var counts = CountParser.FindAll(text);
        var candidates = new List<ProjectCandidate>();
        var usedAmounts = new HashSet<MoneyMention>();
        var visitReport = NotAnEvent.IsVisitReport(article);
        for (var s = 0; s < article.Sentences.Count; s++)
        {
            ExtractionBudget.Step();
            var sentence = article.Sentences[s];
            var clauses = ClauseSplitter.Split(sentence);
            var breakdownFrom = BreakdownStart(sentence);
            var breakdownTo = BreakdownEnd(article, clauses, breakdownFrom);
            var stagesSeen = new HashSet<ProjectStage>();
            // 9月19日,2019年…恳谈会举行。会上,共签约项目32个: set at the occasion, it takes the occasion's day, not the year in its name.
            var atTheOccasion = OpensAtTheOccasion(sentence.Text.TrimStart());
            foreach (var (position, stage) in Triggers(text, sentence))
            {
                ExtractionBudget.Step();
                var clause = ClauseAt(clauses, position);
                var inBreakdown = InRegion(position, breakdownFrom, breakdownTo);
                // A stage inside a 其中 breakdown is a fact only beside an earlier stage (已竣工项目63个,其中46个项目投产).
                // 其中新开工项目11个 reports a metric of its own (新开工, 新签约), so it stays.
                var newMetric = position > 0 && text[position - 1] == '新';
                // 6月16日,…签约项目9个。次日,其中的3个项目…集中开工: a later stage of some of the last sentence's batch is a fact too.
                var laterStageOfTheLastBatch = breakdownFrom <= sentence.Start + BreakdownOpeningReach && OpensWithACount(text, counts, breakdownFrom + 2)
                    && candidates.Any(c => c.SentenceIndex == s - 1 && c.IsBatch && c.Stage < stage);
                var breakdownAlone = inBreakdown && (stagesSeen.Contains(stage) || (stagesSeen.Count == 0 && !newMetric && !laterStageOfTheLastBatch)
                    || SharesOutTheLastTotal(article, candidates, s, clauses, breakdownFrom, stage));
                // 新开工亿元以上项目19个,港闸开发区、幸福街道分别开工8个和5个: the places' shares of the total just told.
                var sharedOut = stagesSeen.Contains(stage) && TextScan.EndsAt(text, position, "分别");
                var ceremonyMember = CeremonyMembers.IsMemberCeremony(text, sentence, position, StageWordLength(text, position));
                var earlier = EarlierSingleInSentence(candidates, s, stage);
                var followUp = Dates.SameDayIdiom.IsSameDayFollowUp(text, sentence.Start, position, earlier is not null);
                var settler = SettlesInAPlace(article, clause, position);
                var chronologyStep = IsChronologyStep(article, sentence, clause, position);
                if (breakdownAlone || sharedOut || NotAnEvent.IsVisit(text, sentence, clause) || NotAnEvent.IsSchedule(text, position) || NotAnEvent.IsDurationTo(text, position) || NotAnEvent.IsShare(clause) || NotAnEvent.IsSignedDocument(text, clause, position, stage) || NotAnEvent.IsPolicyCondition(text, sentence, clause, position) || NotAnEvent.IsPlanBreakdown(text, sentence, breakdownFrom, position) || NotAnEvent.IsRestatement(text, sentence, position) || NotAnEvent.IsTimeSince(text, position + StageWordLength(text, position)) || NotAnEvent.IsSubVenue(text, sentence, position) || WorksElsewhere.Tells(article, TextScan.PartStart(text, sentence.Start, position), position, stage) || NotAnEvent.IsAnnounced(text, clause, position) || NotAnEvent.IsInPlannedList(text, sentence, clause) || NotAnEvent.IsEquipment(text, clause, position) || NotAnEvent.IsInARecord(text, clause, position) || NotAnEvent.IsPlanned(text, clause, position) || NotAnEvent.IsDirective(text, sentence, position) || NotAnEvent.IsNominal(text, position, stage) || !(ceremonyMember || settler || followUp || Dates.SameDayIdiom.IsStageInPair(text, position) || HasProjectCue(text, clauses, clause, stage, position) || chronologyStep || IsAnaphorsStep(article, sentence, position)))
                {
                    continue;
                }

                stagesSeen.Add(stage);
                // Event words count in the stage word's own clause and the one before: 12月示范区共有开工项目19个…,
                // 本次集中开工的项目共5个 holds a month's summary and a launch.
                var near = text[ClauseStartBefore(clauses, clause)..clause.End];
                var eventMarked = MarksAnEvent(near);
                var date = FactDating.DateFor(article, position, DateReach.Article, preferDayWhenCarried: eventMarked || atTheOccasion);
                // 二、2024年工作安排 … 全年新签约亿元以上项目110个: a report's plan section sets targets.
                if (date is null || (date.Precision != DatePrecision.Day && Dates.ReviewSection.IsInAPlan(article, s)) || (visitReport && NotAnEvent.IsStatusSeen(text, position) && !FactDating.InSentence(article, date, position))
                    || (!FactDating.InSentence(article, date, position) && NotAnEvent.IsOverUnboundedYears(text, sentence, position))
                    || NamesATimeToCome(article, sentence, clause, position))
                {
                    continue;
                }

                var following = FollowingClauses(text, clauses, clause, stage);
                var skipFrom = inBreakdown ? int.MaxValue : breakdownFrom;
                // The figures around a member's ceremony are the batch's.
                var count = ceremonyMember ? null : CountFor(text, counts, clause, following, position, skipFrom, breakdownTo);
                var uncountedBatch = !ceremonyMember && count is null
                    && (NamesABatch(text, counts, sentence) || PluralWords.Any(w => near.Contains(w, StringComparison.Ordinal)));
                var amount = ceremonyMember ? null : AmountFor(text, amounts, clause, following, skipFrom, breakdownTo, usedAmounts, AmountRole.Investment, isBatch: uncountedBatch || count is { Value: > 1 });
                var single = !ceremonyMember && count is null && !uncountedBatch;
                // 该公司一期项目已建成投产 in a report of another day: a state reached some time before, not that day's event.
                if (single && !followUp && NotAnEvent.IsStatusSeen(text, position) && !FactDating.InSentence(article, date, position))
                {
                    continue;
                }

                // 该项目…4月底开工, dated in its own sentence: the stage of the project named just before.
                var referent = single && FactDating.InSentence(article, date, position) && ProjectAnaphora.Governs(article, sentence, position)
                    ? ProjectAnaphora.Referent(article, s, counts, k => ReportsOneProject(candidates, k), OnlyOneProjectSoFar(candidates)) : null;
                if (referent is { } named && amount is null)
                {
                    // 该项目总投资约10亿元,4月底开工: its amount before its stage, or in the sentence that names it,
                    // or in one between that goes on about it (该项目是…重大项目,总投资11.7亿元。项目今年3月开工).
                    amount = AmountBefore(text, amounts, clauses, clause, skipFrom, breakdownTo, usedAmounts)
                        ?? Enumerable.Range(named, s - named).Reverse()
                            .Select(k => AmountIn(text, amounts, ClauseSplitter.Split(article.Sentences[k]), usedAmounts))
                            .FirstOrDefault(found => found is not null);
                }

                // 启帆…项目总投资120亿元,今年3月签约落户吕四港镇: the chronology's project states its total before its first step;
                // so does one project's sentence that dates its step after its total (二期工程总投资68亿元,于2022年4月签约).
                if ((chronologyStep || (single && FactDating.InSentence(article, date, position))) && amount is null)
                {
                    // …,于2022年4月签约,2023年3月18日正式开工: the next step of the sentence's project keeps the total its first took.
                    amount = AmountBefore(text, amounts, clauses, clause, skipFrom, breakdownTo, usedAmounts)
                        ?? candidates.LastOrDefault(c => c.SentenceIndex == s && c.Amount is { } taken && taken.Start >= TextScan.PartStart(text, sentence.Start, position) && taken.End <= clause.Start && ProjectStories.IsOneProject(c))?.Amount;
                    if (amount is not null)
                    {
                        ProjectStories.ShareWithTheStageBefore(article, candidates, s, amount);
                    }
                }

                var planned = ceremonyMember ? null : AmountFor(text, amounts, clause, following, int.MaxValue, int.MaxValue, usedAmounts, AmountRole.PlannedThisYear);
                if (amount is not null)
                {
                    usedAmounts.Add(amount);
                }

                if (planned is not null)
                {
                    usedAmounts.Add(planned);
                }

                var idiomPair = Dates.SameDayIdiom.IsStageInPair(text, position);
                var candidate = new ProjectCandidate
                {
                    IsIdiomPair = idiomPair,
                    // 当年签约、当年开工: the project is counted once, at its later stage.
                    MemberOfBatch = ceremonyMember || (idiomPair && Dates.SameDayIdiom.IsFirstOfPair(text, position, StageWordLength(text, position))),
                    CountUnstated = ceremonyMember,
                    Stage = stage,
                    Position = position,
                    SentenceIndex = s,
                    EvidenceStart = sentence.Start,
                    EvidenceLength = sentence.Length,
                    Date = date,
                    DateInSentence = FactDating.InSentence(article, date, position),
                    DateInParagraph = FactDating.InParagraph(article, date, position),
                    District = (stage == ProjectStage.Signed && CitySigns(text, sentence.Start, position) ? "南通市" : null)
                        ?? OccasionDistrict(article, candidates, s, stage, clause.End) ?? FactPlacing.DistrictFor(article, sentence.Start, clause.End),
                    Count = count,
                    Amount = amount,
                    Planned = planned,
                    IsEventMarked = eventMarked,
                    IsUncountedBatch = uncountedBatch,
                    StorySentence = referent,
                    IsChronologyStep = chronologyStep,
                };
                candidate.Scope = ScopeOf(text, sentence, candidate, eventMarked || (!newMetric && SignedAtAFair(sentence, near, stage)), candidate.DateInSentence);
                // 该项目于2022年3月开工建设 in a story whose project was placed before: the project's district, not the last place named.
                if (referent is { } story && !article.NamesANantongPlace(sentence.Start, clause.End)
                    && candidates.LastOrDefault(c => c.SentenceIndex == story && c.District is not null) is { } told)
                {
                    candidate.District = told.District;
                }

                var partOf = single ? EarlierPartGoneOnAbout(text, candidates, sentence, s, position) : null;
                if (count is null && amount is null && !candidate.IsUncountedBatch && !idiomPair && !followUp && !ceremonyMember && !settler && stage != ProjectStage.Opened
                    && referent is null && !NamedProjects.NamesOne(article, ClauseStartBefore(clauses, clause), clause.End)
                    && !(stage == ProjectStage.Signed && SignsAnInvestmentAgreement(text, position, clause.End))
                    && !chronologyStep && partOf is null)
                {
                    // A single project with no figures counts only when the text names it.
                    continue;
                }

                // …投资8亿元建设新能源电机项目;2020年5月,该项目开工: the part goes on about that project, and keeps its total.
                candidate.Amount ??= partOf?.Amount;

                if (followUp && earlier is not null)
                {
                    // The project counts once, at its later stage, and keeps its amount there.
                    earlier.MemberOfBatch = true;
                    candidate.Amount ??= earlier.Amount;
                }

                candidates.Add(candidate);
                candidates.AddRange(ParallelCounts(text, counts, clause, candidate));
            }
        }

        RespectiveAmounts.Distribute(article, candidates, amounts, usedAmounts);
        CurrencyRows.Split(text, article.Sentences, candidates, counts, amounts, usedAmounts);
        BatchParts.JoinRestatedTotals(text, candidates);
        BatchParts.DropRestatedParts(article, candidates, usedAmounts);
        BatchParts.MarkMembersBeforeTotals(candidates);
        BatchMembers.Link(article, candidates, amounts, counts, usedAmounts);
        BatchMembers.MarkSingleProjectsInBatches(candidates);
        NamedProjectLists.Join(article, candidates, amounts, usedAmounts);
        HeadlineCounts.Adopt(article, candidates, counts);
        RepeatedTotals.Drop(article, candidates);
        RepeatedTotals.DropTitleRepeats(article, candidates);
        ProjectStories.ShareAmounts(article, candidates);
        ProjectStories.ShareAmountsAlongChronologies(text, candidates);
        ProjectStories.ShareAmountsAcrossAOneProjectPage(article, amounts, candidates);
        DropIdiomsOfToldStages(candidates);
        return candidates;
    }

    // How many characters (正式, 顺利, 产品试) may stand between a chronology step's date (and its time of day) and its stage word.
    private const int ChronologyGap = 4;

    // 12月28日凌晨三点产品试下线: the hour of a step is part of its date.
    [System.Text.RegularExpressions.GeneratedRegex("^(?:凌晨|上午|下午|晚上|早上|中午|傍晚|晚)?(?:[0-9一二三四五六七八九十两]+[点时](?:半|[0-9一二三四五六七八九十]+分)?)?")]
    private static partial System.Text.RegularExpressions.Regex TimeOfDay();

    // ,8月15日开工建设,再到12月28日产品下线: words that lead a chronology's next date.
    private static readonly HashSet<string> StepConnectors = ["", "于", "到", "再", "又", "并", "再到", "又于", "并于", "随后", "之后"];

    /// <summary>
    /// 上海电气太阳能电池组件项目…,6月15日签约,8月15日开工建设,…12月28日…试下线; 中天海洋装备项目总投资12亿美元,
    /// 2018年9月签约落户启东,2019年3月开工建设: a clause that is a day or a month and a stage word, in a sentence
    /// that opens by naming a project or referring to one, is a step of that project's chronology.
    /// </summary>
    private static bool IsChronologyStep(ArticleText article, Sentence sentence, Clause clause, int position)
    {
        var text = article.Text;
        var step = TextOrder.StartingIn(article.Dates, clause.Start, clause.End, static d => d.Start)
            .FirstOrDefault(d => d.Start >= clause.Start && d.Start <= clause.Start + 3 && d.Precision is DatePrecision.Day or DatePrecision.Month
                && StepConnectors.Contains(text[clause.Start..d.Start].TrimStart(',', '，', ';', '；')));
        if (step is null || position < step.Start + step.Length
            || TimeOfDay().Replace(text[(step.Start + step.Length)..position], string.Empty, 1).Length > ChronologyGap)
        {
            return false;
        }

        // 该项目由…投资建设,总投资22亿元,去年8月签约,12月开工: the project the sentence opens with, named or referred to.
        var subjectEnd = article.Text.IndexOfAny([',', '，'], sentence.Start, clause.Start - sentence.Start);
        return subjectEnd > sentence.Start && (NamedProjects.NamesOne(article, sentence.Start, subjectEnd) || ProjectAnaphora.OpensWithAnaphor(sentence.Text));
    }

    // How many sentences back a story's own stage makes an idiom's (当年签约) a summary of it.
    private const int IdiomSummaryReach = 3;

    /// <summary>项目今年3月签约,6月开工,…实现了当年签约、当年开工、当年建成: the idiom sums up stages the story has told.</summary>
    private static void DropIdiomsOfToldStages(List<ProjectCandidate> candidates)
    {
        var bySentence = candidates.ToLookup(c => c.SentenceIndex);
        var summaries = candidates.Where(idiom => idiom.IsIdiomPair
            && Enumerable.Range(idiom.SentenceIndex - IdiomSummaryReach, IdiomSummaryReach + 1).SelectMany(k => bySentence[k])
                .Any(told => !told.IsIdiomPair && told.Stage == idiom.Stage && told.District == idiom.District && IsOwnDate(told))).ToHashSet();
        ExtractionBudget.Step(summaries.Count);
        candidates.RemoveAll(summaries.Contains);
    }

    // 今年3月签约, not 当天签约、当天开工 (an idiom pair of its own).
    private static bool IsOwnDate(ProjectCandidate told) =>
        told is { Scope: FactScope.Event, Count: null, IsUncountedBatch: false } && told.Date is { } date && !date.Text.StartsWith('当');

    private static readonly string[] InvestmentAgreements = ["投资协议", "项目协议", "投资合同", "项目合同", "入园协议", "落户协议"];

    /// <summary>公司于9月13日与海门区人民政府签订了《项目投资协议书》: the agreement is a project's, named or not.</summary>
    private static bool SignsAnInvestmentAgreement(string text, int position, int clauseEnd) =>
        TextScan.ContainsAny(text.AsSpan(position, clauseEnd - position), InvestmentAgreements);

    // 南通市人民政府与恒拓动力科技集团签署战略合作协议,总投资150亿元的…项目正式落户如东县.
    [System.Text.RegularExpressions.GeneratedRegex("(?:南通市人民政府|南通市政府)(?:在[^,;。与]{1,8})?与[^,;。]{1,30}?(?:签署|签约|签订)")]
    private static partial System.Text.RegularExpressions.Regex CitySigning();

    /// <summary>
    /// The city government signs for a project sited in a district: the signing is the city's (GOLD_SCHEMA's
    /// actor rule), though the project's clause names the district.
    /// </summary>
    private static bool CitySigns(string text, int sentenceStart, int position) =>
        CitySigning().Match(text, sentenceStart, position - sentenceStart + Math.Min(4, text.Length - position)) is { Success: true };

    private static readonly string[] OccasionOpenings = ["会上", "活动上", "仪式上", "活动现场", "签约现场", "现场"];

    // How long the name of the occasion before 会上 may be (恳谈会上, 推介会上, 项目签约仪式上).
    private const int OccasionNameReach = 10;

    /// <summary>会上,37个重大项目集中签约; 推介会上,…: the sentence is set at the occasion just told.</summary>
    private static bool OpensAtTheOccasion(string opening)
    {
        if (OccasionOpenings.Any(word => opening.StartsWith(word, StringComparison.Ordinal)))
        {
            return true;
        }

        var comma = opening.IndexOf(',');
        return comma > 0 && comma <= OccasionNameReach && (opening[..comma].EndsWith("会上", StringComparison.Ordinal) || opening[..comma].EndsWith("仪式上", StringComparison.Ordinal));
    }

    // How many sentences back the occasion a 此次 sentence goes on about may be told.
    private const int OccasionReach = 6;

    /// <summary>
    /// 南通市…集中开工活动在海门区主会场举行,各县(市、区)…通州湾示范区同步设立分会场。 then 此次集中开工的项目共148个:
    /// the sentence goes on about the occasion just told, so it is the occasion's actor's, not the last venue's.
    /// </summary>
    private static string? OccasionDistrict(ArticleText article, List<ProjectCandidate> candidates, int sentenceIndex, ProjectStage stage, int end)
    {
        var sentence = article.Sentences[sentenceIndex];
        var opening = sentence.Text.TrimStart();
        if (!(FactPlacing.BackReferences.Any(word => opening.StartsWith(word, StringComparison.Ordinal)) || OpensAtTheOccasion(opening))
            || article.NamesANantongPlace(sentence.Start, end))
        {
            return null;
        }

        return candidates.LastOrDefault(c => c.SentenceIndex < sentenceIndex && sentenceIndex - c.SentenceIndex <= OccasionReach
            && c.Stage == stage && c.Scope == FactScope.Event && !c.MemberOfBatch && c.District is not null)?.District;
    }

    /// <summary>
    /// 明确到2027年累计引进科创类项目50个以上: a time after publication in the stage word's clause makes it a
    /// target, whatever word (到, 明确) leads to it. So does one that opens the sentence with no other date
    /// after it (到2027年,全市累计新签约…300个以上,累计新开工…240个以上): it frames every clause.
    /// </summary>
    private static bool NamesATimeToCome(ArticleText article, Sentence sentence, Clause clause, int position)
    {
        if (article.Published is not { } published)
        {
            return false;
        }

        // 集中开工活动将于4月28日举行: the occasion the stage word names is still to come.
        if (TextOrder.StartingIn(article.Dates, position, clause.End, static d => d.Start).Any(d => d.IsFutureMarked && IsAfter(d, published)))
        {
            return true;
        }

        DateMention? latest = null;
        foreach (var date in TextOrder.StartingIn(article.Dates, sentence.Start, position, static d => d.Start))
        {
            if (date.Start >= clause.Start && IsAfter(date, published))
            {
                return true;
            }

            latest = date;
        }

        return latest is not null && IsAfter(latest, published);
    }

    private static bool IsAfter(DateMention date, DateOnly published) => date.RangeStart is { } from && from > published;

    // How far after 首批 the count it opens may start (首批近800家).
    private const int BatchCountGap = 2;

    /// <summary>
    /// The sentence tells a batch (集中, 一批, 首批…), unless the batch word opens a count of something other than
    /// projects: 首批近800家商户入驻经营 is a market's first tenants.
    /// </summary>
    private static bool NamesABatch(string text, IReadOnlyList<CountMention> counts, Sentence sentence)
    {
        foreach (var word in BatchWords)
        {
            for (var at = text.IndexOf(word, sentence.Start, sentence.Length, StringComparison.Ordinal); at >= 0;
                 at = text.IndexOf(word, at + 1, sentence.End - at - 1, StringComparison.Ordinal))
            {
                ExtractionBudget.Step();
                var after = at + word.Length;
                var counted = TextOrder.StartingIn(counts, after, after + BatchCountGap + 1, static c => c.Start)
                    .FirstOrDefault(c => c.Start >= after && c.Start <= after + BatchCountGap);
                if (counted is not null ? IsProjectCount(text, counted) : word is not ("首批" or "一批") || BatchOfProjects(text, after, sentence.End))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // How far after 首批 or 一批 its noun may end (一批重大产业项目).
    private const int BatchNounReach = 16;

    /// <summary>一批重大项目, 首批签约工程: the batch is of projects; 首批聚酯新材料产品顺利下线 is a plant's first products.</summary>
    private static bool BatchOfProjects(string text, int from, int sentenceEnd)
    {
        var end = Math.Min(sentenceEnd, from + BatchNounReach);
        for (var i = from; i < end && !TextScan.IsClauseBoundary(text, i); i++)
        {
            if (TextScan.At(text, i, "项目") || TextScan.At(text, i, "工程"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sentence <paramref name="sentenceIndex"/> gave one project's stage; read back from the end, as candidates come in sentence order.</summary>
    private static bool ReportsOneProject(List<ProjectCandidate> candidates, int sentenceIndex)
    {
        for (var i = candidates.Count - 1; i >= 0 && candidates[i].SentenceIndex >= sentenceIndex; i--)
        {
            var c = candidates[i];
            if (c.SentenceIndex == sentenceIndex && c.Count is null && !c.IsUncountedBatch && !c.MemberOfBatch)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>项目2019年12月签约落户,2020年4月摘牌拿地,2020年6月开工建设: a step of the chronology of the project the sentence opens with.</summary>
    private static bool IsAnaphorsStep(ArticleText article, Sentence sentence, int position) =>
        ProjectAnaphora.OpensWithAnaphor(sentence.Text) && ProjectAnaphora.Governs(article, sentence, position);

    /// <summary>晶澳太阳能正式落户启东经济开发区: a named company settling in a Nantong place is one project signed.</summary>
    private static bool SettlesInAPlace(ArticleText article, Clause clause, int position)
    {
        var text = article.Text;
        if (!TextScan.At(text, position, "落户"))
        {
            return false;
        }

        var end = position + 2;
        return (NamedProjects.NamesSettler(text[clause.Start..position]) || CompanyDoneBefore(text, clause, position))
            && TextOrder.StartingIn(article.Places, end, end + 2, static p => p.Start).Any(p => p.Start >= end && p.Start <= end + 1 && p.District is not null && !p.IsOutsideNantong);
    }

    /// <summary>凯诺新材料科技(海安)有限公司完成工商注册,正式落户城东镇: the company the clause before opens with settles.</summary>
    private static bool CompanyDoneBefore(string text, Clause clause, int position)
    {
        var between = text[clause.Start..position].Trim(',', '，', ' ');
        if (between.Length > 0 && !NamedProjects.IsSettlingAdverb(between))
        {
            return false;
        }

        var previousStart = TextScan.ClauseStart(text, Math.Max(0, clause.Start - 1), ClauseReach);
        var previous = text[previousStart..clause.Start];
        return previous.Contains("公司", StringComparison.Ordinal) && !previous.Contains("项目", StringComparison.Ordinal);
    }

    // How far back the clause before a settling clause is read.
    private const int ClauseReach = 40;

    private static IEnumerable<(int Position, ProjectStage Stage)> Triggers(string text, Sentence sentence)
    {
        var i = sentence.Start;
        while (i < sentence.End)
        {
            ExtractionBudget.Step();
            if (StageVocabulary.At(text, i) is { } hit && i + hit.Word.Length <= sentence.End)
            {
                var end = i + hit.Word.Length;
                var notEvent = NotEventAfter.Any(w => TextScan.At(text, end, w)) && !(TextScan.At(text, end, "以来") && NotAnEvent.IsSinceADate(text, sentence, i));
                if (!notEvent && !NotAnEvent.IsAreaAfter(text, end))
                {
                    yield return (i, hit.Stage);
                }

                i = end;
                continue;
            }

            i++;
        }
    }

    /// <summary>
    /// A summary over a period (2022年…19个重大项目开工建设, 今年一季度如东共签约项目66个) is a
    /// reported total; a dated occasion (此次集中开工, 3月13日…集中开工活动) is an event.
    /// </summary>
    private static FactScope ScopeOf(string text, Sentence sentence, ProjectCandidate candidate, bool eventMarked, bool dateInSentence)
    {
        if (eventMarked)
        {
            return FactScope.Event;
        }

        if (candidate.Date is { Precision: DatePrecision.Day })
        {
            // 截至6月10日…累计签约项目30个, 会上通报…已开工52个: a state on that day, not an occasion of it.
            return candidate.Count is { Value: >= 2 } && StatusReport.Tells(text, sentence, candidate.Position) ? FactScope.Period : FactScope.Event;
        }

        // 一批重大项目顺利开工 dated only by its month: a summary of the month, not one occasion.
        if (candidate.Count is not { Value: >= 2 })
        {
            return candidate.IsUncountedBatch && candidate.Date is { IsPeriod: true } ? FactScope.Period : FactScope.Event;
        }

        // 过去一年,…。新签约…项目126个: a whole year or quarter before the sentence is still the period it sums up.
        var periodWords = PeriodMarkers.Any(m => sentence.Text.Contains(m, StringComparison.Ordinal));
        // 今年1-5月,…。新签约…项目18个: so is a run of months.
        var periodDate = candidate.Date is { IsPeriod: true } date
            && (dateInSentence || date.Precision is DatePrecision.Year or DatePrecision.Quarter || SpansMonths(date));
        return periodWords || periodDate ? FactScope.Period : FactScope.Event;
    }

    private static readonly string[] Fairs = ["推介会", "恳谈会", "对接会", "洽谈会", "说明会", "招商会", "签约会"];

    /// <summary>
    /// 去年在沪举办的同类推介会上,全市签约项目35个; 首届…恳谈会签约项目21个: the signings of one fair, told by its year,
    /// are one occasion, not a summary of the year (今年以来,通过推介会…签约 and 举办推介会46场,新签约… still sum up a period).
    /// </summary>
    private static bool SignedAtAFair(Sentence sentence, string near, ProjectStage stage) =>
        stage == ProjectStage.Signed && TextScan.ContainsAny(near.AsSpan(), Fairs)
        && !PeriodMarkers.Any(m => sentence.Text.Contains(m, StringComparison.Ordinal));

    private static bool SpansMonths(Dates.DateMention date) =>
        date.RangeStart is { } from && date.RangeEnd is { } to && (from.Year != to.Year || from.Month != to.Month);

    /// <summary>
    /// 累计招引5亿元以上重大内资项目197个、3000万美元以上重大外资项目52个: one stage word, a list of
    /// counts in parallel classes; each is a fact of its own (one per currency, so counts add up).
    /// 现场签约21个产业投资项目和18个科技合作项目: two classes joined by 和 after the stage word are two facts too.
    /// </summary>
    private static IEnumerable<ProjectCandidate> ParallelCounts(string text, IReadOnlyList<CountMention> counts, Clause clause, ProjectCandidate first)
    {
        if (first.Count is null)
        {
            yield break;
        }

        var previousEnd = first.Count.End;
        foreach (var count in TextOrder.StartingIn(counts, previousEnd, clause.End, static c => c.Start))
        {
            ExtractionBudget.Step();
            if (count.Start < previousEnd || count.End > clause.End || !IsProjectCount(text, count))
            {
                continue;
            }

            var step = text[previousEnd..count.Start];
            var joinedClass = first.Count.Start > first.Position && ClassEnd(text, first.Count) is { } classEnd && classEnd <= count.Start
                && text[classEnd..count.Start] is "和" or "及" or "以及" && ClassEnd(text, count) is not null;
            if (!joinedClass && (first.Amount is not null || !IsListStep(step) || !IsForeignClass(text, count)))
            {
                yield break;
            }

            previousEnd = count.End;
            yield return first.Sibling(count, amount: null);
        }
    }

    /// <summary>21个产业投资项目: the count comes first, then its class and the project word; where that word ends, else null.</summary>
    private static int? ClassEnd(string text, CountMention count)
    {
        const int classReach = 12;
        for (var end = count.End + 3; end <= Math.Min(text.Length, count.End + classReach); end++)
        {
            if (IsClauseBreak(text[end - 1]) || text[end - 1] is '和' or '及')
            {
                return null;
            }

            if (TextScan.EndsAt(text, end, "项目"))
            {
                return end;
            }
        }

        return null;
    }

    /// <summary>The words between two counts of one list: one 、 and no clause break or 其中.</summary>
    private static bool IsListStep(string between) =>
        between.Length <= 24 && between.Count(c => c == '、') == 1 && !between.Any(IsClauseBreakNotList)
        && !between.Contains("其中", StringComparison.Ordinal);

    private static bool IsClauseBreakNotList(char c) => c != '、' && IsClauseBreak(c);

    /// <summary>全年172个…项目开工建设、98个项目竣工投产: the list item a count stands in starts after the last item break before it.</summary>
    private static int ItemStart(string text, int clauseStart, int countStart)
    {
        var start = countStart;
        while (start > clauseStart && !IsItemBreak(text[start - 1]))
        {
            ExtractionBudget.Step();
            start--;
        }

        return start;
    }

    // 签约312个 开工748个 竣工603个: items of a list apart by 「、」 or by spaces.
    private static bool IsItemBreak(char c) => c is '、' or ' ' or '\u3000';

    /// <summary>
    /// 172个…项目开工建设、98个项目竣工投产; 5个项目竣工8个项目开工: for the later stage, the earlier count is the earlier
    /// item's, which goes on to a stage of its own before another item starts.
    /// </summary>
    private static bool HasOwnStageBefore(string text, IReadOnlyList<CountMention> counts, CountMention count, int position)
    {
        for (var i = count.End; i < position; i++)
        {
            ExtractionBudget.Step();
            if (IsItemBreak(text[i]))
            {
                return StageVocabulary.StartsIn(text, count.End, i);
            }

            if (StageVocabulary.At(text, i) is not null)
            {
                return TextOrder.StartingIn(counts, i, position, static c => c.Start).Any(next => next.Start > i && next.End <= position && IsProjectCount(text, next));
            }
        }

        return false;
    }

    /// <summary>…开工建设、98个项目竣工投产: a count after the stage word whose item goes on to another stage of its own.</summary>
    private static bool HasOtherStage(string text, CountMention count, int clauseEnd, ProjectStage? stage)
    {
        for (var i = count.End; i < clauseEnd && !IsItemBreak(text[i]); i++)
        {
            ExtractionBudget.Step();
            if (StageVocabulary.At(text, i) is { } hit && hit.Stage != stage)
            {
                return true;
            }
        }

        return false;
    }

    // 3000万美元以上重大外资项目52个: a class of its own currency.
    private static bool IsForeignClass(string text, CountMention count)
    {
        var before = text[Math.Max(0, count.Start - 16)..count.Start];
        return before.Contains("美元", StringComparison.Ordinal) || before.Contains("外资", StringComparison.Ordinal);
    }

    /// <summary>11个数字文化产业项目、2个数字文化产业生态项目成功签约: the parts of one signing add up.</summary>
    private static CountMention SumOfList(string text, IReadOnlyList<CountMention> counts, CountMention first, int limit)
    {
        var total = first;
        var end = first.End;
        foreach (var count in TextOrder.StartingIn(counts, end, limit, static c => c.Start))
        {
            ExtractionBudget.Step();
            if (count.Start < end || count.End > limit || !IsProjectCount(text, count) || IsForeignClass(text, count))
            {
                continue;
            }

            // 全年172个重大产业项目开工建设、98个项目竣工投产: an item with a stage of its own is another fact, not a part.
            if (!IsListStep(text[end..count.Start]) || StageVocabulary.StartsIn(text, end, count.Start))
            {
                break;
            }

            total = total with { Value = total.Value + count.Value, Length = count.End - total.Start, Text = text[total.Start..count.End] };
            end = count.End;
        }

        return total;
    }

    private static int IndexOf(IReadOnlyList<Clause> clauses, Clause clause)
    {
        for (var i = 0; i < clauses.Count; i++)
        {
            ExtractionBudget.Step();
            if (clauses[i].Start == clause.Start)
            {
                return i;
            }
        }

        return -1;
    }

    private static int ClauseStartBefore(IReadOnlyList<Clause> clauses, Clause clause)
    {
        var index = IndexOf(clauses, clause);
        return index > 0 ? clauses[index - 1].Start : clause.Start;
    }

    private static int StageWordLength(string text, int position) => StageVocabulary.At(text, position)?.Word.Length ?? 0;

    private static bool InRegion(int index, int from, int to) => index >= from && index < to;

    private static Clause ClauseAt(IReadOnlyList<Clause> clauses, int position)
    {
        // The clauses follow one another without overlapping: the one holding the position is the last one starting at or before it.
        var last = TextOrder.FirstAtOrAfter(clauses, position + 1, static c => c.Start) - 1;
        if (last >= 0 && position < clauses[last].End)
        {
            return clauses[last];
        }

        foreach (var clause in clauses)
        {
            ExtractionBudget.Step();
            if (position >= clause.Start && position < clause.End)
            {
                return clause;
            }
        }

        return clauses[^1];
    }

    /// <summary>The clauses after the trigger's own that still describe it: up to one with a stage word of its own.</summary>
    private static List<Clause> FollowingClauses(string text, IReadOnlyList<Clause> clauses, Clause clause, ProjectStage stage)
    {
        var result = new List<Clause>();
        var started = false;
        foreach (var c in clauses)
        {
            ExtractionBudget.Step();
            if (c.Start == clause.Start)
            {
                started = true;
                continue;
            }

            if (!started)
            {
                continue;
            }

            var hasTrigger = false;
            for (var i = c.Start; i < c.End && !hasTrigger; i++)
            {
                ExtractionBudget.Step();
                hasTrigger = StageVocabulary.At(text, i) is not null;
            }

            if (hasTrigger)
            {
                break;
            }

            result.Add(c);
        }

        return result;
    }

    private static readonly string[] OpenedThings = ["园", "港口", "港区", "码头", "基地", "工厂", "厂区", "项目", "车间", "综合体", "商业", "购物中心", "商场", "酒店", "广场", "市场", "商城", "街区",
        "风情街", "步行街", "度假村", "度假区", "景区", "小镇", "医院", "院区", "学校", "校区"];

    private static readonly Regex TradeCityOpening = new(@"[\p{IsCJKUnifiedIdeographs}]{2}城(?:[一二三四五六七八九]期)?(?:正式|盛大|隆重|顺利)?$", RegexOptions.CultureInvariant);

    /// <summary>叠石桥国际家纺城三期盛大开业, 商贸城正式开业: a market hall named …城 opens as a mall does.</summary>
    private static bool OpensATradeCity(string text, Clause clause, int position) =>
        StageVocabulary.At(text, position) is { Word: "开业" } && TradeCityOpening.IsMatch(text.AsSpan(clause.Start, position - clause.Start));

    /// <summary>
    /// The stage word is about projects: its clause (or the one before) names projects, works or a
    /// count; an opening is of a park, port or plant (开园, 开港), not of a command centre (指挥中心揭牌).
    /// </summary>
    private static bool HasProjectCue(string text, IReadOnlyList<Clause> clauses, Clause clause, ProjectStage stage, int position)
    {
        var index = IndexOf(clauses, clause);
        var from = index > 0 ? clauses[index - 1].Start : clause.Start;
        var to = index + 1 < clauses.Count ? clauses[index + 1].End : clause.End;
        var scope = text[from..to];
        if (stage == ProjectStage.Opened)
        {
            return OpenedThings.Any(t => scope.Contains(t, StringComparison.Ordinal)) || scope.StartsWith("开园", StringComparison.Ordinal) || OpensATradeCity(text, clause, position);
        }

        // 举行集中开工活动: a batch occasion names its projects by the word 集中 before its stage word.
        return ProjectCues.Any(c => scope.Contains(c, StringComparison.Ordinal)) || scope.Contains('个') || TextScan.EndsAt(text, position, "集中");
    }

    private static CountMention? CountFor(
        string text, IReadOnlyList<CountMention> counts, Clause clause, List<Clause> following, int position, int breakdownFrom, int breakdownTo)
    {
        CountMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var count in TextOrder.StartingIn(counts, clause.Start, clause.End, static c => c.Start))
        {
            ExtractionBudget.Step();
            if (count.Start < clause.Start || count.End > clause.End || InRegion(count.Start, breakdownFrom, breakdownTo) || !IsProjectCount(text, count)
                || (count.End <= position && (StageVocabulary.StartsIn(text, ItemStart(text, clause.Start, count.Start), count.Start) || HasOwnStageBefore(text, counts, count, position)))
                || (count.Start > position && HasOtherStage(text, count, clause.End, StageVocabulary.At(text, position)?.Stage)))
            {
                continue;
            }

            var distance = Math.Abs(count.Start - position);
            if (distance < bestDistance)
            {
                best = count;
                bestDistance = distance;
            }
        }

        if (best is not null)
        {
            if (best.End >= position)
            {
                return best;
            }

            // The list may start before the nearest count: 11个…项目、2个…项目成功签约.
            foreach (var count in TextOrder.StartingIn(counts, clause.Start, best.Start + 1, static c => c.Start))
            {
                ExtractionBudget.Step();
                if (count.Start >= clause.Start && count.Start <= best.Start && IsProjectCount(text, count)
                    && SumOfList(text, counts, count, position) is var sum && sum.End >= best.End)
                {
                    return sum;
                }
            }

            return best;
        }

        // 当天开工的产业项目中,5亿元以上项目7个: what follows 「…中,」 is a breakdown.
        if (clause.Text.TrimEnd(',', ';', '。', ' ').EndsWith('中'))
        {
            return null;
        }

        foreach (var next in following)
        {
            ExtractionBudget.Step();
            foreach (var count in TextOrder.StartingIn(counts, next.Start, next.End, static c => c.Start))
            {
                ExtractionBudget.Step();
                if (count.Start >= next.Start && count.End <= next.End && !InRegion(count.Start, breakdownFrom, breakdownTo) && IsProjectCount(text, count))
                {
                    return count;
                }
            }
        }

        return null;
    }

    // 新签约…项目160个、新开工…项目135个: a count after another stage word is that stage's.
    private static readonly string[] CountedThings = ["项目", "工程", "码头", "基地", "产业园", "电站"];

    // Longest first: 累计 before 计.
    private static readonly string[] SigningPartners = ["企业", "公司", "客商"];

    private static readonly string[] SigningVerbs = ["签约", "签订", "签署"];

    private static readonly string[] CountLeadIns = ["共计", "达到", "总数", "累计", "数量", "共", "达", "为", "有", "计", "已"];

    /// <summary>
    /// A number of projects: 16个项目, 32个亿元以上产业项目, 项目共16个, 亿元以上项目53个 — not
    /// 4个主会场, 16个季度, 一批, or 百亿项目 (an amount class).
    /// </summary>
    internal static bool IsProjectCount(string text, CountMention count)
    {
        if (count.Unit == "批" || count.Value > 10_000 || count.Text.Contains('亿') || count.Text.Contains('万'))
        {
            return false;
        }

        var after = count.End;
        var limit = Math.Min(text.Length, after + 12);
        var stop = after;
        while (stop < limit && !IsClauseBreak(text[stop]))
        {
            ExtractionBudget.Step();
            stop++;
        }

        // 12个产业类、科创类项目: classes listed before the noun belong to one count.
        while (stop < limit && text[stop] == '、' && ClassBeforeList(text, after, stop))
        {
            stop++;
            while (stop < limit && !IsClauseBreak(text[stop]))
            {
                stop++;
            }
        }

        var following = text[after..stop];
        var before = text[Math.Max(0, count.Start - 10)..count.Start];
        // 20多家企业入驻, 首批入驻企业12家: companies settled in a park are its stock, not projects of an event;
        // 8个项目签约入驻 is a signing.
        if ((following.Contains("入驻", StringComparison.Ordinal) || before.Contains("入驻", StringComparison.Ordinal))
            && !following.Contains("签约", StringComparison.Ordinal))
        {
            return false;
        }

        // 是今年全市20个集中开工项目中投资最大的一个: the set a project is compared within, not the event's count.
        if (following.Contains("项目中", StringComparison.Ordinal) || following.Contains("项目之中", StringComparison.Ordinal))
        {
            return false;
        }

        if (CountedThings.Any(t => following.Contains(t, StringComparison.Ordinal)))
        {
            return true;
        }

        // 与3家企业签订投资协议, 与4家日资企业签约: each company that signs with the district brings a project.
        if (count.Unit == "家" && TextScan.EndsAt(text, count.Start, "与") && SigningPartners.Any(word => following.Contains(word, StringComparison.Ordinal))
            && SigningVerbs.Any(word => following.Contains(word, StringComparison.Ordinal)))
        {
            return true;
        }

        // 项目累计达42个, 项目数量达到42个, 项目已有42个: lead-ins stack up between the noun and its count.
        var leadInLength = 0;
        for (var stacked = 0; stacked < 3 && LeadInAtEnd(before) is { } leadIn; stacked++)
        {
            before = before[..^leadIn.Length];
            leadInLength += leadIn.Length;
        }

        // 一批重大项目集中开工,共12个: a total opening its clause counts the projects of the clause before.
        var stageEnd = count.Start;
        if (leadInLength > 0 && before.Length > 0 && before[^1] is ',' or '，')
        {
            before = before[..^1];
            stageEnd = count.Start - leadInLength - 1;
        }

        // 新竣工…项目79个,转化达产75个: a count right after its stage word counts projects.
        return CountedThings.Any(t => before.EndsWith(t, StringComparison.Ordinal))
            || (stageEnd >= 2 && StageVocabulary.At(text, stageEnd - 2) is { Word.Length: 2 });
    }

    /// <summary>The last single project of sentence <paramref name="s"/> at another stage; reads back only through that sentence.</summary>
    private static ProjectCandidate? EarlierSingleInSentence(List<ProjectCandidate> candidates, int s, ProjectStage stage)
    {
        for (var i = candidates.Count - 1; i >= 0 && candidates[i].SentenceIndex == s; i--)
        {
            if (candidates[i] is { Count: null or { Value: 1 }, IsUncountedBatch: false } c && c.Stage != stage)
            {
                return c;
            }
        }

        return null;
    }

    private static string? LeadInAtEnd(string before)
    {
        foreach (var word in CountLeadIns)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                return word;
            }
        }

        return null;
    }

    private static bool ClassBeforeList(string text, int from, int listMark) =>
        listMark - from is > 0 and <= 6 && text[listMark - 1] is '类' or '型';

    private static bool IsClauseBreak(char c) => c is ',' or '。' or ';' or ':' or '!' or '?' or '\n' or '、' or '(' or ')';

    /// <summary>An investment amount in the clauses of the sentence before <paramref name="clause"/>, none of which has a stage of its own.</summary>
    private static MoneyMention? AmountBefore(
        string text, IReadOnlyList<MoneyMention> amounts, IReadOnlyList<Clause> clauses, Clause clause, int breakdownFrom, int breakdownTo, HashSet<MoneyMention> used)
    {
        var before = clauses.TakeWhile(c => c.Start < clause.Start).ToList();
        if (before.Count == 0 || before.Any(c => StageVocabulary.StartsIn(text, c.Start, c.End)))
        {
            return null;
        }

        return AmountFor(text, amounts, before[0], before.Skip(1).ToList(), breakdownFrom, breakdownTo, used, AmountRole.Investment);
    }

    /// <summary>An investment amount anywhere in <paramref name="clauses"/> (the sentence that names a project).</summary>
    private static MoneyMention? AmountIn(string text, IReadOnlyList<MoneyMention> amounts, IReadOnlyList<Clause> clauses, HashSet<MoneyMention> used) =>
        clauses.Count == 0 ? null : AmountFor(text, amounts, clauses[0], clauses.Skip(1).ToList(), int.MaxValue, int.MaxValue, used, AmountRole.Investment);

    private static MoneyMention? AmountFor(
        string text, IReadOnlyList<MoneyMention> amounts, Clause clause, List<Clause> following, int breakdownFrom, int breakdownTo,
        HashSet<MoneyMention> used, AmountRole role, bool isBatch = false)
    {
        foreach (var span in following.Prepend(clause))
        {
            ExtractionBudget.Step();
            foreach (var amount in TextOrder.StartingIn(amounts, span.Start, span.End, static a => a.Start))
            {
                ExtractionBudget.Step();
                if (amount.Start < span.Start || amount.End > span.End || InRegion(amount.Start, breakdownFrom, breakdownTo) || used.Contains(amount))
                {
                    continue;
                }

                // …12个项目集中开工,中天钢铁项目总投资30亿元: a later clause that names one project gives that project's amount.
                // 总投资30亿元的中天钢铁项目是此次开工的重点项目: so does an amount that qualifies a named project there.
                var namedOwner = isBatch && span.Start > clause.Start
                    && (NamedProjects.NamesOne(text[span.Start..amount.Start]) || NamedProjects.QualifiedNamedProjectEnd(text, amount.End) is not null);
                if (amount.IsThreshold || amount.IsMagnitudeClass || amount.IsRate || namedOwner || (isBatch && NamedProjects.IsListMemberAmount(text, amount.End))
                    || NamedProjects.QualifiesAMeeting(text, amount.End))
                {
                    continue;
                }

                var described = AmountRoleClassifier.Describe(text, amount);
                if (described.Role == role && (!described.IsPart || breakdownTo < amount.Start))
                {
                    return amount;
                }
            }
        }

        return null;
    }

}
