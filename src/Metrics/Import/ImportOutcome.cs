namespace Metrics.Import;

/// <summary>What importing one article did to the database.</summary>
public enum ImportOutcome
{
    /// <summary>A new article was stored.</summary>
    Added,

    /// <summary>The same text was already stored; nothing changed.</summary>
    Unchanged,

    /// <summary>A changed text at an already known url replaced the old one.</summary>
    Updated,
}

/// <summary>The stored article's id, what happened to it, and how many facts it reports (0 when unchanged).</summary>
public sealed record ArticleImportResult(int ArticleId, ImportOutcome Outcome, int Facts = 0);
