using Metrics.Extraction.Budget;
using Metrics.Extraction.Dates;
using Metrics.Extraction.Numbers;
using Metrics.Extraction.Text;
using Metrics.Facts;

namespace Metrics.Extraction;

/// <summary>How far back a fact may look for its date when its own sentence gives none.</summary>
internal enum DateReach
{
    /// <summary>Only earlier sentences of the same paragraph.</summary>
    Paragraph,

    /// <summary>Any earlier sentence of the article (a report dated once at its top).</summary>
    Article,
}

/// <summary>Picks the date mention that dates a fact found at a position of the text.</summary>
internal static class FactDating
{
    /// <summary>
    /// The nearest usable date before <paramref name="position"/> in its sentence, else the first
    /// one after it in the sentence, else the last one of the earlier sentences within
    /// <paramref name="reach"/>. Future-marked dates and deadlines never date a fact; mentions
    /// inside <paramref name="skipStart"/>..<paramref name="skipEnd"/> (a name such as
    /// 2022年度总结表彰大会) are passed over.
    /// </summary>
    public static DateMention? DateFor(
        ArticleText article, int position, DateReach reach, int skipStart = -1, int skipEnd = -1, bool preferDayWhenCarried = false)
    {
        var sentenceIndex = article.SentenceIndexAt(position);
        var sentence = article.Sentences[sentenceIndex];
        DateMention? before = null, after = null, dateline = null;
        var partStart = TextScan.PartStart(article.Text, sentence.Start, position);
        foreach (var date in TextOrder.StartingIn(article.Dates, sentence.Start, sentence.End, static d => d.Start))
        {
            ExtractionBudget.Step();
            if (date.Start >= sentence.End)
            {
                break;
            }

            if (date.Start < sentence.Start || !Usable(article, date) || (date.Start >= skipStart && date.Start < skipEnd))
            {
                continue;
            }

            // 人民网南京7月5日电 上半年,南通全市新签约…: the story's stamp dates only a sentence that names no other time.
            if (Dateline.IsDateline(article.Text, date) && date.Start < position)
            {
                dateline ??= date;
                continue;
            }

            // The sentence's own day beats a nearer quarter that only names the batch (2月11日,在全区一季度项目集中开工仪式之后),
            // but not one of the stage's own part of the sentence (3月2日,项目签约落户;4月,项目开工建设).
            if (date.Start < position && (before is null || (DayFirst(date) <= DayFirst(before) && !EndsWithin(before, date))
                || (before.Start < partStart && date.Start >= partStart)))
            {
                before = date;
            }
            else
            {
                after ??= date;
            }
        }

        before ??= after is null ? dateline : null;
        // 一、2017年工作回顾 … 过去一年,全县新签约…108个 on a page with no date: the year the section reviews.
        if (before is { RangeStart: null } && ReviewedYearWords.Contains(before.Text) && ReviewSection.YearOf(article, sentenceIndex) is { } reviewedYear)
        {
            return reviewedYear;
        }

        before = ReportedPeriod(article, before, position) ?? before;
        if (ComparesWithThePast(article, sentence, before, position))
        {
            return null;
        }

        if (before is not null)
        {
            // 1月7日,负责人介绍,目前二期项目已经开始投产: the day of the telling, not of the stage reached by now.
            var end = before.Start + before.Length;
            return IsOffsetAfter(article.Text, end, position) || IsNow(article.Text, end, position) ? null : before;
        }

        // 时隔不到一年, 三个月后: the event lies an unknown time after any date named before it;
        // 眼下桩基工程已先行开工: it happens now, which no earlier date tells; but 此前,政协…会议已于1月13日开幕
        // dates itself in its own clause.
        if ((IsOffsetAfter(article.Text, sentence.Start, position) || IsNow(article.Text, sentence.Start, position))
            && !(after is not null && TextScan.ClauseEnd(article.Text, position, after.Start - position) >= after.Start))
        {
            return null;
        }

        // After the fact's words a date often compares (超过2019年全年开工数); an event report keeps its day.
        if (after is not null && !preferDayWhenCarried)
        {
            return after;
        }

        // 一、2023年工作回顾 … (paragraphs later) 新签约亿元以上项目188个: the section's year, not the report's stamp.
        if (!preferDayWhenCarried && ReviewSection.YearOf(article, sentenceIndex) is { } reviewed)
        {
            return reviewed;
        }

        var paragraph = sentence.ParagraphIndex;
        DateMention? carried = null;
        DateMention? passingPeriod = null;
        // 日前,…恳谈会在深圳举行。会上,现场签约项目12个: with no day to prefer, the report's own undetermined time.
        DateMention? undetermined = null;

        // The last date before the sentence that may date it: read backwards, the first one found.
        foreach (var date in CarryCandidates(article, sentence.Start))
        {
            ExtractionBudget.Step();
            var dateParagraph = article.Sentences[article.SentenceIndexAt(date.Start)].ParagraphIndex;
            if (reach == DateReach.Paragraph && dateParagraph != paragraph)
            {
                if (dateParagraph < paragraph)
                {
                    break;
                }

                continue;
            }

            if (preferDayWhenCarried && date.Precision == DatePrecision.Unknown && undetermined is null && dateParagraph >= paragraph - 1 && Usable(article, date))
            {
                undetermined = date;
            }

            if (Usable(article, date) && (!preferDayWhenCarried || date.Precision == DatePrecision.Day) && CarriesAcrossParagraphs(article, date, paragraph))
            {
                // 昨日下午,…说明会召开。/ …截至2023年商会会员营收… / 活动现场…签约: a period named in passing in
                // another paragraph does not displace the day of the report before it.
                if (date.IsPeriod && dateParagraph != paragraph && passingPeriod is null)
                {
                    passingPeriod = date;
                    continue;
                }

                carried = passingPeriod is null || date.Precision == DatePrecision.Day ? date : passingPeriod;
                // 近日,…推介会在苏州举行。推介会上,7个项目签约: the occasion's own undetermined time, not the page's stamp before it.
                if (undetermined is not null && carried.Precision == DatePrecision.Day)
                {
                    return undetermined;
                }

                break;
            }
        }

        return carried ?? passingPeriod ?? after ?? undetermined;
    }

    private static readonly HashSet<string> ReviewedYearWords = ["过去一年", "过去的一年", "全年"];

    /// <summary>
    /// How far back, in characters, a date may be carried from; beyond it only the article's first
    /// lines (its dateline) still date a fact. Far longer than any news report, it keeps a huge
    /// text from reading back over every date for every fact.
    /// </summary>
    private const int CarryReach = 20_000;

    /// <summary>The dates before <paramref name="position"/>, last first, within <see cref="CarryReach"/>, then those of the first three sentences.</summary>
    private static IEnumerable<DateMention> CarryCandidates(ArticleText article, int position)
    {
        var reachStart = Math.Max(0, position - CarryReach);
        foreach (var date in TextOrder.BackwardsFrom(article.Dates, position, static d => d.Start))
        {
            if (date.Start < reachStart)
            {
                break;
            }

            yield return date;
        }

        var datelineEnd = Math.Min(reachStart, article.Sentences.Count > 3 ? article.Sentences[3].Start : int.MaxValue);
        foreach (var date in TextOrder.BackwardsFrom(article.Dates, datelineEnd, static d => d.Start))
        {
            yield return date;
        }
    }

    /// <summary>
    /// A date from another paragraph dates a fact only when it is a day or stands in the article's
    /// first lines (headline, dateline): 上半年 heading a paragraph of economic figures dates nothing
    /// in the paragraphs after it.
    /// </summary>
    private static bool CarriesAcrossParagraphs(ArticleText article, DateMention date, int paragraph)
    {
        var index = article.SentenceIndexAt(date.Start);
        return date.Precision == DatePrecision.Day || index < 3 || article.Sentences[index].ParagraphIndex == paragraph;
    }

    private static readonly string[] ReportingWords = ["通报", "发布", "公布", "介绍", "透露", "获悉", "显示", "指出"];

    /// <summary>
    /// 新闻办昨日召开新闻发布会,通报上半年经济运行情况,全区新签约…43个: the day tells when the figures were
    /// given, the period after the reporting word what they cover.
    /// </summary>
    private static DateMention? ReportedPeriod(ArticleText article, DateMention? day, int position)
    {
        if (day is not { Precision: DatePrecision.Day })
        {
            return null;
        }

        // 6日召开的…2026年度工作会议透露,2025年,…新签约…163个: the period after the reporting word, not one in the meeting's name.
        var end = day.Start + day.Length;
        foreach (var period in TextOrder.StartingIn(article.Dates, end, position, static d => d.Start))
        {
            if (period.Start < end || !period.IsPeriod)
            {
                continue;
            }

            if (ReportingWords.Any(word => article.Text.AsSpan(end, period.Start - end).Contains(word, StringComparison.Ordinal)))
            {
                return Usable(article, period) ? period : null;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="date"/> lies in the sentence holding <paramref name="position"/>.</summary>
    public static bool InSentence(ArticleText article, DateMention date, int position) =>
        article.SentenceIndexAt(date.Start) == article.SentenceIndexAt(position);

    /// <summary>Whether <paramref name="date"/> lies in the paragraph holding <paramref name="position"/>.</summary>
    public static bool InParagraph(ArticleText article, DateMention date, int position) =>
        article.Sentences[article.SentenceIndexAt(date.Start)].ParagraphIndex == article.Sentences[article.SentenceIndexAt(position)].ParagraphIndex;

    // 去年同期,该县签约项目12个: the figure is the past period's, which no other date of the text names.
    // …73个,比去年同期多8个,…;新开工…58个: a comparison in an earlier clause leaves the later clauses' period alone.
    private static bool ComparesWithThePast(ArticleText article, Text.Sentence sentence, DateMention? before, int position)
    {
        var clauseStart = TextScan.ClauseStart(article.Text, position, position - sentence.Start);
        // 与去年同期相比,开工项目数量…增长 / 去年同期,该县签约项目12个: a comparison that frames the clause after it.
        if (clauseStart > sentence.Start + 1)
        {
            var previousStart = TextScan.ClauseStart(article.Text, clauseStart - 1, clauseStart - 1 - sentence.Start);
            var previous = article.Text.AsSpan(previousStart, clauseStart - 1 - previousStart).Trim();
            if (previous.EndsWith("相比") || previous.EndsWith("同期"))
            {
                clauseStart = previousStart;
            }
        }

        return TextOrder.StartingIn(article.Dates, clauseStart, position, static d => d.Start).Any(date => date.Start >= clauseStart && date.Start < position
            && (before is null || before.Start < date.Start) && date.Text.Contains("同期", StringComparison.Ordinal));
    }

    private static readonly System.Text.RegularExpressions.Regex OffsetPattern = new(
        @"时隔|此前|早前|先前|早在|(?:[一二两三四五六七八九十半]+|[0-9]{1,2}个)个?(?:年|月|天|日|周|星期)之?[后前]",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    private static bool IsOffsetAfter(string text, int from, int position) =>
        position > from && OffsetPattern.IsMatch(text.AsSpan(from, position - from));

    private static readonly string[] NowWords = ["眼下", "如今", "现在", "目前", "当前"];

    private static readonly System.Buffers.SearchValues<char> NowFirsts = System.Buffers.SearchValues.Create("眼如现目当");

    private static bool IsNow(string text, int from, int position)
    {
        if (position <= from || text.AsSpan(from, position - from).IndexOfAny(NowFirsts) < 0)
        {
            return false;
        }

        foreach (var word in NowWords)
        {
            var at = text.IndexOf(word, from, position - from, StringComparison.Ordinal);
            // 截至目前 is the publication date, read as a date of its own; 目前全市最大的项目 ranks, it does not date.
            if (at >= 0 && !(at >= 2 && text[at - 1] is '至' or '止' or '到') && !IsRanking(text, at + word.Length, position))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRanking(string text, int from, int position) =>
        text.IndexOf('最', from, Math.Min(8, position - from)) >= 0;

    // A day beats any coarser date; among coarser ones the nearest wins (2023年以来…全年新签约 is 全年).
    private static int DayFirst(DateMention date) => date.Precision == DatePrecision.Day ? 0 : 1;

    // 截至目前,如东县今年已签约…: a finer period that ends inside the coarser one is where the summary ends.
    private static bool EndsWithin(DateMention finer, DateMention coarser) =>
        finer.IsPeriod && finer.Precision < coarser.Precision && finer.GoldDay is { } end
        && coarser.RangeStart <= end && end <= coarser.RangeEnd;


    private static bool Usable(ArticleText article, DateMention date)
    {
        // 去年同期 compares, it does not date anything; 将于 and 到2025年 are plans.
        if (date.IsFutureMarked || date.IsDeadline || date.Text.Contains("同期", StringComparison.Ordinal))
        {
            return false;
        }

        // 为年底前投产紧张忙碌 in September: a date after publication is a plan, whatever its words.
        // 下半年…进入全面达产的冲刺阶段 in September: a half or quarter not over yet dates no event in it.
        if (article.Published is { } published && date.RangeStart is { } start
            && (start > published || (date.Precision == DatePrecision.Quarter && date.GoldDay > published)))
        {
            return false;
        }

        // 开园 8个项目同日签约 as a dated page's headline: a day word with no day before it dates nothing; the body tells the day.
        if (date.Precision == DatePrecision.Unknown && article.Published is not null && article.Headline is { } headline
            && date.Start >= headline.Start && date.Start < headline.End)
        {
            return false;
        }

        // 2021年计划投资503亿元: a year that names an annual plan, not when something happened.
        var after = date.Start + date.Length;
        var text = article.Text;
        // 从2003年11月围起第一块滩涂,到如今…已建成8个泊位: the start of a span dates nothing in it,
        // except the event that opens it (自6月份投产以来).
        if (date.Start > 0 && text[date.Start - 1] is '从' or '自' && !OpensASince(text, after))
        {
            return false;
        }

        // 比2015年的418个增加34个, 较去年同期: the year compared with dates nothing else in the sentence.
        if (date.Start > 0 && text[date.Start - 1] is '比' or '较')
        {
            return false;
        }

        // 2020年上半年产业项目集中开工仪式, 一季度重大项目集中开工: the period names the batch; the day dates it.
        if (date.IsPeriod && NamesABatch(text, after))
        {
            return false;
        }

        return !(TextScan.At(text, after, "计划") || TextScan.At(text, after, "度") || TextScan.At(text, after, "目标") || TextScan.At(text, after, "预计"))
            && !IsTopicYear(text, date) && !IsWhenReporterLearned(text, after);
    }

    private static readonly string[] LearningWords = ["获悉", "了解到", "获知", "得知"];

    // How far a learning word may stand after the date: 记者昨天从崇川区商务局获悉.
    private const int LearningReach = 30;

    // 记者昨天从…获悉,一季度…签约项目41个 / 昨天,记者从…了解到: the day the reporter learned it, not when it happened.
    private static bool IsWhenReporterLearned(string text, int after)
    {
        var from = after;
        if (from < text.Length && TextScan.IsClauseBoundary(text, from) && TextScan.At(text, from + 1, "记者"))
        {
            from += 1;
        }

        for (var i = from; i < text.Length && i < from + LearningReach; i++)
        {
            if (TextScan.IsClauseBoundary(text, i))
            {
                return false;
            }

            if (LearningWords.Any(word => TextScan.At(text, i, word)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] TopicVerbs = ["总结", "部署", "谋划", "回顾", "研究", "安排"];

    private static readonly string[] TopicNouns = ["工作", "任务", "重点工作", "各项工作", "经济工作"];

    // 召开全区经济工作会议,总结2024年工作,部署2025年任务: the years are what is discussed, not when.
    private static bool IsTopicYear(string text, DateMention date)
    {
        var after = date.Start + date.Length;
        return date.Precision == DatePrecision.Year
            && TopicVerbs.Any(verb => TextScan.EndsAt(text, date.Start, verb))
            && TopicNouns.Any(noun => TextScan.At(text, after, noun));
    }

    private static bool OpensASince(string text, int after)
    {
        for (var i = after; i < text.Length && i < after + 8; i++)
        {
            if (text[i] is ',' or '。' or ';' or ':' or '\n')
            {
                return false;
            }

            if (TextScan.At(text, i, "以来"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesABatch(string text, int after)
    {
        var batch = false;
        for (var i = after; i < text.Length && i < after + 20; i++)
        {
            if (text[i] is ',' or '，' or '。' or ';' or '；' or ':' or ' ' or '\n')
            {
                return false;
            }

            batch |= i < after + 12 && TextScan.At(text, i, "集中");
            // 一季度集中开工项目15个 counts the quarter's projects: the quarter names an occasion only (…开工仪式, …签约活动).
            if (batch && OccasionWords.Any(word => TextScan.At(text, i, word)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] OccasionWords = ["仪式", "活动", "大会", "现场", "启动"];
}
