namespace Metrics.Extraction.Numbers;

/// <summary>
/// The words that qualify an amount or a count, before it ("超百亿", "近40亿元") or after it
/// ("5亿元以上", "10亿元左右"), and the words that merely contain them ("签约" is no 约).
/// </summary>
internal static class QualifierWords
{
    private static readonly Dictionary<string, AmountBound> Prefixes = new(StringComparer.Ordinal)
    {
        ["不低于"] = AmountBound.AtLeast, ["不少于"] = AmountBound.AtLeast, ["不小于"] = AmountBound.AtLeast,
        ["至少"] = AmountBound.AtLeast, ["最少"] = AmountBound.AtLeast, ["最低"] = AmountBound.AtLeast, ["起码"] = AmountBound.AtLeast,
        ["超过了"] = AmountBound.Exceeds, ["超过"] = AmountBound.Exceeds, ["超出"] = AmountBound.Exceeds, ["高于"] = AmountBound.Exceeds,
        ["大于"] = AmountBound.Exceeds, ["多于"] = AmountBound.Exceeds, ["突破"] = AmountBound.Exceeds,
        ["超"] = AmountBound.Exceeds, ["逾"] = AmountBound.Exceeds, ["过"] = AmountBound.Exceeds,
        ["不超过"] = AmountBound.AtMost, ["不超出"] = AmountBound.AtMost, ["不高于"] = AmountBound.AtMost, ["不多于"] = AmountBound.AtMost,
        ["不大于"] = AmountBound.AtMost, ["最多"] = AmountBound.AtMost, ["最高"] = AmountBound.AtMost, ["至多"] = AmountBound.AtMost,
        ["不到"] = AmountBound.Below, ["不足"] = AmountBound.Below, ["低于"] = AmountBound.Below, ["少于"] = AmountBound.Below, ["小于"] = AmountBound.Below,
        ["大约"] = AmountBound.About, ["约合"] = AmountBound.About, ["约为"] = AmountBound.About, ["大概"] = AmountBound.About, ["约"] = AmountBound.About,
        ["将近"] = AmountBound.JustBelow, ["接近"] = AmountBound.JustBelow, ["逼近"] = AmountBound.JustBelow, ["近"] = AmountBound.JustBelow,
    };

    /// <summary>
    /// Qualifiers that only stand before a bare place or unit: "上百亿元" (≥ 1e10), "破百亿",
    /// "上亿元". Before a digit they are ordinary characters ("比上年1亿元").
    /// </summary>
    private static readonly Dictionary<string, AmountBound> BarePlacePrefixes = new(StringComparer.Ordinal)
    {
        ["上"] = AmountBound.AtLeast, ["破"] = AmountBound.Exceeds,
    };

    /// <summary>Words that end with a qualifier character but are no qualifier.</summary>
    private static readonly WordSet NotQualifiers = new(
    [
        // 约: "集中签约亿元以上项目28个" has no "about".
        "签约", "节约", "制约", "合约", "预约", "条约", "公约", "契约", "特约", "邀约", "违约", "履约", "集约", "相约", "隐约", "简约", "续约", "解约",
        // 过: "通过3亿元…" is no "exceeds".
        "通过", "经过", "不过", "度过", "越过", "跨过", "错过", "穿过", "路过", "闯过", "走过", "有过", "为过", "胜过", "难过", "做过", "看过",
        // 近: "最近1亿元…".
        "最近", "附近", "邻近", "临近", "靠近", "亲近", "就近", "贴近",
        // 超, 上, 破.
        "赶超", "高超", "以上", "之上", "马上", "向上", "线上", "网上", "会上", "晚上", "早上", "打破", "攻破", "爆破", "看破",
    ]);

    private static readonly Dictionary<string, AmountBound> Suffixes = new(StringComparer.Ordinal)
    {
        ["(含)以上"] = AmountBound.AtLeast, ["及以上"] = AmountBound.AtLeast, ["或以上"] = AmountBound.AtLeast, ["以上"] = AmountBound.AtLeast,
        ["(含)以下"] = AmountBound.AtMost, ["及以下"] = AmountBound.AtMost, ["以下"] = AmountBound.AtMost, ["以内"] = AmountBound.AtMost, ["之内"] = AmountBound.AtMost,
        ["左右"] = AmountBound.About, ["上下"] = AmountBound.About,
    };

    private static readonly WordSet PrefixWords = new(Prefixes.Keys);
    private static readonly WordSet BarePlacePrefixWords = new(Prefixes.Keys.Concat(BarePlacePrefixes.Keys));
    private static readonly WordSet SuffixWords = new(Suffixes.Keys);

    /// <summary>The qualifier that ends at <paramref name="end"/> and starts at or after <paramref name="floor"/>.</summary>
    public static (AmountBound Bound, int Start)? PrefixEndingAt(string text, int end, int floor, bool beforeBarePlace)
    {
        var word = (beforeBarePlace ? BarePlacePrefixWords : PrefixWords).LongestEndingAt(text, end);
        if (word is null || end - word.Length < floor)
        {
            return null;
        }

        // "集中签约亿元以上项目": the 约 of 签约 is no "about".
        if (NotQualifiers.LongestEndingAt(text, end) is { } other && other.Length > word.Length)
        {
            return null;
        }

        var bound = Prefixes.TryGetValue(word, out var b) ? b : BarePlacePrefixes[word];
        return (bound, end - word.Length);
    }

    /// <summary>The qualifier that starts at <paramref name="index"/>: "以上", "（含）以上", "左右".</summary>
    public static (AmountBound Bound, int End)? SuffixAt(string text, int index)
    {
        if (SuffixWords.LongestAt(text, index) is not { } word)
        {
            return null;
        }

        // "带动10亿元上下游产业": 上下游 is the supply chain, not "about".
        if (word == "上下" && TextScan.At(text, index + 2, "游"))
        {
            return null;
        }

        return (Suffixes[word], index + word.Length);
    }
}
