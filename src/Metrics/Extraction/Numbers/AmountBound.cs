using Metrics.Facts;

namespace Metrics.Extraction.Numbers;

/// <summary>
/// How the true amount relates to <c>Value</c> and <c>Max</c>, in the notation of the
/// tricky-case table (tricky-cases.md, 5a).
/// </summary>
public enum AmountBound
{
    /// <summary>= a: "83.2亿元".</summary>
    Exact,

    /// <summary>&gt; a: 超 超过 逾 过 突破 ("超百亿", "过亿元").</summary>
    Exceeds,

    /// <summary>≥ a: 以上 不低于 至少 上百 ("5亿元以上", "上百亿元").</summary>
    AtLeast,

    /// <summary>≈ a: 约 左右 上下 ("约1800万元", "10亿元左右").</summary>
    About,

    /// <summary>≈ a, just below: 近 将近 接近 ("近40亿元").</summary>
    JustBelow,

    /// <summary>≤ a: 不超过 以下 以内 最多 ("不超过3亿元").</summary>
    AtMost,

    /// <summary>&lt; a: 不到 不足 低于 少于 ("不到1.9万台币").</summary>
    Below,

    /// <summary>[a, b]: "15亿至20亿元", "3-5亿元", "两三亿元".</summary>
    Range,

    /// <summary>(a, b): 多/余/几 after a number ("1000多万元", "十几亿元").</summary>
    OpenSpan,

    /// <summary>[a, b): 数/几 before a place, or a magnitude class ("数十亿元", "百亿级").</summary>
    VagueSpan,
}

/// <summary>Maps the fine <see cref="AmountBound"/> to the gold schema's <see cref="AmountQualifier"/>.</summary>
public static class AmountBoundExtensions
{
    /// <summary>超/以上/多 → AtLeast; 约/近/左右 → About; ranges → Range; 不超过/不到 → AtMost.</summary>
    public static AmountQualifier ToQualifier(this AmountBound bound) => bound switch
    {
        AmountBound.Exact => AmountQualifier.Exact,
        AmountBound.Exceeds or AmountBound.AtLeast or AmountBound.OpenSpan or AmountBound.VagueSpan => AmountQualifier.AtLeast,
        AmountBound.About or AmountBound.JustBelow => AmountQualifier.About,
        AmountBound.AtMost or AmountBound.Below => AmountQualifier.AtMost,
        AmountBound.Range => AmountQualifier.Range,
        _ => throw new ArgumentOutOfRangeException(nameof(bound), bound, null),
    };

    /// <summary>Whether Max is meaningful for this bound.</summary>
    internal static bool HasUpperBound(this AmountBound bound) =>
        bound is AmountBound.Range or AmountBound.OpenSpan or AmountBound.VagueSpan;

    /// <summary>The bound a numeral's own precision implies when no qualifier word is present.</summary>
    internal static AmountBound FromSpan(NumberSpan span) => span switch
    {
        NumberSpan.Range => AmountBound.Range,
        NumberSpan.OpenSpan => AmountBound.OpenSpan,
        NumberSpan.VagueSpan => AmountBound.VagueSpan,
        _ => AmountBound.Exact,
    };
}
