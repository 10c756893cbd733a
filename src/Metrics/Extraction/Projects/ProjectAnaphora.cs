using Metrics.Extraction.Budget;
using Metrics.Extraction.Numbers;
using Metrics.Extraction.Text;

namespace Metrics.Extraction.Projects;

/// <summary>
/// 在星晨电子厂房项目建设现场…。据了解,该项目总投资约10亿元,4月底开工: a sentence whose subject is
/// 该项目 (or a bare 项目) goes on about the one project the sentence before it names, so its stage is
/// that project's event although the sentence names none.
/// </summary>
internal static partial class ProjectAnaphora
{
    // 2023年6月,新基地正式投产: the new plant a company's story is about (not 新项目, which also counts new projects).
    private static readonly string[] NewWorks = ["新基地", "新厂区", "新工厂", "新院区", "新园区"];

    // 该项目, 该码头, 此基地: a demonstrative before a word that ends a project's name; or a bare 项目 / 工程.
    private static readonly string[] Anaphors =
        [.. new[] { "该", "此", "这个", "这一" }.SelectMany(d => NamedProjects.NameEnds.Select(end => d + end)), "项目", "工程", .. NewWorks];


    // A bare project word, which may also open a noun of its own (项目建设, 工程师).
    private static readonly string[] BareAnaphors = ["项目", "工程"];

    // 次日,项目在园区正式开工: a time told from the day before carries the story on, past a paragraph break too.
    private static readonly string[] StoryTimeLeads = ["次日", "当天", "当日", "同日", "随后"];

    // 去年12月18日, 2020年3月, 同年8月, 同月, 15日上午, 下午: a time that opens the sentence before its subject.
    [System.Text.RegularExpressions.GeneratedRegex("\\G(?:(?:今年|去年|前年|同年|当年|次年|[0-9]{4}年)?[0-9]{1,2}月(?:[0-9]{1,2}日)?|[0-9]{1,2}日|同月|当月|次月|同年|次年)?(?:上午|下午|晚上|凌晨|中午|晚间)?[,，]")]
    private static partial System.Text.RegularExpressions.Regex LeadingTime();

    // How far into the sentence the colon of a lead (回顾项目进程:) may stand.
    private const int ColonLeadReach = 10;

    // Words that tell a time back from the story's last date: 而此前的9日, 早在2019年3月.
    private static readonly string[] TimeConnectives = ["而此前的", "而此前", "此前的", "此前", "早在", "而在", "而"];

    private static readonly string[] LeadIns = ["据了解", "据悉", "据介绍", "资料显示", "公开资料显示", "公告显示", "记者了解到", "目前", "其中", .. StoryTimeLeads];

    // 项目建设如火如荼, 项目数, 项目个数: the word as a noun of its own, not the project talked about.
    private static readonly char[] NotAfterBare = ['建', '数', '个', '们', '化', '库', '部', '办', '组', '单', '方', '师', '量', '款', '机', '队'];

    private const int SentencesBack = 2;

    /// <summary>
    /// The index of the earlier sentence (of the same paragraph, for a bare 项目) that names the project the sentence
    /// <paramref name="sentenceIndex"/> opens with an anaphor for, or null when it opens with none or
    /// no sentence close before names a single project; <paramref name="counts"/> are the article's, and
    /// <paramref name="reportsOneProject"/> tells whether a sentence already gave one project's stage.
    /// </summary>
    public static int? Referent(ArticleText article, int sentenceIndex, IReadOnlyList<CountMention> counts, Func<int, bool> reportsOneProject, bool oneProjectSoFar = false)
    {
        var sentence = article.Sentences[sentenceIndex];
        if (AnaphorOpening(sentence.Text) is not { } anaphor)
        {
            return null;
        }

        // 该项目 opening a paragraph still points back; a bare 项目 there may open a new topic, unless the time goes on
        // from before (次日,项目…) or a date follows it at once (项目去年11月签约, 工程于2020年9月开工).
        var afterLead = AfterLead(sentence.Text);
        var crossesParagraphs = !BareAnaphors.Contains(anaphor) || StoryTimeLeads.Any(lead => sentence.Text.StartsWith(lead, StringComparison.Ordinal))
            || DateFollows(article, sentence, anaphor) || LeadingTime().Match(sentence.Text, afterLead) is { Success: true } time && time.Index == afterLead;
        // On a page that has told one project only, its story may run on for a few sentences about other things
        // (股价应声涨停…; “我们当时考察了…”) before 同年8月,项目…开工.
        var reach = oneProjectSoFar ? OneProjectReach : SentencesBack;
        for (var back = 1; back <= reach && sentenceIndex - back >= 0; back++)
        {
            ExtractionBudget.Step();
            var earlier = article.Sentences[sentenceIndex - back];
            if (earlier.ParagraphIndex != sentence.ParagraphIndex && !crossesParagraphs)
            {
                return null;
            }

            // 滨湖悦荟广场正式开业: a sentence that reports one project's stage names it, whatever its name ends in.
            if ((NamedProjects.NamesOne(article, earlier.Start, earlier.End) || reportsOneProject(sentenceIndex - back))
                && !TextOrder.StartingIn(counts, earlier.Start, earlier.End, static c => c.Start).Any(c => ProjectEventFinder.IsProjectCount(article.Text, c)))
            {
                return sentenceIndex - back;
            }

            // 该工程由…投资建设,总投资近30亿元。工程于2020年9月开工: a sentence that itself goes on about the project
            // (该工程…) passes the reference further back, across its paragraph's start too.
            if (AnaphorOpening(earlier.Text) is { } earlierAnaphor && !BareAnaphors.Contains(earlierAnaphor) && reach < ChainReach)
            {
                crossesParagraphs = true;
                reach++;
            }
        }

        return null;
    }

    // How many sentences back a bare anaphor may point on a page that has told one project only.
    private const int OneProjectReach = 6;

    // How many sentences back a chain of anaphors (该工程…。工程于…) may reach.
    private const int ChainReach = 4;

    // 项目去年11月签约, 工程于2020年9月开工: the anaphor's own clause is dated at once.
    private static bool DateFollows(ArticleText article, Text.Sentence sentence, string anaphor)
    {
        var at = sentence.Text.IndexOf(anaphor, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        return OpensWithDate(article, sentence.Start + at + anaphor.Length);
    }

    private const int PredicateReach = 24;

    // How far a chronology of the anaphor's project (该项目于2021年11月签约落户如东,2022年3月开工建设) may run.
    private const int ChronologyReach = 80;

    // Words that may lead a chronology's next clause before its date (,并于2022年3月开工).
    private static readonly string[] StepLeads = ["", "于", "并于", "又于", "再", "随后", "并"];

    /// <summary>
    /// The stage word at <paramref name="position"/> is the predicate of the sentence's opening anaphor: close
    /// enough to it, or in a later clause that opens with a date, as each step of one project's chronology does.
    /// </summary>
    public static bool Governs(ArticleText article, Text.Sentence sentence, int position)
    {
        // 回顾项目进程:2020年3月2日,项目在川姜镇…签约落户: the reach counts from the anaphor, after its lead and time.
        var from = sentence.Start + (FindAnaphor(sentence.Text)?.At ?? 0);
        if (position - from <= PredicateReach)
        {
            return true;
        }

        if (position - sentence.Start > ChronologyReach)
        {
            return false;
        }

        var text = article.Text;
        // 该工程总投资约9.6亿元,新建…泊位6个,于2022年四季度开工建设: a clause led by 于 and its date has no subject of its own.
        var clauseStart = Numbers.TextScan.ClauseStart(text, position, ChronologyReach);
        if (clauseStart > sentence.Start && IsDatedStepLedByYu(article, clauseStart))
        {
            return true;
        }

        // …,于今年1月签约,3月开工建设: a dated clause after such a step goes on with the chronology.
        if (clauseStart > sentence.Start && OpensWithDate(article, clauseStart))
        {
            var before = Numbers.TextScan.ClauseStart(text, clauseStart - 1, ChronologyReach);
            if (before > sentence.Start && IsDatedStepLedByYu(article, before))
            {
                return true;
            }
        }

        for (var i = from; i < position; i++)
        {
            ExtractionBudget.Step();
            if (text[i] is ',' or '，' && !OpensWithDate(article, i + 1))
            {
                return false;
            }

            if (text[i] is ';' or '；')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The clause at <paramref name="clauseStart"/> opens with 于 or 并于 and a date (于2022年3月开工).</summary>
    public static bool IsDatedStepLedByYu(ArticleText article, int clauseStart) =>
        (Numbers.TextScan.At(article.Text, clauseStart, "于") || Numbers.TextScan.At(article.Text, clauseStart, "并于")) && OpensWithDate(article, clauseStart);

    private static bool OpensWithDate(ArticleText article, int clauseStart) =>
        StepLeads.Any(lead => (lead.Length == 0 || Numbers.TextScan.At(article.Text, clauseStart, lead))
            && TextOrder.StartingIn(article.Dates, clauseStart + lead.Length, clauseStart + lead.Length + 1, static d => d.Start)
                .Any(d => d.Start == clauseStart + lead.Length));

    // 回顾项目进程:2020年3月2日,项目在川姜镇签约落户: a short lead closed by a colon stands before the story's step;
    // so does a speaker's clause (董事长沈立新告诉记者,项目去年10月签约落户三星镇).
    private static int AfterLead(string sentence)
    {
        var colon = sentence.IndexOfAny([':', '：'], 0, Math.Min(sentence.Length, ColonLeadReach));
        if (colon >= 0)
        {
            return colon + 1;
        }

        var comma = sentence.IndexOfAny([',', '，'], 0, Math.Min(sentence.Length, SpeakerLeadReach));
        return comma > 0 && SpeechVerbs.Any(verb => sentence.AsSpan(0, comma).EndsWith(verb, StringComparison.Ordinal)) ? comma + 1 : 0;
    }

    private static readonly string[] SpeechVerbs = ["告诉记者", "介绍", "表示", "透露", "坦言", "回忆", "说"];

    // How far into the sentence the comma closing a speaker's clause may stand.
    private const int SpeakerLeadReach = 30;

    /// <summary>The sentence opens with 该项目, 项目… (after a lead-in such as 据了解).</summary>
    public static bool OpensWithAnaphor(string sentence) => AnaphorOpening(sentence) is not null;

    private static string? AnaphorOpening(string sentence) => FindAnaphor(sentence)?.Anaphor;

    private static (string Anaphor, int At)? FindAnaphor(string sentence)
    {
        var at = AfterLead(sentence);
        foreach (var lead in LeadIns)
        {
            if (string.CompareOrdinal(sentence, at, lead, 0, lead.Length) == 0)
            {
                at += lead.Length;
                break;
            }
        }

        // 去年12月18日,项目开工建设; 当天下午,项目即举行开工仪式: the step's own time may lead the anaphor,
        // told back from the story's last date too (而此前的9日,该项目已在…举行开工仪式).
        foreach (var connective in TimeConnectives)
        {
            if (string.CompareOrdinal(sentence, at, connective, 0, connective.Length) == 0
                && LeadingTime().Match(sentence, at + connective.Length) is { Success: true } told && told.Index == at + connective.Length)
            {
                at += connective.Length;
                break;
            }
        }

        if (LeadingTime().Match(sentence, at) is { Success: true } time && time.Index == at)
        {
            at += time.Length;
        }

        while (at < sentence.Length && sentence[at] is ',' or '，' or ' ')
        {
            at++;
        }

        foreach (var anaphor in Anaphors)
        {
            if (string.CompareOrdinal(sentence, at, anaphor, 0, anaphor.Length) == 0)
            {
                var next = at + anaphor.Length;
                return !BareAnaphors.Contains(anaphor) || (next < sentence.Length && !NotAfterBare.Contains(sentence[next])) ? (anaphor, at) : null;
            }
        }

        return null;
    }
}
