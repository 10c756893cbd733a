namespace Metrics.Ingest;

/// <summary>Facts about an article given beside its text: the <c>&lt;name&gt;.meta.json</c> sidecar of a
/// file, or the fields of an API post. Every member is optional; a given one wins over what the
/// text itself says.</summary>
public sealed record ArticleMetadata
{
    /// <summary>Publication date.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Publisher, e.g. <c>南通日报</c>.</summary>
    public string? Publisher { get; init; }

    /// <summary>Where the text came from.</summary>
    public string? Url { get; init; }

    /// <summary>Headline.</summary>
    public string? Title { get; init; }

    /// <summary>No metadata.</summary>
    public static ArticleMetadata Empty { get; } = new();
}
