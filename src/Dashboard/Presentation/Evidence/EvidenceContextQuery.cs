using Metrics.Queries;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Presentation.Evidence;

/// <summary>Loads the text around each evidence sentence from its article, one query for many sources.</summary>
public sealed class EvidenceContextQuery(IDbContextFactory<MetricsDbContext> contextFactory)
{
    /// <summary>The context of every source, keyed by (article, evidence offset).</summary>
    public async Task<IReadOnlyDictionary<(int ArticleId, int Start), EvidenceContext>> RunAsync(
        IEnumerable<FactSource> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var wanted = sources.ToList();
        var ids = wanted.Select(s => s.ArticleId).Distinct().ToArray();
        if (ids.Length == 0)
        {
            return new Dictionary<(int, int), EvidenceContext>();
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var texts = await context.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Text })
            .ToDictionaryAsync(a => a.Id, a => a.Text, cancellationToken);
        var contexts = new Dictionary<(int, int), EvidenceContext>();
        foreach (var source in wanted)
        {
            contexts[(source.ArticleId, source.EvidenceStart)] = texts.TryGetValue(source.ArticleId, out var text)
                ? EvidenceContext.Cut(text, source.Evidence, source.EvidenceStart, source.EvidenceLength)
                : new EvidenceContext("", source.Evidence, "");
        }

        return contexts;
    }
}
