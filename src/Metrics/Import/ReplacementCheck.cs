namespace Metrics.Import;

/// <summary>
/// Decides whether a changed text at a known url may replace the stored one at once. A text less
/// than half as long, or one that reads as an error page, is more likely a broken fetch than a
/// correction: it is held for a person to accept or drop, and the article keeps what it had.
/// </summary>
public static class ReplacementCheck
{
    /// <summary>Why the incoming text must wait for review (<c>shrunk: 1200 → 40</c>, <c>error-page: 404 Not Found</c>), or null when it may replace the stored one.</summary>
    public static string? HoldReason(string storedText, string? incomingTitle, string incomingText)
    {
        if (ErrorPageCues.Find(incomingTitle, incomingText) is { } cue)
        {
            return $"error-page: {cue}";
        }

        return incomingText.Length * 2L < storedText.Length ? $"shrunk: {storedText.Length} → {incomingText.Length}" : null;
    }
}
