
using Metrics.Facts;

namespace Metrics.Extraction.Projects;

/// <summary>The stage words of <c>stage-words.tsv</c>, loaded once; longest match wins (竣工投产 over 竣工).</summary>
internal static class StageVocabulary
{
    private static readonly Lazy<(string Word, ProjectStage Stage)[]> LazyWords = new(() =>
        [.. ExtractionTable.Read("stage-words.tsv")
            .Select(r => (r["word"], Enum.Parse<ProjectStage>(r["stage"], ignoreCase: true)))
            .OrderByDescending(w => w.Item1.Length)]);

    // Most characters start no stage word: one table look-up skips them (the scan runs at every character).
    private static readonly Lazy<bool[]> LazyFirstChars = new(() =>
    {
        var table = new bool[char.MaxValue + 1];
        foreach (var (word, _) in LazyWords.Value)
        {
            table[word[0]] = true;
        }

        return table;
    });

    /// <summary>The longest stage word starting at <paramref name="index"/>, or null.</summary>
    public static (string Word, ProjectStage Stage)? At(string text, int index)
    {
        if (!LazyFirstChars.Value[text[index]])
        {
            return null;
        }

        foreach (var entry in LazyWords.Value)
        {
            if (index + entry.Word.Length <= text.Length && string.CompareOrdinal(text, index, entry.Word, 0, entry.Word.Length) == 0)
            {
                return entry;
            }
        }

        return null;
    }
}
