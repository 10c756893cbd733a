namespace Metrics.Extraction.Text;

/// <summary>A sentence of a text: a span that ends at <c>。！？!?</c> (with the closing quotes and brackets
/// after it) or at a line break.</summary>
/// <param name="Start">Offset of the sentence's first character in the text that was split.</param>
/// <param name="Length">Length in UTF-16 characters; surrounding blanks are not included.</param>
/// <param name="Text">The sentence itself.</param>
/// <param name="ParagraphIndex">Zero-based index of the paragraph (a line with text on it) holding the sentence.</param>
public sealed record Sentence(int Start, int Length, string Text, int ParagraphIndex)
{
    /// <summary>Offset just past the sentence's last character.</summary>
    public int End => Start + Length;
}
