namespace Metrics.Extraction.Numbers;

/// <summary>A numeral found in a text.</summary>
/// <param name="Start">Offset of the first character in the text.</param>
/// <param name="Length">Number of characters; <c>text.Substring(Start, Length) == Text</c>.</param>
/// <param name="Text">The surface, e.g. "1000多万".</param>
/// <param name="Value">The value, or the lower bound when <see cref="Span"/> is not <see cref="NumberSpan.Exact"/>.</param>
/// <param name="Max">The upper bound of a range or span ("1000多万" → 20000000), else null.</param>
/// <param name="Span">How precisely the numeral names its value.</param>
public sealed record NumberMatch(int Start, int Length, string Text, decimal Value, decimal? Max, NumberSpan Span);
