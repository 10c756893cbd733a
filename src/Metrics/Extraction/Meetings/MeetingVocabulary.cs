
using Metrics.Facts;

namespace Metrics.Extraction.Meetings;

/// <summary>The meeting words of <c>meeting-heads.tsv</c> and <c>meeting-names.tsv</c>, loaded once.</summary>
internal static partial class MeetingVocabulary
{
    private static readonly Lazy<string[]> LazyHeads = new(() =>
        [.. ExtractionTable.Read("meeting-heads.tsv").Select(r => r["head"]).OrderByDescending(h => h.Length)]);

    private static readonly Lazy<(string Cue, string Where, MeetingKind Kind)[]> LazyKinds = new(() =>
        [.. ExtractionTable.Read("meeting-names.tsv").Select(r => (r["cue"], r["where"], ParseKind(r["kind"])))]);

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

    /// <summary>
    /// The kind a meeting's full name makes: the first cue of the table found in it. A cue of
    /// parts (政协+常委会) matches its parts in order with anything between (市政协十五届三次常委会会议).
    /// </summary>
    public static MeetingKind KindOf(string name)
    {
        foreach (var (cue, where, kind) in LazyKinds.Value)
        {
            if (where switch
            {
                "head" => name.EndsWith(cue, StringComparison.Ordinal),
                "parts" => HasPartsInOrder(name, cue.Split('+')),
                _ => name.Contains(cue, StringComparison.Ordinal),
            })
            {
                return kind;
            }
        }

        return MeetingKind.Other;
    }

    private static bool HasPartsInOrder(string name, string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            at = name.IndexOf(part, at, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += part.Length;
        }

        return true;
    }

    /// <summary>第二次全体会议 alone is a sitting of the session named before it, not a meeting of its own.</summary>
    public static bool IsSittingOfAnother(string name) =>
        WithoutSessionNumbers(name) is "全体会议" or "全体(扩大)会议";

    private static string WithoutSessionNumbers(string name) => SessionNumber().Replace(name, string.Empty);

    [System.Text.RegularExpressions.GeneratedRegex("第?[一二三四五六七八九十百零〇0-9]+(?:届|次)")]
    private static partial System.Text.RegularExpressions.Regex SessionNumber();

    private static MeetingKind ParseKind(string value) =>
        Enum.Parse<MeetingKind>(value.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);
}
