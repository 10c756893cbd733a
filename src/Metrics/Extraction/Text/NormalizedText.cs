namespace Metrics.Extraction.Text;

/// <summary>A text prepared for matching (<see cref="Text"/>) together with the text it came from
/// (<see cref="Original"/>) and the offset of every normalised character in the original, so a match
/// found in <see cref="Text"/> can be reported as evidence cut from <see cref="Original"/>.</summary>
/// <remarks>Every character of <see cref="Text"/> comes from exactly one character of
/// <see cref="Original"/>, possibly converted (full-width to ASCII, traditional to simplified,
/// <c>\r\n</c> to <c>\n</c>); offsets only grow. Made by <see cref="TextNormalizer.Normalize"/>.</remarks>
public sealed class NormalizedText
{
    // originalIndex[i] is where Text[i] came from; originalIndex[Text.Length] is Original.Length.
    // The array may be longer than Text.Length + 1: the normaliser sizes it before it knows the length.
    private readonly int[] originalIndex;

    internal NormalizedText(string original, string text, int[] originalIndex)
    {
        Original = original;
        Text = text;
        this.originalIndex = originalIndex;
        originalIndex[text.Length] = original.Length;
    }

    /// <summary>The text exactly as it was given.</summary>
    public string Original { get; }

    /// <summary>The normalised text that rules match on.</summary>
    public string Text { get; }

    /// <summary>The index in <see cref="Original"/> of the character at <paramref name="normalizedIndex"/>
    /// in <see cref="Text"/>; <c>Text.Length</c> maps to <c>Original.Length</c>, so end offsets map too.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside 0..<c>Text.Length</c>.</exception>
    public int ToOriginal(int normalizedIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(normalizedIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(normalizedIndex, Text.Length);
        return originalIndex[normalizedIndex];
    }

    /// <summary>The span of <see cref="Original"/> that covers the span
    /// [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of <see cref="Text"/>:
    /// from the original of its first character to the end of the original of its last, including what
    /// normalisation dropped in between (a joined line break, collapsed spaces).</summary>
    /// <remarks>A line break that was <c>\r\n</c> is covered whole, and so is a surrogate pair cut by the span.
    /// An empty span maps to an empty span at the original of <paramref name="start"/>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The span is not inside <see cref="Text"/>.</exception>
    public (int Start, int Length) ToOriginalSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Text.Length - start);

        var first = originalIndex[start];
        if (length == 0)
        {
            return (first, 0);
        }

        var last = originalIndex[start + length - 1];
        var end = last + 1;
        if (end < Original.Length
            && ((Original[last] == '\r' && Original[end] == '\n')
                || (char.IsHighSurrogate(Original[last]) && char.IsLowSurrogate(Original[end]))))
        {
            end++;
        }

        if (first > 0 && char.IsLowSurrogate(Original[first]) && char.IsHighSurrogate(Original[first - 1]))
        {
            first--;
        }

        return (first, end - first);
    }

    /// <summary>The evidence for a span of <see cref="Text"/>: the piece of <see cref="Original"/> that
    /// <see cref="ToOriginalSpan"/> covers.</summary>
    public string OriginalSlice(int start, int length)
    {
        var (originalStart, originalLength) = ToOriginalSpan(start, length);
        return Original.Substring(originalStart, originalLength);
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
