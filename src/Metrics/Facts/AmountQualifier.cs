namespace Metrics.Facts;

/// <summary>
/// The gold schema's qualifier of an amount or a count (GOLD_SCHEMA.md, project_event).
/// <see cref="Extraction.Numbers.AmountBound"/> keeps the finer distinction the tricky-case table writes.
/// </summary>
public enum AmountQualifier
{
    /// <summary>"83.2亿元".</summary>
    Exact,

    /// <summary>超 超过 逾 过 突破 以上 不低于 至少 上百, and open spans from 多/余/几/数 ("1000多万元").</summary>
    AtLeast,

    /// <summary>约 左右 近 将近.</summary>
    About,

    /// <summary>"15亿至20亿元", "两三亿元": Value is the lower bound, Max the upper.</summary>
    Range,

    /// <summary>不超过 以下 以内 不到 (the gold schema has no such qualifier yet).</summary>
    AtMost,
}

/// <summary>Names of <see cref="AmountQualifier"/> as the gold JSON writes them.</summary>
public static class AmountQualifierExtensions
{
    /// <summary>"exact", "at_least", "about", "range" or "at_most".</summary>
    public static string ToSchemaName(this AmountQualifier qualifier) => qualifier switch
    {
        AmountQualifier.Exact => "exact",
        AmountQualifier.AtLeast => "at_least",
        AmountQualifier.About => "about",
        AmountQualifier.Range => "range",
        AmountQualifier.AtMost => "at_most",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };
}
