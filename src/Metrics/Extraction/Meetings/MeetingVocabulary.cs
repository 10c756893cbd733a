using Metrics.Extraction.Facts;

namespace Metrics.Extraction.Meetings;

/// <summary>The meeting words of <c>meeting-heads.tsv</c> and <c>meeting-names.tsv</c>, loaded once.</summary>
internal static class MeetingVocabulary
{
    private static readonly Lazy<string[]> LazyHeads = new(() =>
        [.. ExtractionTable.Read("meeting-heads.tsv").Select(r => r["head"]).OrderByDescending(h => h.Length)]);

    private static readonly Lazy<(string Cue, bool Head, MeetingKind Kind)[]> LazyKinds = new(() =>
        [.. ExtractionTable.Read("meeting-names.tsv").Select(r => (r["cue"], r["where"] == "head", ParseKind(r["kind"])))]);

    /// <summary>Words that end a meeting's name, longest first.</summary>
    public static IReadOnlyList<string> Heads => LazyHeads.Value;

    // Most characters start no head word: one table look-up skips them (the scan runs at every character).
    private static readonly Lazy<bool[]> LazyFirstChars = new(() =>
    {
        var table = new bool[char.MaxValue + 1];
        foreach (var head in LazyHeads.Value)
        {
            table[head[0]] = true;
        }

        return table;
    });

    /// <summary>The longest head word starting at <paramref name="index"/>, or null.</summary>
    public static string? HeadAt(string text, int index)
    {
        if (!LazyFirstChars.Value[text[index]])
        {
            return null;
        }

        foreach (var head in Heads)
        {
            if (string.CompareOrdinal(text, index, head, 0, head.Length) == 0)
            {
                return head;
            }
        }

        return null;
    }

    /// <summary>The kind a meeting's full name makes: the first cue of the table found in it.</summary>
    public static MeetingKind KindOf(string name)
    {
        foreach (var (cue, head, kind) in LazyKinds.Value)
        {
            if (head ? name.EndsWith(cue, StringComparison.Ordinal) : name.Contains(cue, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return MeetingKind.Other;
    }

    private static MeetingKind ParseKind(string value) =>
        Enum.Parse<MeetingKind>(value.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);
}
