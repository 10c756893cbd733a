using Metrics.Import;

namespace Metrics.Review;

/// <summary>
/// The audit entry of an import that changed something, written in the import's own transaction:
/// the article before (null for a new one) and after, the outcome, and the version kept.
/// </summary>
public static class ImportAudit
{
    public static ImportRecorder For(string user, TimeProvider clock) => (context, article, result) =>
    {
        var after = new
        {
            article.SourceName,
            article.Title,
            article.Publisher,
            article.Published,
            article.Url,
            article.ContentHash,
            TextLength = article.Text.Length,
            Outcome = result.Outcome.ToString(),
            result.Facts,
            result.VersionId,
            result.HeldReason,
        };
        AuditLog.Add(context, clock.GetUtcNow().UtcDateTime, user, AuditActions.Import, AuditActions.Article, result.ArticleId, result.Before, after);
    };
}
