using Metrics.Extraction.Facts;
using Metrics.Ingest;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Import;

/// <summary>
/// One context and one open connection for a run of articles, each stored in its own transaction:
/// an article that fails leaves nothing of itself, and the tracker is emptied after every article
/// so that the next one starts from what the database holds. The statements an article runs every
/// time are prepared once for the run (<see cref="PreparedStatement"/>); EF Core handles the rest.
/// </summary>
internal sealed class ArticleImportSession : IAsyncDisposable
{
    private readonly MetricsDbContext context;
    private readonly TimeProvider clock;
    private readonly NewRows rows;
    private readonly CanonicalCandidates candidates;
    private readonly PreparedStatement sameTextQuery;
    private readonly PreparedStatement sameUrlQuery;

    private ArticleImportSession(MetricsDbContext context, TimeProvider clock)
    {
        this.context = context;
        this.clock = clock;
        rows = new NewRows(context);
        candidates = new CanonicalCandidates(context);
        sameTextQuery = new PreparedStatement(context, "SELECT Id FROM Articles WHERE ContentHash = $p0 LIMIT 1", 1);
        sameUrlQuery = new PreparedStatement(context, "SELECT Id FROM Articles WHERE Url = $p0 ORDER BY Id LIMIT 1", 1);
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
            var sameText = await sameTextQuery.ScalarAsync(cancellationToken, article.ContentHash);
            if (sameText is { } existingId)
            {
                return new ArticleImportResult(existingId, ImportOutcome.Unchanged);
            }

            // The rare article at a known url is loaded through EF Core, which then saves its changes.
            var sameUrl = article.Url is null || await sameUrlQuery.ScalarAsync(cancellationToken, article.Url) is not { } urlId
                ? null
                : await context.Articles.FirstAsync(a => a.Id == urlId, cancellationToken);
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

            var facts = await ArticleFactWriter.WriteAsync(context, rows, candidates, stored, isNew: sameUrl is null, extracted, stored.ImportedAtUtc, cancellationToken);
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
        candidates.Dispose();
        sameTextQuery.Dispose();
        sameUrlQuery.Dispose();
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
