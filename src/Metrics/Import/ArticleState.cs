using Metrics.Storage;

namespace Metrics.Import;

/// <summary>What an article looked like at one moment, for an audit entry's before- and after-state (the text by its hash and length).</summary>
public sealed record ArticleState(string SourceName, string? Title, string? Url, string? Publisher, DateOnly? Published, string ContentHash, int TextLength)
{
    public static ArticleState Of(Article article) =>
        new(article.SourceName, article.Title, article.Url, article.Publisher, article.Published, article.ContentHash, article.Text.Length);
}
