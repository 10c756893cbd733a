namespace Metrics.Ingest;

/// <summary>What an article text says about itself once its format is understood: the text proper
/// and the metadata found in it.</summary>
internal sealed record ArticleBody
{
    public required string Text { get; init; }

    public string? Title { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>Where <see cref="Published"/> was found in the file.</summary>
    public PublishedDateSource PublishedSource { get; init; }

    public string? Publisher { get; init; }

    public string? Url { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Why the text is empty, when it is (the front matter took it all, the page has no text).</summary>
    public required string EmptyReason { get; init; }
}
