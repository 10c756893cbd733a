using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Queries;

/// <summary>The article list: search by headline, district and publication date, latest first, a page at a time.</summary>
public sealed class ArticleListQuery(IDbContextFactory<MetricsDbContext> contextFactory, NantongGazetteer gazetteer)
{
    /// <summary>Largest page a caller may ask for.</summary>
    public const int MaxPageSize = 200;

    /// <summary>
    /// One page. Articles without a publication date come last, and are left out when a date range is
    /// given. An article matches a district when it reports a fact there that is not rejected.
    /// </summary>
    public async Task<ArticlePage> RunAsync(ArticleSearch search, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counted = context.FactMentions.Where(m => m.Fact.Status != FactStatus.Rejected);
        var articles = Matching(context.Articles.AsNoTracking(), counted, search);
        var total = await articles.CountAsync(cancellationToken);
        var rows = await articles
            .OrderBy(a => a.Published == null).ThenByDescending(a => a.Published).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => new
            {
                a.Id,
                a.Title,
                a.SourceName,
                Lead = a.Title == null ? a.Text.Substring(0, ArticleHeadline.LeadLength) : "",
                a.Publisher,
                a.Published,
                a.Url,
                Facts = counted.Where(m => m.ArticleId == a.Id).Select(m => m.FactId).Distinct().Count(),
            })
            .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToArray();
        var districts = (await counted
                .Where(m => ids.Contains(m.ArticleId) && m.Fact.District != Fact.NoDistrict)
                .Select(m => new { m.ArticleId, m.Fact.District })
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.ArticleId, d => d.District);
        var order = gazetteer.AllDistricts.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index);

        var items = rows.Select(r => new ArticleListItem(
                r.Id,
                ArticleHeadline.Of(r.Title, r.Lead, r.SourceName),
                r.Publisher,
                r.Published,
                r.Url,
                r.Facts,
                districts[r.Id].OrderBy(d => order.GetValueOrDefault(d, int.MaxValue)).ThenBy(d => d, StringComparer.Ordinal).ToArray()))
            .ToArray();
        return new ArticlePage(page, pageSize, total, items);
    }

    private static IQueryable<Article> Matching(IQueryable<Article> articles, IQueryable<FactMention> counted, ArticleSearch search)
    {
        if (!string.IsNullOrWhiteSpace(search.Title))
        {
            var text = search.Title.Trim();
            articles = articles.Where(a => a.Title != null
                ? a.Title.Contains(text)
                : a.Text.Substring(0, ArticleHeadline.LeadLength).Contains(text));
        }

        if (search.Districts.Count > 0)
        {
            var names = search.Districts;
            articles = articles.Where(a => counted.Any(m => m.ArticleId == a.Id && names.Contains(m.Fact.District)));
        }

        if (search.From is { } from)
        {
            articles = articles.Where(a => a.Published >= from);
        }

        if (search.To is { } to)
        {
            articles = articles.Where(a => a.Published <= to);
        }

        return articles;
    }
}
