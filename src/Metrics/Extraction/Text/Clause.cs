namespace Metrics.Extraction.Text;

/// <summary>A clause of a sentence: a span between commas, semicolons or colons.</summary>
/// <param name="Start">Offset of the clause's first character in the text the sentence came from.</param>
/// <param name="Length">Length in UTF-16 characters, without the separators and blanks around it.</param>
/// <param name="Text">The clause itself.</param>
public sealed record Clause(int Start, int Length, string Text)
{
    /// <summary>Offset just past the clause's last character.</summary>
    public int End => Start + Length;
}
