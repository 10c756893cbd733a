namespace Metrics.Ingest;

/// <summary>An article read from a file or from text in memory, ready for extraction.</summary>
public sealed record IngestedArticle
{
    /// <summary>File name without extension, e.g. <c>003_4282e08e67390612</c>; the article id of the
    /// <c>extract</c> verb.</summary>
    public required string SourceName { get; init; }

    /// <summary>The path the article was read from; null for text in memory.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Headline: sidecar, else front matter, <c>&lt;title&gt;</c> or first heading.</summary>
    public string? Title { get; init; }

    /// <summary>Where the text came from: sidecar, else the page's canonical URL.</summary>
    public string? Url { get; init; }

    /// <summary>Publisher: sidecar, else the page's <c>og:site_name</c> or <c>ContentSource</c>.</summary>
    public string? Publisher { get; init; }

    /// <summary>Publication date, if known; see <see cref="PublishedSource"/>.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Where <see cref="Published"/> came from.</summary>
    public required PublishedDateSource PublishedSource { get; init; }

    /// <summary>The article text: front matter removed, markup turned into lines, line endings
    /// <c>\n</c>, otherwise as the source gives it. Evidence offsets point into this string.</summary>
    public required string Text { get; init; }

    /// <summary>Lowercase hex SHA-256 of the UTF-8 bytes of <see cref="Text"/>: the identity for
    /// idempotent import.</summary>
    public required string ContentHash { get; init; }

    /// <summary><c>txt</c>, <c>md</c> or <c>html</c> (see <see cref="ArticleFormats"/>).</summary>
    public required string Format { get; init; }

    /// <summary>Front matter <c>categories</c>, in order; empty when none.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Front matter <c>tags</c>, in order; empty when none.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Value equality over every member, comparing <see cref="Categories"/> and
    /// <see cref="Tags"/> item by item (the generated equality would compare the list references).</summary>
    public bool Equals(IngestedArticle? other) =>
        other is not null
        && SourceName == other.SourceName
        && SourcePath == other.SourcePath
        && Title == other.Title
        && Url == other.Url
        && Publisher == other.Publisher
        && Published == other.Published
        && PublishedSource == other.PublishedSource
        && Text == other.Text
        && ContentHash == other.ContentHash
        && Format == other.Format
        && Categories.SequenceEqual(other.Categories)
        && Tags.SequenceEqual(other.Tags);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SourceName, SourcePath, ContentHash, Published, PublishedSource);
}
