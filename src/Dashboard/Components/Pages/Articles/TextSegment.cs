namespace Dashboard.Components.Pages.Articles;

/// <summary>A run of the article text, the facts whose evidence covers all of it (none: plain text), and how it is shown.</summary>
internal sealed record TextSegment(int Start, string Text, IReadOnlyList<int> FactIds, TextLook Look = default);

/// <summary>Cuts an article's text at every evidence boundary, so that overlapping evidence highlights cleanly, and wherever its look changes.</summary>
internal static class TextSegments
{
    public static IReadOnlyList<TextSegment> Split(string text, IEnumerable<(int FactId, int Start, int Length)> spans, IReadOnlyList<TextLook>? looks = null)
    {
        var valid = spans.Where(s => s.Length > 0 && s.Start >= 0 && s.Start + s.Length <= text.Length).ToList();
        var lookCuts = looks is null ? [] : Enumerable.Range(1, Math.Max(0, text.Length - 1)).Where(i => looks[i] != looks[i - 1]);
        var cuts = valid.SelectMany(s => new[] { s.Start, s.Start + s.Length }).Concat(lookCuts).Append(0).Append(text.Length).Distinct().Order().ToList();
        var segments = new List<TextSegment>();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (start, end) = (cuts[i], cuts[i + 1]);
            var ids = valid.Where(s => s.Start <= start && end <= s.Start + s.Length).Select(s => s.FactId).Distinct().ToList();
            segments.Add(new TextSegment(start, text[start..end], ids, looks is null ? TextLook.Plain : looks[start]));
        }

        return segments;
    }
}
