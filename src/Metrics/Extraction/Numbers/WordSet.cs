namespace Metrics.Extraction.Numbers;

/// <summary>
/// A small vocabulary indexed by first and by last character, so that "which word starts
/// (or ends) here" costs one array lookup and a few comparisons, whatever the vocabulary size.
/// Matching folds the text with <see cref="HanFold"/>; words are simplified.
/// </summary>
internal sealed class WordSet
{
    private readonly Dictionary<char, string[]> byFirst;
    private readonly Dictionary<char, string[]> byLast;

    public WordSet(IEnumerable<string> words)
    {
        Words = [.. words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length)];
        byFirst = Words.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
        byLast = Words.GroupBy(w => w[^1]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>All words, longest first.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The longest word that starts at <paramref name="index"/>, or null.</summary>
    public string? LongestAt(string text, int index)
    {
        if (index >= text.Length || !byFirst.TryGetValue(HanFold.Fold(text[index]), out var candidates))
        {
            return null;
        }

        foreach (var word in candidates)
        {
            if (TextScan.At(text, index, word))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>The longest word that ends at <paramref name="end"/> (exclusive), or null.</summary>
    public string? LongestEndingAt(string text, int end)
    {
        if (end <= 0 || end > text.Length || !byLast.TryGetValue(HanFold.Fold(text[end - 1]), out var candidates))
        {
            return null;
        }

        foreach (var word in candidates)
        {
            if (TextScan.EndsAt(text, end, word))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Whether some word starts with <paramref name="c"/> (folded).</summary>
    public bool MayStartWith(char c) => byFirst.ContainsKey(HanFold.Fold(c));

    /// <summary>Whether some word ends with <paramref name="c"/> (folded).</summary>
    public bool MayEndWith(char c) => byLast.ContainsKey(HanFold.Fold(c));
}
