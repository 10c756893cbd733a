using Metrics.Queries;

namespace Metrics.Review;

/// <summary>An article with its text and the facts it reports, each with where this article says so.</summary>
public sealed record ArticleDetail(
    int Id,
    string SourceName,
    string? Title,
    string? Publisher,
    DateOnly? Published,
    string PublishedSource,
    string? Url,
    string Text,
    IReadOnlyList<ArticleFact> Facts);

/// <summary>A fact and the span of this article's text it was read from.</summary>
public sealed record ArticleFact(FactRow Fact, int EvidenceStart, int EvidenceLength);
