using System.Text.RegularExpressions;
using Metrics.Extraction.Budget;
using Metrics.Extraction.Facts;
using Metrics.Extraction.Numbers;
using Metrics.Extraction.Text;
using Metrics.Facts;

namespace Metrics.Extraction.Meetings;

/// <summary>A meeting found, and whether its date was written in its own sentence (else carried from before).</summary>
internal sealed record FoundMeeting(MeetingFact Fact, bool DateInSentence, string Organ);

/// <summary>
/// Finds formal meetings: a meeting name (…区委常委会会议, …动员大会) in a sentence that says it
/// was held (召开, 举行, 主持, 开幕, 闭幕), dated by the sentence or its paragraph.
/// </summary>
internal static partial class MeetingFinder
{
    private static readonly string[] HeldWords = ["召开", "举行", "举办", "开幕", "闭幕", "拉开帷幕", "主持", "结束", "决定", "审议", "收听收看"];

    // 从2002年起,如皋每两年举办一次经济洽谈会: a custom, not a dated meeting; 多次召开专题调度会: many, none dated.
    private static readonly string[] HabitWords = ["每年", "每两年", "每三年", "每届", "每季度", "每月", "定期", "一年一度", "两年一次", "每年一次", "多次", "多轮", "反复", "经常"];

    // The meeting of another level or only its "spirit": 传达学习省第十四次党代会精神.
    private static readonly string[] ForeignLevels =
        ["全国", "全省", "中央", "国务院", "政治局", "江苏", "省委", "省政府", "省第", "省人大", "省政协", "省人代会", "省党代会", "代表团", "两会", "十九届", "二十届", "二十大", "十九大", "党的"];

    // 江苏南通(香港)投资合作推介会: 江苏 qualifying a Nantong place is no provincial body.
    private static bool IsForeignLevel(ArticleText article, int nameStart, int headEnd, string name, string level)
    {
        if (!name.Contains(level, StringComparison.Ordinal))
        {
            return false;
        }

        var at = article.Text.IndexOf(level, nameStart, headEnd - nameStart, StringComparison.Ordinal);
        return level != "江苏" || at < 0 || !article.Places.Any(p => p.Start >= at && p.Start <= at + level.Length && !p.IsOutsideNantong && p.District is not null);
    }

    private static readonly string[] GenericHeadQualifiers =
        ["委", "政府", "人大", "政协", "人民代表", "届", "主席团", "全区", "全市", "全县", "纪念", "表彰", "动员", "誓师", "项目", "工作", "推进", "建设", "党"];

    private static readonly string[] SpiritCues = ["传达", "学习贯彻", "贯彻落实", "学习", "落实"];

    // Words that point at a meeting named elsewhere: 本次会议, 该会议.
    private static readonly string[] Demonstratives = ["这次", "此次", "本次", "该", "上述", "各", "有关", "相关"];

    // Words that make what follows a description, not a name: 一次重要会议, 相关会议.
    private static readonly string[] NotANameStarts = [.. Demonstratives, "一次", "多次", "首次", "重要", "一个", "一场", "这个", "专题", "其他"];

    private static readonly string[] CallingWords = ["召开了", "召开", "举行了", "举行"];

    // The words after a convener (MeetingFinder.Convener.cs); here, so they are set after CallingWords.
    private static readonly string[] ConveningWords = [.. CallingWords, "举办"];

    private static readonly string[] Organs = ["常委会", "常务委员会", "政府", "区委", "市委", "县委", "党工委", "管委会", "人大", "政协", "委员会", "领导小组", "中心组"];

    private static readonly string[] NameStops =
        ["召开了", "召开", "举行了", "举行", "举办", "主持", "出席", "参加", "收看了", "收看", "召集", "在", "于", "并", "是", "的", "与", "向", "为"];

    public static IEnumerable<FoundMeeting> Find(ArticleText article)
    {
        var text = article.Text;
        foreach (var sentence in article.Sentences)
        {
            var cues = new SentenceCues(text, sentence);
            var i = sentence.Start;
            while (i < sentence.End)
            {
                ExtractionBudget.Step();
                var head = MeetingVocabulary.HeadAt(text, i);
                if (head is null || i + head.Length > sentence.End)
                {
                    i++;
                    continue;
                }

                var headEnd = i + head.Length;
                // 人民代表大会常务委员会 names the standing committee (an organ), not the assembly.
                if (TextScan.At(text, headEnd, "常务委员会") || TextScan.At(text, headEnd, "常委会"))
                {
                    i = headEnd;
                    continue;
                }

                var firstHeadEnd = headEnd;
                // 工作会议暨动员大会: one meeting with two heads joined by 暨; 政治协商会议港闸区第九届委员会第四次会议: one name.
                while (headEnd < sentence.End && NextHead(text, text[headEnd] == '暨' ? headEnd + 1 : headEnd, sentence.End) is { } next)
                {
                    if (text[headEnd] != '暨')
                    {
                        firstHeadEnd = next;
                    }

                    headEnd = next;
                }

                var fact = TryBuild(article, sentence, cues, NameStart(article, sentence.Start, i), i, headEnd, firstHeadEnd);
                if (fact is not null)
                {
                    foreach (var each in OnePerListedDistrict(article, sentence, i, fact))
                    {
                        yield return each;
                    }
                }

                i = headEnd;
            }
        }
    }

    /// <summary>
    /// 当天下午,如皋市、海安市分别举行专场推介会: each district listed before 分别 holds a meeting of its own.
    /// </summary>
    private static IEnumerable<FoundMeeting> OnePerListedDistrict(ArticleText article, Text.Sentence sentence, int headStart, FoundMeeting found)
    {
        var each = article.Text.IndexOf("分别", sentence.Start, headStart - sentence.Start, StringComparison.Ordinal);
        var listed = each < 0 ? [] : article.Places
            .Where(p => p.Start >= sentence.Start && p.End <= each && !p.IsOutsideNantong && p.District is not null)
            .Select(p => p.District!).Distinct().ToList();
        if (listed.Count < 2 || found.Fact.District is not { } placed || !listed.Contains(placed))
        {
            return [found];
        }

        return listed.Select(district => found with { Fact = found.Fact with { District = district } });
    }

    private static int? NextHead(string text, int from, int limit)
    {
        for (var j = from; j < limit && j < from + 25; j++)
        {
            if (IsClauseBreak(text[j]) || NameStops.Any(stop => TextScan.At(text, j, stop)) || text[j] is '上' or '后' or '中' or '期')
            {
                return null;
            }

            if (MeetingVocabulary.HeadAt(text, j) is { } head)
            {
                return j + head.Length;
            }
        }

        return null;
    }

    private static FoundMeeting? TryBuild(ArticleText article, Text.Sentence sentence, SentenceCues cues, int nameStart, int headStart, int headEnd, int firstHeadEnd)
    {
        var text = article.Text;
        var name = WithoutCallingWord(text[nameStart..headEnd]).Trim('“', '”', '"', ' ');
        // 大会主席团第六次会议: heads joined into one name are qualified by all but the last one.
        var lastHead = MeetingVocabulary.Heads.First(h => name.EndsWith(h, StringComparison.Ordinal));
        var toldThere = IsToldByWhatHappenedThere(article, sentence, nameStart, headEnd);
        if (!IsRealName(name[..^lastHead.Length], lastHead, IsHeldRightThere(text, nameStart, headEnd) || toldThere))
        {
            return null;
        }

        if (ForeignLevels.Any(level => IsForeignLevel(article, nameStart, headEnd, name, level)) || cues.IsSpiritBefore(nameStart) || IsSpiritAfter(text, nameStart, headEnd)
            || IsReferenced(text, sentence.Start, nameStart, headEnd) || MeetingVocabulary.IsSittingOfAnother(name))
        {
            return null;
        }

        if (!(cues.HasHeldWord || IsActivityCarriedOut(text, sentence.Start, nameStart, headStart, lastHead) || IsSpokenAtOnADay(text, nameStart, headEnd) || toldThere) || IsTitle(text, headEnd) || IsCustom(text, sentence.Start, nameStart) || IsRoundupOfDistricts(text, sentence.Start, headStart) || cues.IsFutureBefore(nameStart) || IsAnnouncedAfter(text, headEnd) || IsHeldAfterThePage(article, headEnd)
            || IsElsewhere(article, sentence, nameStart, headEnd) || IsConvenedByAnotherBody(text, sentence.Start, headStart))
        {
            return null;
        }

        var date = FactDating.DateFor(article, headStart, DateReach.Paragraph, nameStart, headEnd)
            ?? FactDating.DateFor(article, headStart, DateReach.Article, nameStart, headEnd);
        if (date is null)
        {
            return null;
        }

        // 纪念建党99周年大会暨基层书记工作讲坛 is a commemoration; a 暨 name is a mobilization if any part is,
        // and takes its later part's kind when the first names none (商会成立大会暨投资环境说明会 is a symposium).
        var firstName = WithoutCallingWord(text[nameStart..firstHeadEnd]);
        var kind = MeetingVocabulary.KindOf(name) == MeetingKind.Mobilization ? MeetingKind.Mobilization : MeetingVocabulary.KindOf(firstName);
        if (kind == MeetingKind.Other && firstHeadEnd < headEnd)
        {
            kind = MeetingVocabulary.KindOf(name);
        }

        // 政协如东县第十六届委员会第二次会议主席团举行第一次会议: the session names the presidium that meets.
        if (TextScan.At(text, headEnd, "主席团"))
        {
            kind = MeetingKind.Other;
        }

        // 上海如皋商会第三届会员大会暨2023年年会: the chamber's own meeting, though a district's leader speaks at it
        // (商会成立大会暨投资环境说明会 is the district's symposium).
        if (kind is MeetingKind.Other or MeetingKind.Plenary && NamesAnotherBody(name))
        {
            return null;
        }

        var district = MeetingDistrict(article, sentence, nameStart, headEnd);
        var (evidence, evidenceStart) = article.Evidence(sentence.Start, sentence.Length);
        var fact = new MeetingFact
        {
            District = district,
            Date = date.GoldDate,
            Precision = date.GoldDate is null ? DatePrecision.Unknown : date.Precision,
            Kind = kind,
            Chair = cues.Chair ?? ChairInNextSentence(article, sentence),
            Evidence = evidence,
            EvidenceStart = evidenceStart,
        };
        var dateInSentence = FactDating.InSentence(article, date, headStart);
        return new FoundMeeting(fact with { Confidence = FactConfidence.OfMeeting(kind, dateInSentence, fact.Date) }, dateInSentence, OrganOf(name));
    }

    /// <summary>
    /// A meeting named after or held at a place outside Nantong with no Nantong actor in the
    /// sentence (在上海举行科创项目对接恳谈会) is not a district's meeting; 港闸区在苏州昆山举行…恳谈会 is.
    /// </summary>
    private static bool IsElsewhere(ArticleText article, Text.Sentence sentence, int nameStart, int headEnd)
    {
        var outsideInName = false;
        var nantongInName = false;
        var outsideInSentence = false;
        var nantongInSentence = false;
        foreach (var place in TextOrder.StartingIn(article.Places, sentence.Start, sentence.End, static p => p.Start))
        {
            ExtractionBudget.Step();
            if (place.Start < sentence.Start || place.End > sentence.End)
            {
                continue;
            }

            if (place.IsOutsideNantong)
            {
                outsideInSentence = true;
                outsideInName |= place.Start >= nameStart && place.End <= headEnd;
            }
            else if (place.District is not null)
            {
                nantongInSentence = true;
                nantongInName |= place.Start >= nameStart && place.End <= headEnd;
            }
        }

        // 海安市委、市政府在上海举行…对接上海大会, 2019启东(上海)产业发展合作恳谈会: a Nantong actor's meeting named after its partner.
        var actor = FactPlacing.ActorIn(article, sentence.Start, headEnd) is not null;
        return (outsideInName && !nantongInName && !actor) || (outsideInSentence && !nantongInSentence && !actor);
    }

    private static string? MeetingDistrict(ArticleText article, Text.Sentence sentence, int nameStart, int headEnd)
    {
        // 区长曹金海召集相关部门收听收看了全市…调度会: the district's own session of a city meeting (a 分会场).
        if (article.Text.IndexOf("收听收看", sentence.Start, nameStart - sentence.Start, StringComparison.Ordinal) >= 0)
        {
            var leader = TextOrder.StartingIn(article.Leaders, sentence.Start, nameStart, static l => l.Start).FirstOrDefault(l => l.Start >= sentence.Start && l.Start < nameStart && l.District is not null && !l.IsOutsideNantong);
            if (leader?.District is { } watching)
            {
                return watching;
            }
        }

        // 东台市委书记主持召开市委常委会会议: an office of a place outside Nantong convenes, so 市委 is that place's.
        var inNamedPlace = FactPlacing.LastPlace(article, nameStart, headEnd);
        if (inNamedPlace is null && OutsideOfficeConvenes(article, sentence.Start, nameStart))
        {
            return null;
        }

        // The name itself: 中国人民政治协商会议港闸区第九届委员会, 南通开发区召开全区年中工作会议; then the leader who
        // convenes it (港闸区委书记黄志刚主持召开区委常委会会议), whose place says whose 区委 it is, before the article's home.
        var inName = inNamedPlace ?? LeaderBefore(article, sentence, nameStart) ?? FactPlacing.ActorIn(article, nameStart, headEnd);
        return inName ?? ChairsOfficeToldBefore(article, sentence, nameStart) ?? FactPlacing.DistrictFor(article, sentence.Start, headEnd);
    }

    private static string? LeaderBefore(ArticleText article, Text.Sentence sentence, int nameStart)
    {
        foreach (var leader in TextOrder.StartingIn(article.Leaders, sentence.Start, nameStart, static l => l.Start))
        {
            ExtractionBudget.Step();
            if (leader.Start >= sentence.Start && leader.Start < nameStart && leader.District is { } district && !leader.IsOutsideNantong)
            {
                return district;
            }
        }

        return null;
    }

    // How many characters a chair's name has at most.
    private const int ChairNameLength = 3;

    /// <summary>
    /// 市委书记郑卫东来海门调研…。调研期间,郑卫东主持召开民营企业座谈会: the chair named bare before 主持 was
    /// introduced earlier with a post (the gazetteer's leader mentions), whose level convenes: on a district's
    /// page, 市委书记 is the city's.
    /// </summary>
    private static string? ChairsOfficeToldBefore(ArticleText article, Text.Sentence sentence, int nameStart)
    {
        var text = article.Text;
        var chairing = text.IndexOf("主持", sentence.Start, nameStart - sentence.Start, StringComparison.Ordinal);
        if (chairing < 0)
        {
            return null;
        }

        var nameStartAt = chairing;
        while (nameStartAt > sentence.Start && chairing - nameStartAt < ChairNameLength && ChineseCharacters.IsIdeograph(text[nameStartAt - 1]))
        {
            nameStartAt--;
        }

        if (chairing - nameStartAt < 2 || (nameStartAt > sentence.Start && ChineseCharacters.IsIdeograph(text[nameStartAt - 1])))
        {
            return null;
        }

        var name = text[nameStartAt..chairing];
        var introduced = article.Leaders.LastOrDefault(l => l.Start < sentence.Start && l.Person == name && l.Posts.Count > 0);
        return introduced?.Posts[0][0] switch
        {
            '市' => article.ActorFromPronoun("市委", introduced.Start),
            '区' => article.ActorFromPronoun("区委", introduced.Start),
            '县' => article.ActorFromPronoun("县委", introduced.Start),
            _ => null,
        };
    }

    /// <summary>The last place named before the meeting's name is outside Nantong and holds an office right after it (东台市委书记).</summary>
    private static bool OutsideOfficeConvenes(ArticleText article, int sentenceStart, int nameStart)
    {
        var last = TextOrder.StartingIn(article.Places, sentenceStart, nameStart, static p => p.Start)
            .LastOrDefault(p => p.Start >= sentenceStart && p.End <= nameStart);
        return last is { IsOutsideNantong: true } && FactPlacing.OfficeAfter(article.Text, last) >= 0;
    }

    private static int NameStart(ArticleText article, int sentenceStart, int headStart)
    {
        var start = WordsBeforeHead(article.Text, sentenceStart, headStart);
        // 经4月12日区政府第28次常务会议审议通过: a day before the organ dates the meeting, it is no part of its name.
        if (TextOrder.StartingIn(article.Dates, start, start + 1, static d => d.Start).FirstOrDefault(d => d.Start == start) is { Precision: DatePrecision.Day } day
            && day.Start + day.Length < headStart)
        {
            start = day.Start + day.Length;
        }

        return OrganCalling(article, sentenceStart, start) ?? start;
    }

    /// <summary>
    /// Where the organ or place that convenes the meeting starts, when it stands right before
    /// 召开 / 举行: 海安市委常委会召开会议, 崇川区政府召开常务会议, 苏锡通园区召开党工委会议.
    /// </summary>
    private static int? OrganCalling(ArticleText article, int sentenceStart, int nameStart)
    {
        var text = article.Text;
        var held = CallingWords.FirstOrDefault(word => nameStart - word.Length >= sentenceStart && TextScan.EndsAt(text, nameStart, word));
        if (held is null)
        {
            return null;
        }

        var organEnd = nameStart - held.Length;
        if (!Organs.Any(organ => organEnd - organ.Length >= sentenceStart && TextScan.EndsAt(text, organEnd, organ))
            && !TextOrder.StartingIn(article.Places, sentenceStart, organEnd, static p => p.Start).Any(place => place.End == organEnd && place.Start >= sentenceStart && !place.IsOutsideNantong))
        {
            return null;
        }

        var start = organEnd;
        while (start > sentenceStart && !IsClauseBreak(text[start - 1]) && !char.IsAsciiDigit(text[start - 1]) && text[start - 1] is not ('日' or '午' or '晚' or ' '))
        {
            ExtractionBudget.Step();
            start--;
        }

        return start;
    }

    // 苏锡通园区党工委召开会议 is named 苏锡通园区党工委会议.
    private static string WithoutCallingWord(string name)
    {
        foreach (var word in CallingWords)
        {
            var at = name.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                return string.Concat(name.AsSpan(0, at), name.AsSpan(at + word.Length));
            }
        }

        return name;
    }

    private static int WordsBeforeHead(string text, int sentenceStart, int headStart)
    {
        var start = headStart;
        // 5月18日　启东市(上海)…推介会在上海举行, a chronicle's line: the day set off by a space is no part of the name.
        while (start > sentenceStart && !IsClauseBreak(text[start - 1])
            && !(char.IsWhiteSpace(text[start - 1]) && start - 2 >= sentenceStart && text[start - 2] == '日'))
        {
            ExtractionBudget.Step();
            start--;
        }

        // A head that opens its clause (an article that starts 誓师大会) has nothing before it to stop at.
        if (start == headStart)
        {
            return start;
        }

        foreach (var stop in NameStops)
        {
            var at = text.LastIndexOf(stop, headStart - 1, headStart - start, StringComparison.Ordinal);
            if (at >= 0 && at + stop.Length > start && at + stop.Length <= headStart)
            {
                start = at + stop.Length;
            }
        }

        // 该项目今年5月经市政府常务会议审议通过, 经4月12日区政府…会议: 经 before an organ's level or a day (not the 经
        // of 经济) opens the name.
        var through = text.LastIndexOf('经', headStart - 1, headStart - start);
        if (through >= 0 && through + 1 < headStart && (ThroughWhat.Contains(text[through + 1]) || char.IsAsciiDigit(text[through + 1])))
        {
            start = through + 1;
        }

        return start;
    }

    // 政治协商会议 holds 商会 and 政协会议 holds 协会: neither names a chamber or an association.
    private static bool NamesAnotherBody(string name)
    {
        var withoutCppcc = name.Replace("协商会", string.Empty, StringComparison.Ordinal).Replace("政协", string.Empty, StringComparison.Ordinal);
        return OtherBodies.Any(body => withoutCppcc.Contains(body, StringComparison.Ordinal));
    }

    private static readonly string[] OtherBodies = ["商会", "协会", "学会", "联谊会", "校友会", "同乡会", "工商联", "公司", "集团"];

    // The levels of the organs a decision goes through (经市政府, 经区委, 经党工委).
    private const string ThroughWhat = "市区县省党";

    // 召开2023年度优化营商环境大会, 优化营商环境大会召开: the name is what is held.
    // The name may already hold the calling word (崇川区召开…大会, see OrganCalling).
    private static bool IsHeldRightThere(string text, int nameStart, int headEnd) =>
        CallingWords.Any(word => TextScan.EndsAt(text, nameStart, word)
            || text.IndexOf(word, nameStart, headEnd - nameStart, StringComparison.Ordinal) >= 0 || TextScan.At(text, headEnd, word))
        || TextScan.At(text, headEnd, "开幕");

    // 党工委书记虞越嵩主持召开党工委会议: a head that opens with its organ is a whole name.
    private static readonly string[] OrganHeadStarts = ["常委", "党工委", "常务"];

    private static bool IsRealName(string modifier, string head, bool heldRightThere)
    {
        var core = modifier.Trim('“', '”', '"', ' ');
        if (core.Length == 0)
        {
            return heldRightThere && OrganHeadStarts.Any(organ => head.StartsWith(organ, StringComparison.Ordinal));
        }

        if (Demonstratives.Contains(core))
        {
            return false;
        }

        var headLength = head.Length;

        // A bare 会议 or 大会 needs an organ or a topic before it (人大常委会第十一次会议, 纪念建党99周年大会,
        // 优化营商环境大会, “三级干部”大会), not 这次全国两会是…召开的一次重要会议.
        return headLength > 2
            || (!NotANameStarts.Any(start => core.StartsWith(start, StringComparison.Ordinal))
                && ((core.Length >= 2 && GenericHeadQualifiers.Any(core.Contains)) || (core.Length >= 4 && heldRightThere)));
    }

    /// <summary>The body that meets: a congress and a CPPCC session on the same days are two meetings.</summary>
    private static string OrganOf(string name) =>
        name.Contains("政协", StringComparison.Ordinal) || name.Contains("政治协商", StringComparison.Ordinal) ? "cppcc"
        : name.Contains("人大", StringComparison.Ordinal) || name.Contains("人民代表", StringComparison.Ordinal) ? "congress"
        : "committee";

    // 区委理论学习中心组举行专题学习会: 学习 names the group that meets, it studies no other meeting.
    private static bool IsSpiritBefore(string before)
    {
        var withoutGroup = before.Replace("学习中心组", "中心组", StringComparison.Ordinal);
        return SpiritCues.Any(cue => EndsNear(withoutGroup, cue));
    }

    // A speech's dated byline (——1月8日在区委全会上的讲话) is no reference to the meeting, unless its 精神 is studied.
    private static bool IsSpiritAfter(string text, int nameStart, int headEnd)
    {
        var speech = new[] { "上的讲话", "上讲话" }.FirstOrDefault(word => TextScan.At(text, headEnd, word));
        // 推进会议精神: the head 推进会 read, its 议 left over.
        var after = headEnd < text.Length && text[headEnd] == '议' ? headEnd + 1 : headEnd;
        return TextScan.At(text, after, "精神") || TextScan.At(text, after, "部署")
            || (speech is not null && (!IsSpokenAtOnADay(text, nameStart, headEnd) || TextScan.At(text, headEnd + speech.Length, "精神")));
    }

    // 会议听取审议了…关于市十五届人大五次会议有关建议事项的说明, 研究市政协十二届四次常委会议议程:
    // a meeting the held one hears of, studies or prepares is not held there.
    private static readonly string[] ReferringWords = ["听取", "审议", "研究", "讨论", "关于", "列席", "通报"];

    private static readonly string[] ReferredFollowers = ["议程", "日程", "有关", "筹备", "的报告", "工作报告", "建议", "提案", "代表", "委员"];

    private static bool IsReferenced(string text, int sentenceStart, int nameStart, int headEnd)
    {
        var clauseStart = nameStart;
        while (clauseStart > sentenceStart && text[clauseStart - 1] is not (',' or '，' or ';' or '；' or '。' or ':' or '：'))
        {
            clauseStart--;
        }

        // The name may have taken in the words before it (会议审议通过了《…人民代表大会…》).
        var clause = text[clauseStart..Math.Max(nameStart, headEnd - 2)];
        var openTitle = clause.LastIndexOf('《');
        return (openTitle >= 0 && clause.IndexOf('》', openTitle) < 0)
            || (ReferringWords.Any(word => clause.Contains(word, StringComparison.Ordinal))
                && !clause.Contains("召开", StringComparison.Ordinal) && !clause.Contains("举行", StringComparison.Ordinal))
            || ReferredFollowers.Any(word => TextScan.At(text, headEnd, word));
    }

    // 南通市委十二届十次会议明确…, …通商大会上,海门签约…: what the meeting decided, or what happened at it.
    private static readonly string[] DoneThereWords = ["上,", "上，", "明确", "提出", "强调", "指出", "部署", "确定", "作出"];

    /// <summary>
    /// 2020年1月,南通市委十二届十次会议明确…; 3月27日,南通市民营经济发展大会上,海门签约…: a meeting that
    /// opens its sentence right after the sentence's date, told by what it decided or what happened at it, sat then.
    /// </summary>
    private static bool IsToldByWhatHappenedThere(ArticleText article, Text.Sentence sentence, int nameStart, int headEnd)
    {
        if (!DoneThereWords.Any(word => TextScan.At(article.Text, headEnd, word)))
        {
            return false;
        }

        var opening = TextOrder.StartingIn(article.Dates, sentence.Start, nameStart, static d => d.Start).FirstOrDefault();
        return opening is not null && opening.Start - sentence.Start <= 1 && opening.Start + opening.Length <= nameStart
            && OnlyPlacesBetween(article, opening.Start + opening.Length, nameStart);
    }

    // 3月27日,在南通市…: nothing but punctuation, 在 and place names between the date and the name.
    private static bool OnlyPlacesBetween(ArticleText article, int from, int to)
    {
        var places = TextOrder.StartingIn(article.Places, from, to, static p => p.Start).ToList();
        for (var i = from; i < to;)
        {
            if (article.Text[i] is ',' or '，' or '、' or '在' or ' ')
            {
                i++;
            }
            else if (places.FirstOrDefault(p => p.Start == i) is { } place)
            {
                i = place.Start + place.Length;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    // How far before a meeting's name the 日在 of a speech's byline may stand (a place and a line break between).
    private const int BylineReach = 16;

    // ——2023年1月11日在崇川区第二届人民代表大会第二次会议上 (a report's or a speech's byline): the meeting sat that day.
    private static bool IsSpokenAtOnADay(string text, int nameStart, int headEnd)
    {
        if (!TextScan.At(text, headEnd, "上"))
        {
            return false;
        }

        var from = Math.Max(0, nameStart - BylineReach);
        var before = text.AsSpan(from, nameStart - from);
        var at = before.LastIndexOf("日在", StringComparison.Ordinal);
        return at >= 0 && before[(at + 2)..].IndexOfAny('。', '，', ',') < 0;
    }

    // 组织开展三季度重点项目观摩活动: an activity (观摩活动) is held by the 开展 that leads its name.
    private static bool IsActivityCarriedOut(string text, int sentenceStart, int nameStart, int headStart, string head) =>
        head.EndsWith("活动", StringComparison.Ordinal)
        && ((nameStart - 2 >= sentenceStart && TextScan.EndsAt(text, nameStart, "开展")) || text.IndexOf("开展", nameStart, headStart - nameStart, StringComparison.Ordinal) >= 0);

    // 市十五届人大五次会议将于本月19日至22日召开: announced, not held; 做好…二次会议的相关筹备工作: prepared for, not sat;
    // 关于召开…第五次会议的决定, …第二次会议日程(草案), 建议议程: a document about the meeting.
    private static readonly string[] AnnouncedAfter = ["将", "拟于", "定于", "计划于", "的筹备", "的相关筹备", "筹备", "的决定", "日程", "议程"];

    private static bool IsAnnouncedAfter(string text, int headEnd) => AnnouncedAfter.Any(word => TextScan.At(text, headEnd, word));

    /// <summary>
    /// 决定政协…第五次会议于2021年1月11日召开, told in December 2020: a meeting dated after the page is decided on,
    /// not held.
    /// </summary>
    private static bool IsHeldAfterThePage(ArticleText article, int headEnd) =>
        TextScan.At(article.Text, headEnd, "于") && article.Published is { } published
        && TextOrder.StartingIn(article.Dates, headEnd + 1, headEnd + 2, static d => d.Start)
            .Any(d => d.Start == headEnd + 1 && d.RangeStart > published);

    // 区政协主席会议成员吴佳培, 常委会组成人员: the meeting names a body whose members are meant, not a sitting.
    private static readonly string[] MemberWords = ["成员", "组成人员", "委员"];

    private static bool IsTitle(string text, int headEnd) => MemberWords.Any(word => TextScan.At(text, headEnd, word));

    // How far before a meeting's name a habit word (每两年举办) may stand.
    private const int HabitReach = 60;

    // How far before a meeting's head 各县(市、区) may stand (各县(市、区)人代会、政协会议).
    private const int RoundupReach = 20;

    private static readonly string[] EachDistrict = ["县(市、区)", "县(市,区)", "各县市区", "县(区)", "各区县", "各地"];

    /// <summary>
    /// 我市各县(市、区)人代会、政协会议陆续召开: the meetings of every district at once, each told on its own day
    /// after; no one meeting of the city.
    /// </summary>
    private static bool IsRoundupOfDistricts(string text, int sentenceStart, int headStart)
    {
        var from = Math.Max(sentenceStart, headStart - RoundupReach);
        return TextScan.ContainsAny(text.AsSpan(from, headStart - from), EachDistrict);
    }

    private static bool IsCustom(string text, int sentenceStart, int nameStart)
    {
        var from = Math.Max(sentenceStart, nameStart - HabitReach);
        ExtractionBudget.Step(nameStart - from);
        return HabitWords.Any(word => text.IndexOf(word, from, nameStart - from, StringComparison.Ordinal) >= 0);
    }

    private static bool EndsNear(string before, string cue)
    {
        var at = before.LastIndexOf(cue, StringComparison.Ordinal);
        return at >= 0 && before.Length - at - cue.Length <= 8;
    }

    private static bool IsClauseBreak(char c) => c is ',' or '，' or '。' or ';' or '；' or ':' or '：' or '!' or '?' or '\n' or '、';

    private static string? ChairIn(string sentence)
    {
        var match = ChairPattern().Match(sentence);
        return match.Success ? match.Groups["name"].Value : null;
    }

    // 1月4日,如东县委经济工作会议召开。县委书记…讲话,县长王玉峰主持会议。
    private static string? ChairInNextSentence(ArticleText article, Text.Sentence sentence)
    {
        var index = article.SentenceIndexAt(sentence.Start) + 1;
        if (index >= article.Sentences.Count || article.Sentences[index].ParagraphIndex != sentence.ParagraphIndex)
        {
            return null;
        }

        var next = article.Text[article.Sentences[index].Start..article.Sentences[index].End];
        return next.Contains("主持会议", StringComparison.Ordinal) || next.StartsWith("会议由", StringComparison.Ordinal) ? ChairIn(next) : null;
    }

    // 区委书记黄卫锋主持召开; 市委副书记、市长张彤主持召开; 区委副书记镇海洋主持会议.
    [GeneratedRegex(@"(?:书记|区长|市长|县长|主任|主席|部长|常务主席)(?<name>[\p{IsCJKUnifiedIdeographs}]{2,3}?)主持")]
    private static partial Regex ChairPattern();
}
