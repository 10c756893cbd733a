namespace Dashboard.Presentation.Evidence;

/// <summary>An evidence sentence with the text around it in its article, for showing it highlighted in place.</summary>
/// <param name="Before">The sentence before (may start with "…"), or empty.</param>
/// <param name="Evidence">The evidence exactly as the article has it.</param>
/// <param name="After">The sentence after (may end with "…"), or empty.</param>
public sealed record EvidenceContext(string Before, string Evidence, string After)
{
    private const int Reach = 160;
    private const int Fallback = 80;
    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?', '\n'];

    /// <summary>
    /// Cuts the context out of <paramref name="text"/>: from the start of the sentence before the
    /// evidence to the end of the sentence after it, each side at most about 160 characters. When
    /// the offsets do not point at <paramref name="evidence"/> (the text changed), the evidence stands alone.
    /// </summary>
    public static EvidenceContext Cut(string text, string evidence, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(evidence);
        if (start < 0 || length != evidence.Length || start + length > text.Length || string.CompareOrdinal(text, start, evidence, 0, length) != 0)
        {
            return new EvidenceContext("", evidence, "");
        }

        var end = start + length;
        return new EvidenceContext(BeforeOf(text, start), evidence, AfterOf(text, end));
    }

    private static string BeforeOf(string text, int start)
    {
        if (start == 0)
        {
            return "";
        }

        // Skip the end of the sentence just before the evidence, then find where that sentence starts.
        var searchFrom = start - 2;
        var limit = Math.Max(0, start - Reach);
        for (var i = searchFrom; i >= limit; i--)
        {
            if (Array.IndexOf(SentenceEnds, text[i]) >= 0)
            {
                return text[(i + 1)..start].TrimStart();
            }
        }

        return limit == 0 ? text[..start] : "…" + text[Math.Max(0, start - Fallback)..start];
    }

    private static string AfterOf(string text, int end)
    {
        if (end >= text.Length)
        {
            return "";
        }

        var limit = Math.Min(text.Length, end + Reach);
        for (var i = end + 1; i < limit; i++)
        {
            if (Array.IndexOf(SentenceEnds, text[i]) >= 0)
            {
                return text[end..(i + 1)].TrimEnd();
            }
        }

        return limit == text.Length ? text[end..] : text[end..Math.Min(text.Length, end + Fallback)] + "…";
    }
}
