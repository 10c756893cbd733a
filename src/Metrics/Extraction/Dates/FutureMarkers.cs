namespace Metrics.Extraction.Dates;

/// <summary>
/// Decides whether a date is future-marked: <c>将于12日举行</c> (L16) is the coming 12th,
/// <c>12日，…举行</c> the past one. In the clause before the date the marker nearest to it
/// wins, so <c>原计划于6月开工的项目已于6月29日开工</c> stays past.
/// </summary>
internal static class FutureMarkers
{
    // A clause is rarely longer; the cap keeps a 1 MB line without punctuation linear.
    private const int MaxLookBack = 40;

    // A title mark closes a clause too: in 《三年行动计划》《2022年…实施方案》 计划 names the first title.
    private const string ClauseEnds = ",;!?。\n\r《》";

    private static readonly Marker[] Markers =
    [
        new("将于", true), new("将在", true), new("即将", true),
        // 将近 (nearly), 将军; 将6月29日定为… uses 将 as 把 (checked below).
        new("将", true, "近军领士"),
        new("拟于", true), new("拟在", true), new("拟", true),
        // 计划总投资 / 计划投资 / 预计总投资 are amount roles, not tense.
        new("计划于", true), new("计划在", true), new("计划", true, "总投"),
        new("预计于", true), new("预计在", true), new("预计", true, "总投"),
        new("力争", true), new("争取", true), new("有望", true), new("定于", true), new("预定", true),
        new("准备", true), new("打算", true), new("确保", true), new("要在", true),
        new("下周", true), new("下月", true), new("下个月", true), new("明年", true),
        new("已于", false), new("已经", false), new("已", false), new("曾于", false), new("曾", false),
    ];

    // Markers by their last character, longest first, so each position costs one lookup.
    private static readonly Dictionary<char, Marker[]> ByLastChar = Markers
        .GroupBy(marker => marker.Text[^1])
        .ToDictionary(group => group.Key, group => group.OrderByDescending(marker => marker.Text.Length).ToArray());

    /// <summary>True when the nearest tense marker in the clause before <paramref name="start"/> is a future one.</summary>
    public static bool MarkedBefore(string s, int start)
    {
        var limit = Math.Max(0, start - MaxLookBack);
        for (var end = start; end > limit; end--)
        {
            var last = s[end - 1];
            if (ClauseEnds.Contains(last, StringComparison.Ordinal))
            {
                return false;
            }

            if (!ByLastChar.TryGetValue(last, out var candidates))
            {
                continue;
            }

            foreach (var marker in candidates)
            {
                if (marker.EndsAt(s, end, start))
                {
                    return marker.IsFuture;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when 将 / 拟 follows the date directly: <c>12日将举行</c>, <c>10日上午拟召开</c>. Further
    /// on it belongs to another event (<c>6月29日签约的项目将于明年投产</c> stays past).
    /// </summary>
    public static bool MarkedRightAfter(string s, int end) =>
        end < s.Length && (s[end] == '拟' || (s[end] == '将' && (end + 1 >= s.Length || !"近军领士".Contains(s[end + 1], StringComparison.Ordinal))));

    private sealed record Marker(string Text, bool IsFuture, string NotFollowedBy = "")
    {
        public bool EndsAt(string s, int end, int dateStart)
        {
            var begin = end - Text.Length;
            if (begin < 0 || !s.AsSpan(begin, Text.Length).SequenceEqual(Text))
            {
                return false;
            }

            if (end < s.Length && NotFollowedBy.Contains(s[end], StringComparison.Ordinal))
            {
                return false;
            }

            // 将 directly before the date is 把: 将6月29日定为开放日.
            return !(Text == "将" && end == dateStart);
        }
    }
}
