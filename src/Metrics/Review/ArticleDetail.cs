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
    IReadOnlyList<ArticleFact> Facts)
{
    /// <summary>The title, else the first heading of the text (as the article list names it), else the file name.</summary>
    public string Headline => ArticleHeadline.Of(Title, Text[..Math.Min(Text.Length, ArticleHeadline.LeadLength)], SourceName);
}

/// <summary>A fact and the span of this article's text it was read from.</summary>
public sealed record ArticleFact(FactRow Fact, int EvidenceStart, int EvidenceLength);
