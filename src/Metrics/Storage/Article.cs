namespace Metrics.Storage;

/// <summary>An imported news article: the source text every fact points back into.</summary>
public sealed class Article
{
    public int Id { get; set; }

    /// <summary>File name without extension, or the name a script gave it.</summary>
    public required string SourceName { get; set; }

    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? Publisher { get; set; }

    public DateOnly? Published { get; set; }

    /// <summary>Where <see cref="Published"/> came from (sidecar, front matter, HTML meta, text...).</summary>
    public required string PublishedSource { get; set; }

    /// <summary>Lowercase hex SHA-256 of <see cref="Text"/>: the identity used for idempotent imports.</summary>
    public required string ContentHash { get; set; }

    public required string Text { get; set; }

    public DateTime ImportedAtUtc { get; set; }
}
