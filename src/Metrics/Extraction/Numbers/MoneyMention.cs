using Metrics.Facts;

namespace Metrics.Extraction.Numbers;

/// <summary>
/// An amount of money found in a text, normalised to units of its currency.
/// </summary>
/// <example>
/// "总投资额超百亿" → Text "超百亿", Value 10000000000, Currency CNY (implied),
/// Bound Exceeds, Qualifier AtLeast.
/// </example>
public sealed record MoneyMention
{
    /// <summary>Offset of the first character, including a qualifier or currency before the number ("约", "人民币").</summary>
    public required int Start { get; init; }

    /// <summary>Length of the surface; <c>text.Substring(Start, Length) == Text</c>.</summary>
    public required int Length { get; init; }

    /// <summary>The surface, e.g. "约1800万元", "15亿至20亿元", "50万元（含）以上".</summary>
    public required string Text { get; init; }

    /// <summary>The number and its currency without qualifiers ("3000万美元" in "超3000万美元"), for the gold field investment_original.</summary>
    public required string CoreText { get; init; }

    /// <summary>The amount in units of <see cref="Currency"/>; the lower bound of a range or span.</summary>
    public required decimal Value { get; init; }

    /// <summary>Upper bound of a range, span or magnitude class ("1000多万元" → 20000000), else null.</summary>
    public decimal? Max { get; init; }

    /// <summary>ISO 4217 code: CNY, USD, HKD, EUR, JPY…</summary>
    public required string Currency { get; init; }

    /// <summary>True when the text writes no currency and 元 is implied ("超百亿", "总投资1.2亿").</summary>
    public bool IsCurrencyImplied { get; init; }

    /// <summary>How the true amount relates to Value and Max (the tricky-case table's notation).</summary>
    public required AmountBound Bound { get; init; }

    /// <summary>The gold schema's qualifier: 超/以上/多 → AtLeast, 约/近/左右 → About, ranges → Range.</summary>
    public AmountQualifier Qualifier => Bound.ToQualifier();

    /// <summary>The unit of a rate: "年" in "1.5亿元/年", "股" in "每股1.95港元"; null for a stock amount.</summary>
    public string? Per { get; init; }

    /// <summary>True for a rate ("1.5亿元/年"), which must not be read as a total.</summary>
    public bool IsRate => Per is not null;

    /// <summary>A magnitude class, not an amount: "百亿级" → [1e10, 1e11).</summary>
    public bool IsMagnitudeClass { get; init; }

    /// <summary>
    /// The amount names a class of projects by size, not an amount: "超10亿元项目3个",
    /// "5亿元以上项目开工7个", "集中签约亿元以上项目28个".
    /// </summary>
    public bool IsThreshold { get; init; }

    /// <summary>Exclusive end offset.</summary>
    public int End => Start + Length;
}
