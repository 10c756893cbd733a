namespace Metrics.Extraction.Projects;

/// <summary>
/// Tells a named project (康源电路项目, S356沿江公路路面大中修主体工程, 通用码头) from a generic one
/// (重大项目, 一批好项目, 在手的项目): a single project counts only when the text names it.
/// </summary>
internal static class NamedProjects
{
    private static readonly string[] Suffixes = ["项目", "工程", "基地", "产业园", "码头", "电站", "铁路", "公路", "港站", "港区", "园区", "分园"];

    // Words that only qualify a project, never name one.
    private static readonly string[] GenericWords =
    [
        "重大", "重点", "重特大", "产业", "制造业", "服务业", "工业", "亿元以上", "以上", "一批", "一大批", "大", "好", "新", "该", "此", "这些",
        "在手", "在谈", "在建", "开工", "签约", "竣工", "投产", "的", "等", "各类", "相关", "省市", "省级", "市级", "优质", "优秀", "高质量", "科创", "招商",
    ];

    private static readonly char[] Boundaries =
        [',', '。', ';', ':', '、', '“', '”', '"', '(', ')', ' ', '\n', '!', '?', '了', '把', '将', '在', '对', '为', '与', '和', '及', '批'];

    /// <summary>Whether <paramref name="span"/> names at least one project (a proper name before a project word).</summary>
    public static bool NamesOne(string span)
    {
        foreach (var suffix in Suffixes)
        {
            var at = span.IndexOf(suffix, StringComparison.Ordinal);
            while (at > 0)
            {
                if (IsNamed(span, at))
                {
                    return true;
                }

                at = span.IndexOf(suffix, at + suffix.Length, StringComparison.Ordinal);
            }
        }

        return false;
    }

    private static bool IsNamed(string span, int suffixStart)
    {
        var start = suffixStart;
        while (start > 0 && start > suffixStart - 20 && Array.IndexOf(Boundaries, span[start - 1]) < 0 && span[start - 1] != '的')
        {
            start--;
        }

        var name = span[start..suffixStart];
        foreach (var word in GenericWords.OrderByDescending(w => w.Length))
        {
            name = name.Replace(word, string.Empty, StringComparison.Ordinal);
        }

        return name.Length >= 2;
    }
}
