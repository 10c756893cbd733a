using Metrics.Queries;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Review;

/// <summary>Loads an article for the article view: its text and its facts (rejected ones too, marked), in text order.</summary>
public sealed class ArticleDetailQuery(IDbContextFactory<MetricsDbContext> contextFactory)
{
    /// <summary>The article, or null when there is none with this id.</summary>
    public async Task<ArticleDetail?> RunAsync(int articleId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var article = await context.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var spans = await context.FactMentions.AsNoTracking()
            .Where(m => m.ArticleId == articleId)
            .Select(m => new { m.FactId, m.EvidenceStart, m.EvidenceLength })
            .ToListAsync(cancellationToken);
        var ids = spans.Select(s => s.FactId).ToList();
        var rows = await context.Facts.AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(FactRowProjection.FromFact).AsSplitQuery().ToDictionaryAsync(r => r.Id, cancellationToken);
        var facts = spans
            .Select(s => new ArticleFact(rows[s.FactId], s.EvidenceStart, s.EvidenceLength))
            .OrderBy(f => f.EvidenceStart).ThenBy(f => f.Fact.Id)
            .ToList();
        return new ArticleDetail(article.Id, article.SourceName, article.Title, article.Publisher, article.Published,
            article.PublishedSource, article.Url, article.Text, facts);
    }
}
