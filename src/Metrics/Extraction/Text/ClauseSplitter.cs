using System.Buffers;
using Metrics.Extraction.Budget;

namespace Metrics.Extraction.Text;

/// <summary>Splits a sentence into <see cref="Clause"/>s at <c>,，;；:：</c>.</summary>
/// <remarks>
/// The enumeration comma <c>、</c> does not split: <c>签约、开工、竣工</c> is one list in one clause.
/// Nothing splits inside quotation marks, title marks or brackets (<c>“建设大门户,同建共富路”</c>),
/// unless they do not pair up within the sentence, in which case they are ignored. A comma or colon
/// between two ASCII digits (<c>1,000</c>, <c>09:28</c>) is part of a number, not a separator.
/// The sentence's end punctuation stays in its last clause.
/// </remarks>
public static class ClauseSplitter
{
    private const string SeparatorCharacters = ",，;；:：";
    private const string BracketCharacters = "“”‘’「」『』《》()（）【】";

    // Most characters of a sentence are ideographs that concern nobody: let a vectorised search skip them.
    private static readonly SearchValues<char> Separators = SearchValues.Create(SeparatorCharacters);
    private static readonly SearchValues<char> SeparatorsAndBrackets = SearchValues.Create(SeparatorCharacters + BracketCharacters);
    private static readonly SearchValues<char> Brackets = SearchValues.Create(BracketCharacters);

    /// <summary>The clauses of <paramref name="sentence"/>, with offsets into the text the sentence came from.</summary>
    public static IReadOnlyList<Clause> Split(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Split(sentence.Text, sentence.Start);
    }

    /// <summary>The clauses of <paramref name="text"/>, taken as one sentence, with offsets into it.</summary>
    public static IReadOnlyList<Clause> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text, 0);
    }

    private static List<Clause> Split(string text, int offset)
    {
        var clauses = new List<Clause>();
        var stops = QuotesPairUp(text) ? SeparatorsAndBrackets : Separators;
        var depth = 0;
        var start = 0;
        var i = text.AsSpan().IndexOfAny(stops);
        while (i >= 0)
        {
            ExtractionBudget.Step();
            var c = text[i];
            if (IsOpener(c))
            {
                depth++;
            }
            else if (IsCloser(c))
            {
                depth--;
            }
            else if (depth == 0 && IsSeparator(text, i))
            {
                Add(clauses, text, start, i, offset);
                start = i + 1;
            }

            var next = text.AsSpan(i + 1).IndexOfAny(stops);
            i = next < 0 ? -1 : i + 1 + next;
        }

        Add(clauses, text, start, text.Length, offset);
        return clauses;
    }

    private static bool IsSeparator(string text, int i) => text[i] switch
    {
        '，' or '；' or ';' or '：' => true,
        ',' or ':' => !(i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])),
        _ => false,
    };

    private static bool IsOpener(char c) => c is '“' or '‘' or '「' or '『' or '《' or '(' or '（' or '【';

    private static bool IsCloser(char c) => c is '”' or '’' or '」' or '』' or '》' or ')' or '）' or '】';

    private static bool QuotesPairUp(string text)
    {
        if (!text.AsSpan().ContainsAny(Brackets))
        {
            return true;
        }

        var depth = 0;
        foreach (var c in text)
        {
            if (IsOpener(c))
            {
                depth++;
            }
            else if (IsCloser(c) && --depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    private static void Add(List<Clause> clauses, string text, int start, int end, int offset)
    {
        while (start < end && CharacterFolding.IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && CharacterFolding.IsBlank(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            clauses.Add(new Clause(offset + start, end - start, text.Substring(start, end - start)));
        }
    }
}
