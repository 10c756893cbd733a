using Metrics.Extraction.Facts;
using Metrics.Ingest;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

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
    private readonly ImportRecorder? recorder;
    private readonly NewRows rows;
    private readonly CanonicalCandidates candidates;
    private readonly PreparedStatement sameTextQuery;
    private readonly PreparedStatement sameUrlQuery;
    private readonly PostgreSqlFirstRoundTrip? firstRoundTrip;

    public const string SameTextSql = "SELECT \"Id\" FROM \"Articles\" WHERE \"ContentHash\" = @p0 LIMIT 1";
    public const string SameUrlSql = "SELECT \"Id\" FROM \"Articles\" WHERE \"Url\" = @p0 ORDER BY \"Id\" LIMIT 1";

    private ArticleImportSession(MetricsDbContext context, TimeProvider clock, ImportRecorder? recorder, bool commitsLater)
    {
        this.context = context;
        this.clock = clock;
        this.recorder = recorder;
        rows = new NewRows(context);
        candidates = new CanonicalCandidates(context);
        sameTextQuery = new PreparedStatement(context, SameTextSql, 1);
        sameUrlQuery = new PreparedStatement(context, SameUrlSql, 1);
        // SQLite has one writer at a time; PostgreSQL takes turns through advisory locks (ConcurrentImports), in the first round trip.
        firstRoundTrip = SqlDialect.Of(context).PostgreSql ? new PostgreSqlFirstRoundTrip(context, rows, candidates, commitsLater) : null;
    }

    /// <summary>
    /// Opens a session. With <paramref name="commitsLater"/> (a run of many articles on PostgreSQL) each
    /// article's commit returns without waiting for the disk (still all or nothing), and
    /// <see cref="MakeDurableAsync"/> at the end of the run waits once for every commit before it. A
    /// crash in the run may lose its last commits; running it again stores them.
    /// </summary>
    public static async Task<ArticleImportSession> OpenAsync(
        IDbContextFactory<MetricsDbContext> contextFactory, TimeProvider clock, ImportRecorder? recorder, CancellationToken cancellationToken,
        bool commitsLater = false)
    {
        var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        try
        {
            await context.Database.OpenConnectionAsync(cancellationToken);
            return new ArticleImportSession(context, clock, recorder, commitsLater);
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }

    /// <summary>PostgreSQL: sessions on other connections may store at the same time (they take turns through advisory locks).</summary>
    public bool CanStoreInParallel => firstRoundTrip is not null;

    /// <summary>Stores the article with <paramref name="extracted"/> (the extractor's output for its text), or does nothing when the same text is stored.</summary>
    public async Task<ArticleImportResult> StoreAsync(IngestedArticle article, IReadOnlyList<ExtractedFact> extracted, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StoreOnceAsync(article, extracted, cancellationToken);
            }
            catch (Exception exception) when (attempt < ConcurrentImports.Attempts && ConcurrentImports.IsRetryable(exception))
            {
                // Another instance stored it (or a report of the same event) meanwhile: start again from what is stored.
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), cancellationToken);
            }
        }
    }

    private async Task<ArticleImportResult> StoreOnceAsync(IngestedArticle article, IReadOnlyList<ExtractedFact> extracted, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var found = firstRoundTrip is null ? null : await firstRoundTrip.RunAsync(article, extracted, cancellationToken);
            var sameText = found is null ? await sameTextQuery.ScalarAsync(cancellationToken, article.ContentHash) : found.SameText;
            if (sameText is { } existingId)
            {
                return new ArticleImportResult(existingId, ImportOutcome.Unchanged);
            }

            // The rare article at a known url is loaded through EF Core, which then saves its changes.
            var urlId = article.Url is null ? null : found is null ? await sameUrlQuery.ScalarAsync(cancellationToken, article.Url) : found.SameUrl;
            var sameUrl = urlId is null ? null : await context.Articles.FirstAsync(a => a.Id == urlId, cancellationToken);
            var nowUtc = clock.GetUtcNow().UtcDateTime;
            ArticleVersion? replaced = null;
            if (sameUrl is not null)
            {
                if (await KeptAlreadyAsync(sameUrl.Id, article.ContentHash, cancellationToken) is { } keptId)
                {
                    return new ArticleImportResult(sameUrl.Id, ImportOutcome.Unchanged, VersionId: keptId);
                }

                if (ReplacementCheck.HoldReason(sameUrl.Text, article.Title, article.Text) is { } reason)
                {
                    var held = KeptVersions.Hold(context, sameUrl.Id, article, reason, nowUtc);
                    await context.SaveChangesAsync(cancellationToken);
                    return await CommitAsync(transaction, article,
                        new ArticleImportResult(sameUrl.Id, ImportOutcome.Held, Before: ArticleState.Of(sameUrl), VersionId: held.Id, HeldReason: reason), cancellationToken);
                }

                replaced = await KeptVersions.ArchiveAsync(context, sameUrl, nowUtc, cancellationToken);
            }

            var before = sameUrl is null ? null : ArticleState.Of(sameUrl);
            var stored = sameUrl ?? new Article
            {
                SourceName = article.SourceName,
                PublishedSource = article.PublishedSource.ToString(),
                ContentHash = article.ContentHash,
                Text = article.Text,
            };
            Apply(article, stored, nowUtc);
            if (sameUrl is null)
            {
                rows.Insert(stored);
            }

            var facts = await ArticleFactWriter.WriteAsync(
                context, rows, candidates, stored, isNew: sameUrl is null, extracted, stored.ImportedAtUtc, cancellationToken, found?.Candidates);
            if (context.ChangeTracker.HasChanges())
            {
                await context.SaveChangesAsync(cancellationToken);
            }

            var result = new ArticleImportResult(stored.Id, sameUrl is null ? ImportOutcome.Added : ImportOutcome.Updated, facts.New, facts.Known, before, replaced?.Id);
            return await CommitAsync(transaction, article, result, cancellationToken);
        }
        finally
        {
            context.ChangeTracker.Clear();
            rows.Discard();
        }
    }

    /// <summary>
    /// Waits until every commit of this session is on disk: a transaction that writes commits with the
    /// server's usual wait, and the log reaches the disk in order, so every earlier commit is there
    /// too. Nothing to do on SQLite.
    /// </summary>
    public async Task MakeDurableAsync(CancellationToken cancellationToken)
    {
        if (firstRoundTrip is null)
        {
            return;
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await context.Database.ExecuteSqlRawAsync(DurableBarrierSql, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// A write that changes nothing (the data version keeps its value), so that the barrier's commit is
    /// written and waited for: a transaction that wrote nothing commits without the wait.
    /// </summary>
    public const string DurableBarrierSql = "UPDATE DataVersion SET Version = Version WHERE Id = 1";

    public async ValueTask DisposeAsync()
    {
        rows.Dispose();
        candidates.Dispose();
        sameTextQuery.Dispose();
        sameUrlQuery.Dispose();
        await context.Database.CloseConnectionAsync();
        await context.DisposeAsync();
    }

    // The recorder's rows (an audit entry) are saved in the article's transaction.
    private async Task<ArticleImportResult> CommitAsync(
        IDbContextTransaction transaction, IngestedArticle article, ArticleImportResult result, CancellationToken cancellationToken)
    {
        if (recorder is not null)
        {
            recorder(context, article, result);
            await context.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    // The same text held before (waiting, or dropped by staff) is no news: sending it again changes nothing.
    private async Task<int?> KeptAlreadyAsync(int articleId, string contentHash, CancellationToken cancellationToken) =>
        await context.ArticleVersions
            .Where(v => v.ArticleId == articleId && v.ContentHash == contentHash && (v.State == ArticleVersionState.Held || v.State == ArticleVersionState.Dropped))
            .Select(v => (int?)v.Id)
            .FirstOrDefaultAsync(cancellationToken);

    private static void Apply(IngestedArticle source, Article target, DateTime nowUtc)
    {
        target.SourceName = source.SourceName;
        target.Title = source.Title;
        target.Url = source.Url;
        target.Publisher = source.Publisher;
        target.Published = source.Published;
        target.PublishedSource = source.PublishedSource.ToString();
        target.ContentHash = source.ContentHash;
        target.Text = source.Text;
        target.ImportedAtUtc = nowUtc;
    }
}
