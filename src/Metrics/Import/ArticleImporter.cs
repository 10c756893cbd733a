using Metrics.Extraction;
using Metrics.Ingest;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Import;

/// <summary>
/// Stores ingested articles with the facts extracted from them, one transaction each.
/// Idempotent: the same text twice is one article; a changed text at a known url replaces the
/// old text and its unreviewed facts, and keeps every reviewed one.
/// </summary>
public sealed class ArticleImporter(IDbContextFactory<MetricsDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Stores the article and its facts, or does nothing when the same text is already stored.</summary>
    public async Task<ArticleImportResult> ImportAsync(IngestedArticle article, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);

        var sameText = await context.Articles
            .Where(a => a.ContentHash == article.ContentHash)
            .Select(a => (int?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (sameText is { } existingId)
        {
            return new ArticleImportResult(existingId, ImportOutcome.Unchanged);
        }

        var sameUrl = article.Url is null
            ? null
            : await context.Articles.FirstOrDefaultAsync(a => a.Url == article.Url, cancellationToken);
        var stored = sameUrl ?? new Article
        {
            SourceName = article.SourceName,
            PublishedSource = article.PublishedSource.ToString(),
            ContentHash = article.ContentHash,
            Text = article.Text,
        };
        Apply(article, stored);
        if (sameUrl is null)
        {
            context.Articles.Add(stored);
        }

        var extracted = FactExtractor.Extract(new ArticleInput(stored.Text, stored.Published, stored.Title, stored.Publisher));
        var facts = await ArticleFactWriter.WriteAsync(context, stored, isNew: sameUrl is null, extracted, stored.ImportedAtUtc, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ArticleImportResult(stored.Id, sameUrl is null ? ImportOutcome.Added : ImportOutcome.Updated, facts);
    }

    private void Apply(IngestedArticle source, Article target)
    {
        target.SourceName = source.SourceName;
        target.Title = source.Title;
        target.Url = source.Url;
        target.Publisher = source.Publisher;
        target.Published = source.Published;
        target.PublishedSource = source.PublishedSource.ToString();
        target.ContentHash = source.ContentHash;
        target.Text = source.Text;
        target.ImportedAtUtc = clock.GetUtcNow().UtcDateTime;
    }
}
