namespace Metrics.Extraction.Text;

/// <summary>Splits a text into <see cref="Sentence"/>s at <c>。！？!?</c> and at line breaks.</summary>
/// <remarks>Closing quotes and brackets after the sentence end stay with the sentence (<c>……。”</c>).
/// Semicolons never end a sentence: <see cref="ClauseSplitter"/> cuts there. Run it on
/// <see cref="NormalizedText.Text"/>, so that layout breaks inside sentences are already gone.</remarks>
public static class SentenceSplitter
{
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
        var i = 0;
        while (i < text.Length)
        {
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
                if (atLineStart)
                {
                    paragraph++;
                    atLineStart = false;
                }
            }

            i++;
            if (ChineseCharacters.IsSentenceEnd(c))
            {
                while (i < text.Length && (ChineseCharacters.IsSentenceEnd(text[i]) || ChineseCharacters.IsClosing(text[i])))
                {
                    i++;
                }

                Add(sentences, text, start, i, paragraph);
                start = -1;
            }
        }

        Add(sentences, text, start, text.Length, paragraph);
        return sentences;
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
