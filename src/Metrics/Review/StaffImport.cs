using Metrics.Import;
using Metrics.Ingest;

namespace Metrics.Review;

/// <summary>An import made by a person or a script (the import page, <c>POST /api/articles</c>): imported, and audited in the same transaction when it changed anything.</summary>
public sealed class StaffImport(ArticleImporter importer, TimeProvider clock)
{
    public Task<ArticleImportResult> ImportAsync(IngestedArticle article, string user, CancellationToken cancellationToken = default) =>
        importer.ImportAsync(article, ImportAudit.For(user, clock), cancellationToken);
}
