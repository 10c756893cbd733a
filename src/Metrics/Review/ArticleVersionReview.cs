using Metrics.Extraction;
using Metrics.Import;
using Metrics.Queries;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Review;

/// <summary>
/// What staff do with an article's kept texts: accept or drop a held one (the review queue), and
/// restore an older one (the article page). Accepting and restoring keep the text they replace as
/// a version, extract the article again (facts a person decided stay as they are), and are audited
/// in the same transaction.
/// </summary>
public sealed class ArticleVersionReview(IDbContextFactory<MetricsDbContext> contextFactory, TimeProvider clock)
{
    private const int OpeningLength = 120;

    /// <summary>Held texts waiting for a decision, oldest first.</summary>
    public Task<IReadOnlyList<KeptVersionRow>> HeldAsync(CancellationToken cancellationToken = default) =>
        ListAsync(v => v.State == ArticleVersionState.Held, newestFirst: false, cancellationToken);

    /// <summary>Every kept text of the article, newest first.</summary>
    public Task<IReadOnlyList<KeptVersionRow>> ForArticleAsync(int articleId, CancellationToken cancellationToken = default) =>
        ListAsync(v => v.ArticleId == articleId, newestFirst: true, cancellationToken);

    /// <summary>Makes a held text the article's text; the text it replaces is kept.</summary>
    public Task AcceptAsync(int versionId, string user, CancellationToken cancellationToken = default) =>
        ReplaceAsync(versionId, ArticleVersionState.Held, ArticleVersionState.Accepted, AuditActions.AcceptVersion, user, cancellationToken);

    /// <summary>Makes an older text the article's text again; the text it replaces is kept.</summary>
    public Task RestoreAsync(int versionId, string user, CancellationToken cancellationToken = default) =>
        ReplaceAsync(versionId, ArticleVersionState.Superseded, ArticleVersionState.Restored, AuditActions.RestoreVersion, user, cancellationToken);

    /// <summary>Leaves the article as it is and marks the held text dropped (it stays stored; sent again, it is not held again).</summary>
    public async Task DropAsync(int versionId, string user, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var version = await FindAsync(context, versionId, ArticleVersionState.Held, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        Decide(version, ArticleVersionState.Dropped, user, now);
        AuditLog.Add(context, now, user, AuditActions.DropVersion, AuditActions.Article, version.ArticleId,
            new { VersionId = version.Id, State = ArticleVersionState.Held }, new { VersionId = version.Id, version.State, version.HeldReason });
        await context.SaveChangesAsync(cancellationToken);
    }

    private async Task ReplaceAsync(int versionId, ArticleVersionState from, ArticleVersionState to, string action, string user, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var version = await FindAsync(context, versionId, from, cancellationToken);
        var article = await context.Articles.FirstAsync(a => a.Id == version.ArticleId, cancellationToken);
        if (version.ContentHash == article.ContentHash)
        {
            throw new ReviewException($"版本 #{versionId} 的文本就是文章现在的正文");
        }

        if (await context.Articles.Where(a => a.ContentHash == version.ContentHash).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken) is { } other)
        {
            throw new ReviewException($"版本 #{versionId} 的文本已是文章 #{other} 的正文，不能再用于文章 #{article.Id}");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var before = ArticleState.Of(article);
        var replaced = await KeptVersions.ArchiveAsync(context, article, now, cancellationToken);
        KeptVersions.Apply(version, article, now);
        Decide(version, to, user, now);
        var extracted = FactExtractor.ExtractWithUnplaced(new ArticleInput(article.Text, article.Published, article.Title, article.Publisher, article.Url));
        using var rows = new NewRows(context);
        using var candidates = new CanonicalCandidates(context);
        var (newFacts, knownFacts) = await ArticleFactWriter.WriteAsync(context, rows, candidates, article, isNew: false, extracted, now, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
        var after = new { State = ArticleState.Of(article), RestoredVersionId = version.Id, ReplacedVersionId = replaced.Id, Facts = newFacts + knownFacts };
        AuditLog.Add(context, now, user, action, AuditActions.Article, article.Id, before, after);
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static void Decide(ArticleVersion version, ArticleVersionState state, string user, DateTime nowUtc)
    {
        version.State = state;
        version.DecidedBy = user;
        version.DecidedAtUtc = nowUtc;
    }

    private static async Task<ArticleVersion> FindAsync(MetricsDbContext context, int versionId, ArticleVersionState expected, CancellationToken cancellationToken)
    {
        var version = await context.ArticleVersions.FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken)
            ?? throw new ReviewException($"没有编号为 {versionId} 的文章版本");
        return version.State == expected
            ? version
            : throw new ReviewException($"版本 #{versionId} 的状态是 {version.State}，不能这样处理");
    }

    private async Task<IReadOnlyList<KeptVersionRow>> ListAsync(
        System.Linq.Expressions.Expression<Func<ArticleVersion, bool>> filter, bool newestFirst, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = context.ArticleVersions.AsNoTracking().Where(filter);
        query = newestFirst ? query.OrderByDescending(v => v.Id) : query.OrderBy(v => v.Id);
        var rows = await query
            .Join(context.Articles, v => v.ArticleId, a => a.Id, (v, a) => new
            {
                v.Id, v.ArticleId, v.State, v.Title, v.Url, v.Published, TextLength = v.Text.Length, Opening = v.Text.Substring(0, OpeningLength),
                v.RecordedAtUtc, v.HeldReason, v.DecidedBy,
                ArticleTitle = a.Title, ArticleLead = a.Text.Substring(0, ArticleHeadline.LeadLength), a.SourceName, CurrentLength = a.Text.Length,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new KeptVersionRow(
                r.Id, r.ArticleId, ArticleHeadline.Of(r.ArticleTitle, r.ArticleLead, r.SourceName), r.State, r.Title, r.Url, r.Published,
                r.TextLength, r.CurrentLength, r.Opening, r.RecordedAtUtc, r.HeldReason, r.DecidedBy))
            .ToList();
    }
}
