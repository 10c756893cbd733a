using Metrics.Extraction.Facts;
using Metrics.Ingest;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Import;

/// <summary>
/// One context and one open connection for a run of articles, each stored in its own transaction:
/// an article that fails leaves nothing of itself, and the tracker is emptied after every article
/// so that the next one starts from what the database holds.
/// </summary>
internal sealed class ArticleImportSession : IAsyncDisposable
{
    private readonly MetricsDbContext context;
    private readonly TimeProvider clock;
    private readonly NewRows rows;

    private ArticleImportSession(MetricsDbContext context, TimeProvider clock)
    {
        this.context = context;
        this.clock = clock;
        rows = new NewRows(context);
    }

    public static async Task<ArticleImportSession> OpenAsync(IDbContextFactory<MetricsDbContext> contextFactory, TimeProvider clock, CancellationToken cancellationToken)
    {
        var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        try
        {
            await context.Database.OpenConnectionAsync(cancellationToken);
            return new ArticleImportSession(context, clock);
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stores the article with <paramref name="extracted"/> (the extractor's output for its text), or does nothing when the same text is stored.</summary>
    public async Task<ArticleImportResult> StoreAsync(IngestedArticle article, IReadOnlyList<ExtractedFact> extracted, CancellationToken cancellationToken)
    {
        try
        {
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
                rows.Insert(stored);
            }

            var facts = await ArticleFactWriter.WriteAsync(context, rows, stored, isNew: sameUrl is null, extracted, stored.ImportedAtUtc, cancellationToken);
            if (context.ChangeTracker.HasChanges())
            {
                await context.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return new ArticleImportResult(stored.Id, sameUrl is null ? ImportOutcome.Added : ImportOutcome.Updated, facts.New, facts.Known);
        }
        finally
        {
            context.ChangeTracker.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        rows.Dispose();
        await context.Database.CloseConnectionAsync();
        await context.DisposeAsync();
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
