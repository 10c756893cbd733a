using Metrics.Ingest;
using Metrics.Storage;

namespace Metrics.Import;

/// <summary>
/// Called inside an article's import transaction once it changed something (added, updated or
/// held), with the context of that transaction: what it adds there (an audit entry) is saved
/// with the import or not at all.
/// </summary>
public delegate void ImportRecorder(MetricsDbContext context, IngestedArticle article, ArticleImportResult result);
