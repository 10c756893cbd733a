namespace Metrics.Ingest;

/// <summary>Settings for reading articles.</summary>
public sealed record IngestOptions
{
    /// <summary>The default size limit of one article: 10 MiB.</summary>
    public const long DefaultMaxArticleBytes = 10 * 1024 * 1024;

    /// <summary>Largest accepted article, in bytes of the file (or of the UTF-8 text for text in memory).
    /// Configured as <c>Dashboard:MaxArticleBytes</c>.</summary>
    public long MaxArticleBytes { get; init; } = DefaultMaxArticleBytes;

    /// <summary>When set, the publication date of every article read, whatever the article or its
    /// sidecar says (<see cref="PublishedDateSource.Override"/>).</summary>
    public DateOnly? PublishedOverride { get; init; }

    /// <summary>Today, against which a publication date later than today is refused (<see cref="FuturePublication"/>).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The defaults: 10 MiB limit, no override.</summary>
    public static IngestOptions Default { get; } = new();
}
