using Metrics.Extraction.Budget;

namespace Metrics.Extraction.Numbers;

/// <summary>
/// Character-level helpers shared by the number, money, count and role scanners. All word
/// comparisons fold the text with <see cref="HanFold"/>; vocabulary words are simplified.
/// </summary>
internal static class TextScan
{
    /// <summary>True when <paramref name="word"/> occurs in <paramref name="text"/> at <paramref name="index"/>.</summary>
    public static bool At(string text, int index, string word)
    {
        if (index < 0 || index + word.Length > text.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (HanFold.Fold(text[index + k]) != word[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when any of <paramref name="words"/> occurs in <paramref name="span"/> (exact, not folded).</summary>
    public static bool ContainsAny(ReadOnlySpan<char> span, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (span.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="word"/> ends exactly at <paramref name="end"/> (exclusive).</summary>
    public static bool EndsAt(string text, int end, string word) => At(text, end - word.Length, word);

    /// <summary>Spaces that may sit inside an amount ("約 213.6 億元"); never a line break.</summary>
    public static bool IsInlineSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u3000';

    /// <summary>Skips at most two inline spaces forward from <paramref name="index"/>.</summary>
    public static int SkipSpaces(string text, int index)
    {
        var limit = Math.Min(text.Length, index + 2);
        while (index < limit && IsInlineSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>Skips at most two inline spaces backward: returns the new exclusive end.</summary>
    public static int SkipSpacesBack(string text, int end)
    {
        var limit = Math.Max(0, end - 2);
        while (end > limit && IsInlineSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// Clause boundaries: "项目总投资1.2亿，占地50亩，亩均税收50万元" has three clauses. An ASCII
    /// comma between digits ("1,200万元") is a thousands separator, not a boundary.
    /// </summary>
    public static bool IsClauseBoundary(string text, int index)
    {
        var c = text[index];
        if (c == ',')
        {
            return !(index > 0 && index + 1 < text.Length && IsAsciiDigit(text[index - 1]) && IsAsciiDigit(text[index + 1]));
        }

        return c is '，' or '。' or '；' or ';' or '！' or '!' or '？' or '?' or '\n' or '\r' or '﹔' or '﹐' or '｡';
    }

    /// <summary>Sentence boundaries, the scope of a "其中" breakdown.</summary>
    public static bool IsSentenceBoundary(char c) =>
        c is '。' or '；' or ';' or '！' or '!' or '？' or '?' or '\n' or '\r' or '﹔' or '｡';

    /// <summary>
    /// Start of the part of the sentence (from <paramref name="sentenceStart"/>) that holds <paramref name="position"/>:
    /// right after its last 「;」 before the position (3月2日,项目签约落户;4月,项目开工建设).
    /// </summary>
    public static int PartStart(string text, int sentenceStart, int position)
    {
        var semicolon = position > sentenceStart ? text.LastIndexOfAny([';', '；'], position - 1, position - sentenceStart) : -1;
        return semicolon < 0 ? sentenceStart : semicolon + 1;
    }

    /// <summary>Start of the clause that contains <paramref name="index"/>, looking back at most <paramref name="maxChars"/>.</summary>
    public static int ClauseStart(string text, int index, int maxChars)
    {
        var limit = Math.Max(0, index - maxChars);
        var i = index;
        while (i > limit && !IsClauseBoundary(text, i - 1))
        {
            ExtractionBudget.Step();
            i--;
        }

        return i;
    }

    /// <summary>End (exclusive) of the clause that contains <paramref name="index"/>, looking ahead at most <paramref name="maxChars"/>.</summary>
    public static int ClauseEnd(string text, int index, int maxChars)
    {
        var limit = Math.Min(text.Length, index + maxChars);
        var i = index;
        while (i < limit && !IsClauseBoundary(text, i))
        {
            ExtractionBudget.Step();
            i++;
        }

        return i;
    }

    /// <summary>ASCII or full-width digit.</summary>
    public static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    /// <summary>A CJK ideograph (BMP unified block and extension A).</summary>
    public static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');
}
