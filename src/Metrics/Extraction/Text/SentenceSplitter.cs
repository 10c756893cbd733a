using Metrics.Extraction.Budget;

namespace Metrics.Extraction.Text;

/// <summary>Splits a text into <see cref="Sentence"/>s at <c>。！？!?</c>, at <c>……</c> before a span such as 今年以来, and at line breaks.</summary>
/// <remarks>Closing quotes and brackets after the sentence end stay with the sentence (<c>……。”</c>).
/// Semicolons never end a sentence: <see cref="ClauseSplitter"/> cuts there. Run it on
/// <see cref="NormalizedText.Text"/>, so that layout breaks inside sentences are already gone.</remarks>
public static class SentenceSplitter
{
    /// <summary>
    /// A run-on longer than this (a page whose sentence ends were lost) ends at its next comma or
    /// semicolon, so every rule that reads a sentence costs a bounded span: real sentences, even
    /// long project lists, stay well below it.
    /// </summary>
    public const int MaxSentenceLength = 2_000;

    /// <summary>A line longer than this is counted as several paragraphs, cut at sentence ends, for the same reason.</summary>
    public const int MaxParagraphLength = 20_000;

    /// <summary>The sentences of <paramref name="text"/>'s <see cref="NormalizedText.Text"/>, with offsets into
    /// it; map them back with <see cref="NormalizedText.ToOriginalSpan"/>.</summary>
    public static IReadOnlyList<Sentence> Split(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text.Text);
    }

    /// <summary>The sentences of <paramref name="text"/>, with offsets into it.</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var sentences = new List<Sentence>(text.Length / 40 + 1);
        var paragraph = -1;
        var atLineStart = true;
        var start = -1;
        var paragraphStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            ExtractionBudget.Step();
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(sentences, text, start, i, paragraph);
                start = -1;
                atLineStart = true;
                i++;
                continue;
            }

            if (start < 0)
            {
                if (CharacterFolding.IsBlank(c))
                {
                    i++;
                    continue;
                }

                start = i;
                if (atLineStart || i - paragraphStart >= MaxParagraphLength)
                {
                    paragraph++;
                    paragraphStart = i;
                    atLineStart = false;
                }
            }

            i++;
            // 南通兴安源…项目开工……今年以来,…: an ellipsis before a new summary's span ends the sentence
            // (总投资83.2亿元……项目共16个 goes on).
            if (c == '…' && i + 1 < text.Length && text[i] == '…' && OpensWithATime(text, i + 1))
            {
                i++;
                Add(sentences, text, start, i, paragraph);
                start = -1;
                continue;
            }

            if (ChineseCharacters.IsSentenceEnd(c))
            {
                while (i < text.Length && (ChineseCharacters.IsSentenceEnd(text[i]) || ChineseCharacters.IsClosing(text[i])))
                {
                    i++;
                }

                Add(sentences, text, start, i, paragraph);
                start = -1;
            }
            else if (i - start >= MaxSentenceLength && ChineseCharacters.IsClauseBreak(c))
            {
                Add(sentences, text, start, i, paragraph);
                start = -1;
            }
        }

        Add(sentences, text, start, text.Length, paragraph);
        return sentences;
    }

    // Openers of a new summary: 7月的海安,正掀起… after a list still sets that list's scene.
    private static readonly string[] TimeOpenings = ["今年", "去年", "近年", "年初以来", "截至", "目前", "当前"];

    private static bool OpensWithATime(string text, int at)
    {
        foreach (var opening in TimeOpenings)
        {
            if (at + opening.Length <= text.Length && string.CompareOrdinal(text, at, opening, 0, opening.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end, int paragraph)
    {
        if (start < 0)
        {
            return;
        }

        while (end > start && CharacterFolding.IsBlank(text[end - 1]))
        {
            end--;
        }

        sentences.Add(new Sentence(start, end - start, text.Substring(start, end - start), paragraph));
    }
}
