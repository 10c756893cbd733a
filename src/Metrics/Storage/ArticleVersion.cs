namespace Metrics.Storage;

/// <summary>
/// A text an article had, or was sent and held back: its metadata and text as imported, and (for a
/// replaced text) the state of the facts it reported then. Rows are never deleted, so no import
/// loses what an article said.
/// </summary>
public sealed class ArticleVersion
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public ArticleVersionState State { get; set; }

    public required string SourceName { get; set; }

    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? Publisher { get; set; }

    public DateOnly? Published { get; set; }

    public required string PublishedSource { get; set; }

    /// <summary>SHA-256 of <see cref="Text"/>; a held text sent again is recognised by it.</summary>
    public required string ContentHash { get; set; }

    public required string Text { get; set; }

    /// <summary>When this text was imported.</summary>
    public DateTime ImportedAtUtc { get; set; }

    /// <summary>When it was put here: replaced, or held.</summary>
    public DateTime RecordedAtUtc { get; set; }

    /// <summary>Why a held text was held (<c>shrunk</c>, <c>error-page: 404 Not Found</c>); null otherwise.</summary>
    public string? HeldReason { get; set; }

    /// <summary>The facts the article reported with this text when it was replaced (JSON array), each with its review status.</summary>
    public string? FactsJson { get; set; }

    /// <summary>Who accepted, dropped or restored it.</summary>
    public string? DecidedBy { get; set; }

    public DateTime? DecidedAtUtc { get; set; }
}
