namespace Metrics.Extraction.Text;

/// <summary>One line of the original text and what the normaliser needs to know about it before it
/// decides whether the break after it is a paragraph or page layout.</summary>
/// <param name="Start">Index of the line's first character.</param>
/// <param name="End">Index just past the line's last character, before its line break.</param>
/// <param name="BreakLength">Length of the line break after it: 0 at the end of the text, 1 for
/// <c>\n</c> or <c>\r</c>, 2 for <c>\r\n</c>.</param>
/// <param name="ContentStart">Index of the first character that is not blank, after any Markdown
/// heading marks; equals <paramref name="ContentEnd"/> for a blank line.</param>
/// <param name="ContentEnd">Index just past the last character that is not blank.</param>
/// <param name="IsMarkdownHeading">The line starts with one to six <c>#</c> and a space.</param>
/// <param name="IsIndented">The line starts with a tab, an ideographic space or two spaces: a paragraph
/// indent, so the line opens a paragraph.</param>
/// <param name="ReadsAsProse">The line has a comma, enumeration comma, semicolon or sentence end
/// outside any quotation closed on the same line. Titles, bylines, datelines and page furniture do not.</param>
internal readonly record struct TextLine(
    int Start,
    int End,
    int BreakLength,
    int ContentStart,
    int ContentEnd,
    bool IsMarkdownHeading,
    bool IsIndented,
    bool ReadsAsProse)
{
    public bool IsBlank => ContentStart == ContentEnd;
}
