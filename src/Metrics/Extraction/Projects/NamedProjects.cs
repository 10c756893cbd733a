using System.Text.RegularExpressions;
using Metrics.Extraction.Budget;
using Metrics.Extraction.Numbers;
using Metrics.Extraction.Text;

namespace Metrics.Extraction.Projects;

/// <summary>
/// Tells a named project (康源电路项目, S356沿江公路路面大中修主体工程, 通用码头) from a generic one
/// (重大项目, 一批好项目, 在手的项目): a single project counts only when the text names it.
/// </summary>
internal static partial class NamedProjects
{
    /// <summary>Words that end a project's name (…项目, …码头, …产业园).</summary>
    public static IReadOnlyList<string> NameEnds => Suffixes;

    private static readonly string[] Suffixes = ["项目", "工程", "基地", "产业园", "码头", "电站", "铁路", "公路", "港站", "港区", "园区", "分园", "综合体", "商业广场", "购物中心", "商场", "酒店", "院区", "医院", "物流园", "大桥", "隧道", "工厂", "厂区"];

    // Words that only qualify a project, never name one.
    private static readonly string[] GenericWords =
    [
        "重大", "重点", "重特大", "产业", "制造业", "服务业", "工业", "亿元以上", "以上", "一批", "一大批", "大", "好", "新", "该", "此", "这些",
        "在手", "在谈", "在建", "开工", "签约", "竣工", "投产", "的", "等", "各类", "相关", "省市", "省级", "市级", "优质", "优秀", "高质量", "科创", "招商",
        "一季度", "二季度", "三季度", "四季度", "季度", "上半年", "下半年", "年度", "春季", "夏季", "秋季", "冬季", "首批", "今年", "全年", "列入", "列省", "列市", "省级重大", "全部",
        "民生", "基础设施", "社会事业", "城建", "农业", "文旅", "外资", "内资", "人才",
        // 产业投资项目, 科技合作项目: classes of a batch repeated after it (…总投资达730亿元), no project's own name.
        "投资", "科技合作", "科技",
        "经济技术开发区", "经济开发区", "高新技术产业开发区", "开发区", "高新区", "经开区", "示范区", "全市", "全区", "全县", "全镇",
    ];

    private static readonly char[] Boundaries =
        [',', '。', ';', ':', '、', '“', '”', '"', '(', ')', ' ', '\n', '!', '?', '了', '把', '将', '在', '对', '为', '与', '和', '及', '批'];

    /// <summary>
    /// Whether the text from <paramref name="start"/> to <paramref name="end"/> names at least one project
    /// (a proper name before a project word). A place is no name: 如皋开发区一季度项目签约活动 names none.
    /// </summary>
    public static bool NamesOne(ArticleText article, int start, int end) => NamesOne(WithoutPlaces(article, start, end));

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/> with every place blanked out (a place is no name).</summary>
    public static string WithoutPlaces(ArticleText article, int start, int end)
    {
        var span = article.Text.ToCharArray(start, end - start);
        foreach (var place in TextOrder.StartingIn(article.Places, start, end, static p => p.Start))
        {
            ExtractionBudget.Step();
            for (var i = Math.Max(place.Start, start); i < Math.Min(place.Start + place.Length, end); i++)
            {
                span[i - start] = ' ';
            }
        }

        return new string(span);
    }

    /// <summary>Whether <paramref name="span"/> names at least one project (a proper name before a project word).</summary>
    public static bool NamesOne(string span)
    {
        foreach (var suffix in Suffixes)
        {
            var at = span.IndexOf(suffix, StringComparison.Ordinal);
            while (at > 0)
            {
                ExtractionBudget.Step();
                if (IsNamed(span, at))
                {
                    return true;
                }

                at = span.IndexOf(suffix, at + suffix.Length, StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="item"/> is one named project and nothing else: a name, then a project word at its end.</summary>
    public static bool IsWholeName(string item)
    {
        var suffix = Suffixes.FirstOrDefault(s => item.EndsWith(s, StringComparison.Ordinal));
        return suffix is not null && item.Length - suffix.Length <= 30 && IsNamed(item, item.Length - suffix.Length);
    }

    // What follows these is held or discussed (关于一季度新签约项目情况的汇报), not named.
    private static readonly string[] VerbsBeforeAName = ["举行", "举办", "召开", "开展", "组织", "启动", "迎来", "关于"];

    private static readonly string[] SettlingAdverbs = ["正式", "成功", "顺利", "已", "日前", "近日"];

    /// <summary>正式, 成功, 已…: the words between a settler and 落户 that leave it the settler.</summary>
    public static bool IsSettlingAdverb(string word) => SettlingAdverbs.Contains(word, StringComparer.Ordinal);

    private static readonly string[] NotASettler = ["项目", "企业", "一批", "多家", "家", "个", "们", "书记", "长", "主任", "领导", "人才", "团队"];

    /// <summary>
    /// 晶澳太阳能正式落户: a name right before 落户 (a company, with no project word) is one project
    /// settling; <paramref name="before"/> runs from the clause start to the stage word.
    /// </summary>
    public static bool NamesSettler(string before)
    {
        var name = before.TrimEnd();
        foreach (var adverb in SettlingAdverbs)
        {
            if (name.EndsWith(adverb, StringComparison.Ordinal))
            {
                name = name[..^adverb.Length];
            }
        }

        return name.Length is >= 2 and <= 16
            && name.All(c => ChineseCharacters.IsIdeograph(c) || char.IsAsciiLetter(c))
            && !NotASettler.Any(w => name.Contains(w, StringComparison.Ordinal))
            && name[0] is not ('该' or '此' or '这' or '其')
            && !GenericWords.Contains(name, StringComparer.Ordinal);
    }

    private static bool IsNamed(string span, int suffixStart)
    {
        var start = suffixStart;
        while (start > 0 && start > suffixStart - 20 && Array.IndexOf(Boundaries, span[start - 1]) < 0 && span[start - 1] != '的')
        {
            start--;
        }

        var words = span[start..suffixStart];
        // 苏锡通园区举行产业项目签约活动: what is held is no name.
        foreach (var verb in VerbsBeforeAName)
        {
            var at = words.LastIndexOf(verb, StringComparison.Ordinal);
            if (at >= 0)
            {
                words = words[(at + verb.Length)..];
            }
        }

        var name = YearWords().Replace(words, string.Empty);
        foreach (var word in GenericWords.OrderByDescending(w => w.Length))
        {
            name = name.Replace(word, string.Empty, StringComparison.Ordinal);
        }

        return name.Length >= 2;
    }

    private static readonly string[] ListJoiners = ["、", "和", "及", "以及", "等"];

    /// <summary>
    /// 总投资120亿元的风电装备项目、…等15个项目签约: an amount that qualifies one named project of a
    /// list (的, a name, a project word, then the list goes on) is that member's, not the batch's.
    /// <paramref name="amountEnd"/> is where the amount's text ends.
    /// </summary>
    public static bool IsListMemberAmount(string text, int amountEnd) =>
        QualifiedNamedProjectEnd(text, amountEnd) is { } nounEnd && ListJoiners.Any(joiner => TextScan.At(text, nounEnd, joiner));

    /// <summary>
    /// Where the named project an amount qualifies ends (总投资20亿元的中天科技光电产业园项目), or null when
    /// the amount qualifies no named project. <paramref name="amountEnd"/> is where the amount's text ends.
    /// </summary>
    public static int? QualifiedNamedProjectEnd(string text, int amountEnd) =>
        NounQualified(text, amountEnd) is { IsMeeting: false } noun && IsNamed(text[(amountEnd + 1)..noun.End], noun.HeadStart - amountEnd - 1)
            ? noun.End : null;

    /// <summary>The list joiner (、 和 及 以及) that starts at <paramref name="index"/>, or null.</summary>
    public static string? JoinerAt(string text, int index) =>
        ListJoiners.Where(joiner => joiner != "等").OrderByDescending(j => j.Length).FirstOrDefault(joiner => TextScan.At(text, index, joiner));

    /// <summary>
    /// 总投资额达1197亿元的城市和交通建设推进大会: an amount that qualifies a meeting (的, then its name
    /// within the clause) is the meeting's figure, not the investment of a project event.
    /// </summary>
    public static bool QualifiesAMeeting(string text, int amountEnd) => NounQualified(text, amountEnd) is { IsMeeting: true };

    private const int QualifiedReach = 30;

    /// <summary>
    /// The noun an amount qualifies (总投资120亿元的风电装备项目, …亿元的…推进大会): after 的, the first project
    /// word or meeting head in the clause, with where its head word starts and where it ends; null when none.
    /// </summary>
    private static (int HeadStart, int End, bool IsMeeting)? NounQualified(string text, int amountEnd)
    {
        if (amountEnd >= text.Length || text[amountEnd] != '的')
        {
            return null;
        }

        for (var i = amountEnd + 1; i < text.Length && i <= amountEnd + QualifiedReach; i++)
        {
            ExtractionBudget.Step();
            if (text[i] is ',' or '。' or ';' or ':' or '、' or '\n')
            {
                return null;
            }

            if (Suffixes.FirstOrDefault(suffix => TextScan.At(text, i, suffix)) is { } suffix)
            {
                // 光电产业园项目: project words in a row end one noun.
                var end = i + suffix.Length;
                while (Suffixes.FirstOrDefault(more => TextScan.At(text, end, more)) is { } more)
                {
                    end += more.Length;
                }

                return (i, end, false);
            }

            if (Meetings.MeetingVocabulary.HeadAt(text, i) is { } head)
            {
                return (i, i + head.Length, true);
            }
        }

        return null;
    }

    // 2024年一季度项目, 签约的15个项目: a year or a count qualifies, it names nothing.
    [GeneratedRegex(@"[0-9０-９]+年|[0-9０-９.一二三四五六七八九十百千两几]+[多余]?[个项家批]|[0-9０-９.]+")]
    private static partial Regex YearWords();
}
