namespace Metrics.Extraction.Text;

/// <summary>Decides whether a line break is one that page layout put inside a sentence
/// (<c>当前,站在\n\n决战决胜</c>), which the normalised text drops, or a real paragraph break.</summary>
/// <remarks>Conservative: a wrong join glues a title or a dateline to the first sentence, which can hand
/// that sentence a wrong date, while a missed join only cuts one sentence in two. In the dev corpus
/// every layout break had at most one blank line and prose on both sides; titles, bylines, datelines
/// and navigation lines have no comma, and indented lines open paragraphs.</remarks>
internal static class LayoutBreaks
{
    private const int MaxBlankLinesInside = 1;

    /// <summary>Whether the break between <paramref name="before"/> and <paramref name="after"/>, with
    /// <paramref name="blankLinesBetween"/> blank lines in between, falls inside a sentence.</summary>
    public static bool JoinsSentence(string text, in TextLine before, in TextLine after, int blankLinesBetween) =>
        blankLinesBetween <= MaxBlankLinesInside
        && !before.IsBlank
        && !after.IsBlank
        && !before.IsMarkdownHeading
        && !after.IsMarkdownHeading
        && before.ReadsAsProse
        && after.ReadsAsProse
        && !after.IsIndented
        && EndsMidSentence(text[before.ContentEnd - 1])
        && ContinuesSentence(text[after.ContentStart]);

    // Sentence-final punctuation (。！？!?；;：:) never joins. A comma or enumeration comma at the end of a
    // line cannot end a title either, and the dev corpus has "振奋精神、\n\n奋起直追".
    private static bool EndsMidSentence(char last) =>
        ChineseCharacters.IsIdeograph(last) || ChineseCharacters.IsDigit(last) || last is '、' or ',' or '，';

    private static bool ContinuesSentence(char first) =>
        ChineseCharacters.IsIdeograph(first) || ChineseCharacters.IsDigit(first) || ChineseCharacters.IsOpeningQuote(first);
}
