using Metrics.Facts;

namespace Metrics.Extraction.Numbers;

/// <summary>A count of things: "16个", "540多个", "20多家", "一批".</summary>
/// <param name="Start">Offset of the first character, including a qualifier before the number ("超", "近").</param>
/// <param name="Length">Length of the surface; <c>text.Substring(Start, Length) == Text</c>.</param>
/// <param name="Text">The surface, e.g. "540多个".</param>
/// <param name="Value">The count, or the lower bound of a span or range.</param>
/// <param name="Max">Upper bound of a span or range ("540多个" → 550), else null.</param>
/// <param name="Unit">The measure word, simplified: 个, 项, 家 or 批 (個 reads as 个).</param>
/// <param name="Bound">How the true count relates to Value and Max.</param>
public sealed record CountMention(int Start, int Length, string Text, long Value, long? Max, string Unit, AmountBound Bound)
{
    /// <summary>The gold schema's qualifier: "540多个" → AtLeast.</summary>
    public AmountQualifier Qualifier => Bound.ToQualifier();

    /// <summary>Exclusive end offset.</summary>
    public int End => Start + Length;
}
