using System.Text.RegularExpressions;
using Metrics.Extraction.Budget;
using Metrics.Extraction.Numbers;
using Metrics.Extraction.Text;
using Metrics.Facts;

namespace Metrics.Extraction.Projects;

/// <summary>
/// Why a stage word (签约, 开工, 竣工…) reports no event: a visit, a plan or directive, a
/// schedule, a state seen, the word used as a noun, a share, units of equipment, an area.
/// </summary>
internal static partial class NotAnEvent
{
    // Site visits and inspections talk about projects without an event happening (调研…项目建设).
    private static readonly string[] VisitWords = ["调研", "考察", "视察", "走访", "督查", "察看"];

    // A plan, a wish or a directive is no event: 力争年内开工, 要加快推进项目开工.
    private static readonly string[] PlanWords =
    [
        "计划新", "计划于", "计划年内", "将于", "即将", "将", "拟", "力争", "确保", "争取", "预计", "目标", "要", "需", "必须",
        "推动", "促进", "加快", "推进", "力促", "抓好", "做好", "着力", "准备", "有望", "待", "努力", "全力", "随着",
        "把", "始终", "相继", "陆续", "先后", "纷纷", "保障", "为了", "千方百计", "吸引", "决定", "原则同意", "会议同意",
    ];

    // 一期工程计划6月底完工, 15个项目计划开工建设, 计划集中签约项目30个, 计划每年新开工…: 计划 right before the stage (maybe with its date) plans it;
    // 计划总投资 is an amount and stays out.
    private static readonly Regex PlannedStageBefore = new(PlannedWhen + "(?:集中|现场|新)?$", RegexOptions.CultureInvariant);

    // 计划, 计划于6月底, 计划年内: the plan word and the time it names.
    private const string PlannedWhen = "计划(?:于|在)?[0-9一二三四五六七八九十〇年月日底前内上中下旬季度初末每]{0,8}";

    private static readonly string[] PlanNounsAfter = ["筹备", "准备工作", "的目标", "目标任务", "任务目标"];

    // 计划开工项目8个、竣工项目5个: the plan governs the items listed after it.
    private static readonly Regex PlannedListBefore = new(
        PlannedWhen + "(?:新)?(?:开工|签约|竣工|投产|建成)[^,;:]*、(?:新)?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// A visit looks at projects, it is no event (调研重大项目建设,察看项目竣工情况); a visit told after the
    /// event in the same sentence (新签约项目42个;赴上海拜访考察项目41个) leaves the event alone.
    /// </summary>
    public static bool IsVisit(string text, Sentence sentence, Clause clause)
    {
        var upToClause = text.AsSpan(sentence.Start, clause.End - sentence.Start);
        foreach (var word in VisitWords)
        {
            if (upToClause.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The article opens on a leader's visit (市委书记…开展调研): what it saw is reported, not dated events.</summary>
    public static bool IsVisitReport(ArticleText article) =>
        article.Sentences.Take(2).Any(s => VisitWords.Any(w => s.Text.Contains(w, StringComparison.Ordinal)));

    /// <summary>一期工程主厂房已竣工验收: a state reached some time before, told with 已 and no date of its own.</summary>
    public static bool IsStatusSeen(string text, int position)
    {
        // 已经开始投产, 已全面竣工, 已实现部分投产: manner words may stand between 已 and the stage.
        var at = BeforeMannerWords(text, position, StatusManners, 2);
        return (at >= 1 && text[at - 1] == '已') || TextScan.EndsAt(text, at, "已经");
    }

    private static readonly string[] StatusManners = ["开始", "全面", "正式", "顺利", "部分", "实现", "基本", "初步"];

    private static readonly string[] ScheduleManners = ["基本", "全面", "正式", "顺利", "全部"];

    /// <summary>Where the text before <paramref name="position"/> starts once up to <paramref name="most"/> of <paramref name="manners"/> are read back over.</summary>
    private static int BeforeMannerWords(string text, int position, string[] manners, int most)
    {
        var at = position;
        for (var read = 0; read < most && Array.Find(manners, word => TextScan.EndsAt(text, at, word)) is { } manner; read++)
        {
            at -= manner.Length;
        }

        return at;
    }

    /// <summary>一年建设、两年开港: a stage a duration away is a schedule, not an event (当年开工 is handled as an idiom).</summary>
    public static bool IsSchedule(string text, int position)
    {
        // 两年内基本建成投用, 三年后全面达产: a manner word and 内 / 后 may stand between the duration and the stage.
        var at = BeforeMannerWords(text, position, ScheduleManners, 1);
        if (at > 0 && text[at - 1] is '内' or '后')
        {
            at--;
        }

        if (TextScan.EndsAt(text, at, "个月"))
        {
            at -= 2;
        }
        else if (at > 0 && text[at - 1] is '年' or '天')
        {
            at--;
        }
        else
        {
            return false;
        }

        var digits = at;
        while (digits > 0 && IsSmallNumeral(text[digits - 1]))
        {
            digits--;
        }

        // 二〇二二年开工 is a year, not a duration.
        var yearDigit = digits > 0 && (text[digits - 1] is '〇' or '零' || char.IsAsciiDigit(text[digits - 1]));
        return digits < at && at - digits <= 2 && !yearDigit;
    }

    // 仅用5个月就建成投产, 历时两年全面竣工: how long the project took; its dated event is told elsewhere.
    private static readonly Regex DurationBefore = new(
        @"(?:仅用|只用|用时|历时|耗时|用了|花了|不到)(?:[0-9]+|[一二两三四五六七八九十半]+)(?:个多?月|多?天|多?年|周|个工作日|小时)(?:时间)?(?:就|便|即|内|后)?(?:实现|完成)?了?(?:顺利|全面|正式)?$",
        RegexOptions.CultureInvariant);

    /// <summary>仅用5个月就建成投产: a stage reached a duration after another, not an event of its own date.</summary>
    public static bool IsDurationTo(string text, int position)
    {
        var from = Math.Max(0, position - 20);
        return DurationBefore.IsMatch(text.AsSpan(from, position - from));
    }

    private static bool IsSmallNumeral(char c) => c is '一' or '二' or '两' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';

    /// <summary>自6月份投产以来: the stage happened on the date written between 自 and it.</summary>
    public static bool IsSinceADate(string text, Sentence sentence, int position)
    {
        var from = Math.Max(sentence.Start, position - 12);
        if (position <= from)
        {
            return false;
        }

        var since = text.LastIndexOfAny(['自', '从'], position - 1, position - from);
        if (since < 0)
        {
            return false;
        }

        var between = text.AsSpan(since + 1, position - since - 1);
        return between.IndexOfAny('年', '月', '日') >= 0 && between.IndexOfAny("0123456789一二三四五六七八九十去今") >= 0;
    }

    /// <summary>已建成约600亩: an area built out (a park's stock), not a project completed.</summary>
    public static bool IsAreaAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && i < end + 3 && text[i] is '约' or '近' or '超' or ' ')
        {
            i++;
        }

        var digits = i;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is '.' or ','))
        {
            i++;
        }

        return i > digits && (TextScan.At(text, i, "亩") || TextScan.At(text, i, "平方") || TextScan.At(text, i, "万平方") || TextScan.At(text, i, "公里"));
    }

    private static readonly string[] ActivityWords = ["建设", "审批", "运营", "招引", "签约", "开工", "投产", "竣工", "落户", "达产", "服务"];

    /// <summary>
    /// A stage word used as a noun names an activity, not an event: 项目招引, 审批、建设、竣工等各个环节,
    /// 签约、落户、建设、投产.
    /// </summary>
    public static bool IsNominal(string text, int position, ProjectStage stage)
    {
        if (stage == ProjectStage.Signed && position >= 2 && string.CompareOrdinal(text, position - 2, "项目招引", 0, 4) == 0)
        {
            return true;
        }

        var end = position;
        while (end < text.Length && StageVocabulary.At(text, end) is { } hit && end == position)
        {
            end += hit.Word.Length;
        }

        // 成功落户并顺利开工: one project's latest stage is the event; the earlier one is how it got there.
        if (IsFollowedByLaterStage(text, end, stage))
        {
            return true;
        }

        // 配套建成35个基础设施工程: works built to serve a project, not projects of their own.
        if (TextScan.EndsAt(text, position, "配套"))
        {
            return true;
        }

        var listBefore = position > 0 && text[position - 1] == '、' && ActivityWords.Any(w => TextScan.EndsAt(text, position - 1, w));
        var listAfter = end < text.Length && text[end] == '、' && ActivityWords.Any(w => TextScan.At(text, end + 1, w));
        var etc = end < text.Length && text[end] == '等';
        // 从签约到开工仅用时数月: a span between two stages, not an event.
        var span = position > 0 && text[position - 1] is '从' or '到';
        // 该项目是开发区今年新签约的重特大项目: what the project is, not when it was signed.
        var described = end < text.Length && text[end] == '的' && FollowsCopula(text, position);
        // 码头的开港,标志着…; 项目的建成开业,将进一步提升…: the stage as a subject that the sentence comments on, told before.
        // 家纺城三期的开业将进一步巩固…: so is one the sentence goes straight on to forecast from.
        // 二期工程竣工将为…提供有力支撑: without 的 too, a stage word straight before 将 is the subject of a forecast.
        var commented = end < text.Length
            && ((position > 0 && text[position - 1] == '的' && text[end] is ',' or '，' && CommentWords.Any(word => TextScan.At(text, end + 1, word))) || text[end] == '将');
        // 研究签约项目推进工作: the stage names a class of projects whose work is meant.
        // 港闸上半年招引项目量质齐升: how the projects signed over a period went, no occasion.
        var workOn = TextScan.At(text, end, "项目") && (IsWorkOnThem(text, end + 2) || HowTheyWent.Any(word => TextScan.At(text, end + 2, word)));
        // 给予招引单位最高500万元奖励: the stage names who does it (招引单位), no event.
        var doer = Doers.Any(word => TextScan.At(text, end, word));
        // “今天开工的每一个项目,都是…”: every project of the batch told before, described.
        var everyOne = end + 1 < text.Length && text[end] == '的' && EveryWords.Any(word => TextScan.At(text, end + 1, word));
        // 部分签约项目开工滞后: some of the projects of that stage, as a class.
        var someOf = TextScan.At(text, end, "项目") && SomeWords.Any(word => TextScan.EndsAt(text, position, word));
        return listBefore || listAfter || etc || span || described || commented || everyOne || someOf || workOn || doer || OpensABreakdown(text, end) || IsQuotedMotto(text, position, end)
            || NamesFeatures(text, end) || IsIncludedInATotal(text, position);
    }

    // 加上此次签约的…, 连同…在内: words that count an occasion into a total.
    public static readonly string[] IncludingWords = ["加上", "连同", "包括", "包含", "含"];

    /// <summary>加上此次签约的云数项目,…今年已签约…27个: the occasion told before, counted into a total.</summary>
    private static bool IsIncludedInATotal(string text, int position) =>
        IncludingWords.Any(word => TextScan.EndsAt(text, position, word + "此次") || TextScan.EndsAt(text, position, word + "本次") || TextScan.EndsAt(text, position, word));

    private static readonly string[] FeatureWords = ["特点", "亮点", "特征"];

    // How far after the stage word the 特点 of 本次开工项目呈现三大特点 may stand.
    private const int FeatureReach = 12;

    /// <summary>
    /// 本次开工项目呈现三大特点:一是体量大,50亿元以上项目8个: the batch told before is described, and the counts
    /// that follow are parts of it.
    /// </summary>
    private static bool NamesFeatures(string text, int end)
    {
        for (var i = end; i < Math.Min(text.Length, end + FeatureReach) && !TextScan.IsClauseBoundary(text, i); i++)
        {
            if (FeatureWords.Any(word => TextScan.At(text, i, word)))
            {
                return true;
            }
        }

        return false;
    }

    // How far before the stage word a motto's opening quote may stand (“拿地即开工”).
    private const int MottoReach = 8;

    /// <summary>园区实行“拿地即开工”审批模式, “竣工即投产”: a quoted motto of how fast things go, no event.</summary>
    private static bool IsQuotedMotto(string text, int position, int end)
    {
        if (position < 2 || text[position - 1] != '即' || end >= text.Length || text[end] is not ('”' or '"'))
        {
            return false;
        }

        var open = text.LastIndexOfAny(['“', '"'], position - 1, Math.Min(MottoReach, position));
        return open >= 0 && text.IndexOfAny([',', '，', '。'], open, position - open) < 0;
    }

    // How far after 开工的 the 中, of 此次开工的项目中, may stand.
    private const int AmongReach = 8;

    /// <summary>此次开工的项目中,智能制造产业项目13个…: the stage word qualifies the projects a breakdown opens with, it tells no event.</summary>
    private static bool OpensABreakdown(string text, int end)
    {
        if (end >= text.Length || text[end] != '的')
        {
            return false;
        }

        for (var i = end + 1; i < Math.Min(text.Length - 1, end + AmongReach); i++)
        {
            if (TextScan.IsClauseBoundary(text, i))
            {
                return false;
            }

            if (text[i] == '中' && text[i + 1] is ',' or '，')
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Doers = ["单位", "部门", "人员", "主体", "团队"];

    private static readonly string[] HowTheyWent = ["量质齐升", "质效", "提质", "提速", "势头", "成效", "亮点纷呈"];

    private static readonly string[] WorkWords = ["推进工作", "服务工作", "建设工作", "落地工作", "工作"];

    private static bool IsWorkOnThem(string text, int at) => WorkWords.Any(word => TextScan.At(text, at, word));

    private static readonly string[] EveryWords = ["每一个", "每个", "每一", "所有", "各个"];

    private static readonly string[] SomeWords = ["部分", "个别", "少数"];

    private static readonly string[] CommentWords = ["标志着", "意味着", "表明", "将", "为"];

    // How far before a stage word the 是 of 是…签约的…项目 may stand.
    private const int CopulaReach = 12;

    private static bool FollowsCopula(string text, int position)
    {
        for (var i = position - 1; i >= Math.Max(0, position - CopulaReach); i--)
        {
            if (TextScan.IsClauseBoundary(text, i))
            {
                return false;
            }

            if (text[i] == '是')
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] JoiningAdverbs = ["顺利", "成功", "正式", "迅速", "同步", "当年", "即", "投入", "实现", "全面"];

    private static bool IsFollowedByLaterStage(string text, int end, ProjectStage stage)
    {
        if (!TextScan.At(text, end, "并"))
        {
            return false;
        }

        var next = end + 1;
        foreach (var adverb in JoiningAdverbs)
        {
            if (TextScan.At(text, next, adverb))
            {
                next += adverb.Length;
                break;
            }
        }

        return next < text.Length && StageVocabulary.At(text, next) is { } hit && hit.Stage != stage;
    }

    // 聚纺项目已有4套装置投产, 3条生产线相继投产: units of a plant going live, not projects.
    private static readonly Regex EquipmentBefore = new(
        @"([0-9]+|[一二两三四五六七八九十]+)[套台条根组][\p{IsCJKUnifiedIdeographs}]{0,4}$", RegexOptions.CultureInvariant);

    public static bool IsEquipment(string text, Clause clause, int position) =>
        EquipmentBefore.IsMatch(text.AsSpan(Math.Max(clause.Start, position - 10), position - Math.Max(clause.Start, position - 10)));

    // 今年计划新开工亿元以上项目60个,新签约10亿元以上项目30个: a plan governs the parallel items after it.
    private static readonly string[] ListPlanWords = ["计划新", "计划全年", "目标是", "力争", "预计"];

    public static bool IsInPlannedList(string text, Sentence sentence, Clause clause)
    {
        // 计划新开工亿元以上项目50个,竣工亿元以上项目20个: the list goes on with 新 or a stage word of its own.
        var opening = clause.Text.TrimStart();
        var openingAt = clause.End - opening.Length;
        if (clause.Start <= sentence.Start || !(opening.StartsWith('新') || StageVocabulary.At(text, openingAt) is not null))
        {
            return false;
        }

        foreach (var word in ListPlanWords)
        {
            var at = text.IndexOf(word, sentence.Start, clause.Start - sentence.Start, StringComparison.Ordinal);
            if (at >= 0 && PlansProjects(text, at + word.Length))
            {
                return true;
            }
        }

        return false;
    }

    // How far after the plan word its clause is read.
    private const int PlanClauseReach = 40;

    /// <summary>
    /// 力争新签约…项目100个 plans projects; 地区生产总值预计突破1800亿元 estimates a figure, and the list after it
    /// (…;新签约亿元以上产业项目128个) is no plan.
    /// </summary>
    private static bool PlansProjects(string text, int from)
    {
        var end = TextScan.ClauseEnd(text, from, PlanClauseReach);
        return StageVocabulary.StartsIn(text, from, end) || text.AsSpan(from, end - from).Contains("项目", StringComparison.Ordinal);
    }

    // 市委书记宣布项目开工: the leader's part in the launch already told, not a project of its own.
    public static bool IsAnnounced(string text, Clause clause, int position)
    {
        var at = text.LastIndexOf("宣布", position, position - clause.Start, StringComparison.Ordinal);
        return at >= 0 && position - at <= AnnouncedReach;
    }

    // How far before the stage word 宣布 may stand (宣布重大项目集中开工).
    private const int AnnouncedReach = 10;

    // 如皋分会场开工项目12个; 在海安主会场,海安市集中开工项目23个: one venue's part of a city-wide launch, counted
    // in the city's figure (a launch held 在海门区主会场 names its venue after its subject instead).
    public static bool IsSubVenue(string text, Sentence sentence, int position) =>
        text.IndexOf("分会场", sentence.Start, position - sentence.Start, StringComparison.Ordinal) >= 0
        || (sentence.Text.TrimStart().StartsWith('在') && text.IndexOf("主会场,", sentence.Start, position - sentence.Start, StringComparison.Ordinal) >= 0);

    // 占启东全市落户产业项目的65%, 达产项目平均产出率348.7%: a share or a rate, not an event.
    public static bool IsShare(Clause clause) =>
        clause.Text.Contains('%') || (clause.Text.AsSpan().IndexOfAny('占', '佔') >= 0 && TextScan.ContainsAny(clause.Text, ShareWords));

    // 来自上海的投资项目占新签约项目的四成以上: a share of the projects, no count of an event.
    private static readonly string[] ShareWords = ["成以上", "成左右", "成多", "比重", "比例", "份额", "一半", "半数", "三分之", "四分之"];

    private static readonly string[] UnboundedSpans =
        ["近年来", "近几年", "多年来", "这些年", "历年来", "长期以来", "成立以来", "设立以来", "组建以来", "建区以来", "开园以来", "挂牌以来", "建市以来", "改革开放以来"];

    /// <summary>
    /// 近年来,海门累计引进上海企业投资项目400多个; 40年来, 自成立以来,开发区…累计引进外资项目1300多个: a sum over years the
    /// sentence does not date is no event, and a date of another sentence (the founding, the day of the report)
    /// does not date it.
    /// </summary>
    public static bool IsOverUnboundedYears(string text, Sentence sentence, int position)
    {
        var before = text.AsSpan(sentence.Start, position - sentence.Start);
        return YearsSince().IsMatch(before) || TextScan.ContainsAny(before, UnboundedSpans);
    }

    // 40年来, 30多年来: digits the date words leave unread (近十年来 and 五年来 are read as spans up to publication).
    [GeneratedRegex("(?<![0-9])[0-9]{1,3}多?年(?:来|以来)")]
    private static partial Regex YearsSince();

    // 一期工程建成投产已逾十年, 投产已有三年: the time since a stage, told of a state, not the stage's event.
    [GeneratedRegex("^(?:已逾|已有|已经|已近|已满|至今已|已)[0-9一二三四五六七八九十两多几]+(?:多)?(?:年|个月)")]
    private static partial Regex TimeSinceAfter();

    public static bool IsTimeSince(string text, int stageEnd) =>
        TimeSinceAfter().IsMatch(text.AsSpan(stageEnd, Math.Min(TimeSinceReach, text.Length - stageEnd)));

    // How long the time since a stage may be written (已逾十年, 至今已二十多个月).
    private const int TimeSinceReach = 12;

    private static readonly string[] PlanTotals = ["拟实施", "计划实施", "安排重大项目", "安排重点项目", "安排项目", "年度计划投资", "计划完成投资", "续建"];

    /// <summary>
    /// 今年创新区拟实施重点项目40个,年度计划投资95亿元,其中新开工项目16个、续建项目24个: a breakdown of a plan's
    /// projects is planned too, though its own clause names no plan.
    /// </summary>
    public static bool IsPlanBreakdown(string text, Sentence sentence, int breakdownFrom, int position)
    {
        // 共安排市级重大项目260个…;从建设阶段看,新开工项目120个,续建项目140个: what a plan arranges is planned.
        if (ArrangedProjects().IsMatch(text.AsSpan(sentence.Start, position - sentence.Start)))
        {
            return true;
        }

        if (breakdownFrom > position)
        {
            return false;
        }

        // 实施重大项目102个,年度计划投资280亿元;全年新签约…88个,其中…;新开工…61个: a plan in another part of the
        // sentence than the 其中, or a stage in a part after it, is no plan's breakdown.
        var partStart = TextScan.PartStart(text, sentence.Start, breakdownFrom);
        var sameBreakdownPart = text.AsSpan(breakdownFrom, position - breakdownFrom).IndexOfAny(';', '；') < 0;
        // 续建 (projects carried on) names a plan's composition wherever it stands in the sentence.
        return (sameBreakdownPart && TextScan.ContainsAny(text.AsSpan(partStart, breakdownFrom - partStart), PlanTotals))
            || sentence.Text.Contains("续建", StringComparison.Ordinal);
    }

    [GeneratedRegex("安排[^,，。;；]{0,6}项目")]
    private static partial Regex ArrangedProjects();

    private static readonly string[] RecordWords = ["创下", "创造", "刷新", "打破"];

    private static readonly string[] RecordNouns = ["纪录", "记录", "速度"];

    /// <summary>
    /// 创下园区签约当天拿地、次日开工的新纪录: the stages name the record that was set, not events of their own.
    /// </summary>
    public static bool IsInARecord(string text, Clause clause, int position)
    {
        var before = text.AsSpan(clause.Start, position - clause.Start);
        var after = text.AsSpan(position, clause.End - position);
        return TextScan.ContainsAny(before, RecordWords) && TextScan.ContainsAny(after, RecordNouns);
    }

    private static readonly string[] RestatementOpenings = ["这是", "这也是", "此次是", "本次是", "这是继"];

    /// <summary>
    /// 这是7月28日新崇川区挂牌成立后举行的首场集中签约活动: a sentence that says what the event just told was; a
    /// clause after it may still tell an event of its own (这是…首个百亿级项目,6月15日签约).
    /// </summary>
    public static bool IsRestatement(string text, Sentence sentence, int position)
    {
        var opening = sentence.Text.AsSpan().TrimStart();
        foreach (var word in RestatementOpenings)
        {
            if (opening.StartsWith(word, StringComparison.Ordinal))
            {
                return TextScan.ClauseEnd(text, sentence.Start, position - sentence.Start) >= position;
            }
        }

        // …模块开工建造,这也是该基地承接的首个项目; …开工建设,成为全市今年开工的单体投资最大项目: the clause says what the event
        // just told was.
        var clauseStart = TextScan.ClauseStart(text, position, position - sentence.Start);
        if (clauseStart <= sentence.Start)
        {
            return false;
        }

        var opensAt = TextScan.SkipSpaces(text, clauseStart);
        return RestatementOpenings.Any(word => TextScan.At(text, opensAt, word)) || TextScan.At(text, opensAt, BecomingWord);
    }

    private const string BecomingWord = "成为";

    private static readonly string[] RewardWords = ["给予", "奖励", "补贴", "补助", "扶持", "奖补"];

    /// <summary>
    /// 对当年签约总投资20亿元以上的产业项目,给予一次性奖励: a policy's condition names a class of projects,
    /// it reports no event.
    /// </summary>
    public static bool IsPolicyCondition(string text, Sentence sentence, Clause clause, int position)
    {
        var opening = text.AsSpan(clause.Start, position - clause.Start).TrimStart();
        if (!opening.StartsWith("对", StringComparison.Ordinal) || text.IndexOf('的', position, clause.End - position) < 0)
        {
            return false;
        }

        return TextScan.ContainsAny(text.AsSpan(position, sentence.End - position), RewardWords);
    }

    private static readonly Lazy<string[]> LazySignedDocuments = new(() =>
        [.. ExtractionTable.Read("signed-documents.tsv").Select(r => r["word"]).OrderByDescending(w => w.Length)]);

    /// <summary>签订了年度目标责任书, 签署节能倡议书: a document signed, not a project (signed-documents.tsv).</summary>
    public static bool IsSignedDocument(string text, Clause clause, int position, ProjectStage stage)
    {
        return stage == ProjectStage.Signed && TextScan.ContainsAny(text.AsSpan(position, clause.End - position), LazySignedDocuments.Value);
    }

    // 报告提出,今年…新签约亿元以上项目90个: a report or meeting setting this year's targets.
    private static readonly string[] DirectiveWords = ["要", "力争", "确保", "争取", "以更大力度", "必须", "计划“", "计划\"", "提出,", "提出:", "目标是", "目标为", "预期目标", "要求年内", "要求全年", "要求今年", "要求明年", "要求下半年"];

    /// <summary>A directive governs the clauses after it (要坚持把招商引资作为…,以更大力度招引优质项目).</summary>
    public static bool IsDirective(string text, Sentence sentence, int position)
    {
        foreach (var word in DirectiveWords)
        {
            for (var at = text.IndexOf(word, sentence.Start, position - sentence.Start, StringComparison.Ordinal);
                 at >= 0;
                 at = at + 1 < position ? text.IndexOf(word, at + 1, position - at - 1, StringComparison.Ordinal) : -1)
            {
                ExtractionBudget.Step();
                if (word != "要" || !(IsPartOfWordWith要(text, at) || IsInASlogan(text, at, position)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>坚持疫情要防住、经济要稳住、发展要安全,新签约…: a motto listing what must hold, told in a review, directs nothing after it.</summary>
    private static bool IsInASlogan(string text, int at, int position)
    {
        var start = text.LastIndexOfAny([',', ';', '。', ':'], at) + 1;
        var end = text.IndexOfAny([',', ';', '。'], at, position - at);
        var clause = text.AsSpan(start, (end < 0 ? position : end) - start);
        return clause.Contains('、') && clause.Count('要') >= 2 && end >= 0;
    }

    // 要求, 重要, 主要, 需要, 要素, 只要: not a directive.
    private static bool IsPartOfWordWith要(string text, int at) =>
        (at + 1 < text.Length && text[at + 1] is '求' or '素' or '闻' or '点' or '件')
        || (at > 0 && text[at - 1] is '重' or '主' or '需' or '只' or '纪' or '提' or '摘');

    // 将这一创新药的商业化生产基地落户启东: 将 taking an object (the 把 construction), not the future.
    private static readonly string[] DisposedThings = ["基地", "项目", "总部", "工厂", "生产线", "中心", "公司"];

    // 将于, 将在, 将投资…项目落户: the future with a verb of its own after 将.
    private static readonly string[] FutureAfterJiang = ["于", "在", "会", "要", "投资", "建设", "新建", "打造", "引进", "启动", "实现", "推动", "加快", "全面", "正式", "力争", "陆续", "逐步", "进一步"];

    private static bool IsDisposal(string afterJiang) =>
        afterJiang.Length >= 4 && !FutureAfterJiang.Any(word => afterJiang.StartsWith(word, StringComparison.Ordinal))
        && (afterJiang[0] is '这' or '该' or '其' or '此' || DisposedThings.Any(thing => afterJiang.TrimEnd().EndsWith(thing, StringComparison.Ordinal)));

    public static bool IsPlanned(string text, Clause clause, int position)
    {
        // 集中开工活动筹备工作, 部署今年新开工项目50个的目标任务: a launch being prepared, a target being set.
        var rest = text[position..clause.End];
        if (PlanNounsAfter.Any(noun => rest.Contains(noun, StringComparison.Ordinal)))
        {
            return true;
        }

        var before = text[clause.Start..position];
        if (PlannedStageBefore.IsMatch(before) || PlannedListBefore.IsMatch(before))
        {
            return true;
        }

        foreach (var word in PlanWords)
        {
            var at = before.LastIndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            // 计划总投资 / 将近 / 要素 are amounts and nouns, not plans.
            var after = at + word.Length < before.Length ? before[(at + word.Length)..] : string.Empty;
            if (word == "将" && (after.StartsWith('近') || after.StartsWith('来') || IsDisposal(after)))
            {
                continue;
            }

            // 随着洋吕铁路吕四港站的竣工: 的 makes the stage a thing that has happened, not one expected
            // (随着通沪铁路7月建成通车,港闸将…).
            if (word == "随着" && position > 0 && text[position - 1] == '的')
            {
                continue;
            }

            // 获省委主要领导见签: 主要, 重要, 需要 are no directive.
            if (word == "要" && IsPartOfWordWith要(text, clause.Start + at))
            {
                continue;
            }

            return true;
        }

        return false;
    }

}
