using Metrics.Import;
using Metrics.Ingest;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Review;

/// <summary>An import made by a person or a script (the import page, <c>POST /api/articles</c>): imported, and audited when it changed anything.</summary>
public sealed class StaffImport(ArticleImporter importer, IDbContextFactory<MetricsDbContext> contextFactory, TimeProvider clock)
{
    public async Task<ArticleImportResult> ImportAsync(IngestedArticle article, string user, CancellationToken cancellationToken = default)
    {
        var result = await importer.ImportAsync(article, cancellationToken);
        if (result.Outcome != ImportOutcome.Unchanged)
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
            var after = new { article.SourceName, article.Title, article.Publisher, article.Published, article.Url, Outcome = result.Outcome.ToString(), result.Facts };
            AuditLog.Add(context, clock.GetUtcNow().UtcDateTime, user, AuditActions.Import, AuditActions.Article, result.ArticleId, null, after);
            await context.SaveChangesAsync(cancellationToken);
        }

        return result;
    }
}
