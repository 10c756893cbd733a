
using Metrics.Extraction.Numbers;
using Metrics.Facts;

namespace Metrics.Extraction.Projects;

/// <summary>The stage words of <c>stage-words.tsv</c>, loaded once; longest match wins (竣工投产 over 竣工).</summary>
internal static class StageVocabulary
{
    private sealed record StageWord(string Word, ProjectStage Stage, string[] NotAfter, string[] NotBefore, string[] Needs);

    private static readonly Lazy<StageWord[]> LazyWords = new(() =>
        [.. ExtractionTable.Read("stage-words.tsv")
            .Select(r => new StageWord(r["word"], Enum.Parse<ProjectStage>(r["stage"], ignoreCase: true), Words(r, "not_after"), Words(r, "not_before"), Words(r, "needs")))
            .OrderByDescending(w => w.Word.Length)]);

    // Most characters start no stage word: one table look-up skips them (the scan runs at every character).
    private static readonly Lazy<bool[]> LazyFirstChars = new(() =>
    {
        var table = new bool[char.MaxValue + 1];
        foreach (var entry in LazyWords.Value)
        {
            table[entry.Word[0]] = true;
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
                // 推动项目落地, 落地见效: the word used as a noun or a goal, not the event.
                return IsGuarded(text, index, entry) ? null : (entry.Word, entry.Stage);
            }
        }

        return null;
    }

    /// <summary>Whether a stage word starts anywhere in <paramref name="from"/>..<paramref name="to"/>.</summary>
    public static bool StartsIn(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            Budget.ExtractionBudget.Step();
            if (At(text, i) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // Loops, not lambdas: this runs at every character that may start a stage word.
    private static bool IsGuarded(string text, int index, StageWord entry)
    {
        foreach (var word in entry.NotAfter)
        {
            if (TextScan.EndsAt(text, index, word))
            {
                return true;
            }
        }

        foreach (var word in entry.NotBefore)
        {
            if (TextScan.At(text, index + entry.Word.Length, word))
            {
                return true;
            }
        }

        return entry.Needs.Length > 0 && !NeedFollows(text, index + entry.Word.Length, entry.Needs);
    }

    // How far after the stage word, within its clause, a needed word may stand (引进上海企业投资项目).
    private const int NeedsReach = 16;

    private static bool NeedFollows(string text, int from, string[] needs)
    {
        var end = Math.Min(text.Length, from + NeedsReach);
        for (var i = from; i < end && !TextScan.IsClauseBoundary(text, i); i++)
        {
            foreach (var need in needs)
            {
                if (TextScan.At(text, i, need))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string[] Words(IReadOnlyDictionary<string, string> row, string column) =>
        row.GetValueOrDefault(column) is { Length: > 0 } words ? words.Split(',') : [];
}
