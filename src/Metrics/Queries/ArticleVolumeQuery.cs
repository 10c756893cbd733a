using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Queries;

/// <summary>Number of articles published in one month by one source.</summary>
public sealed record ArticleMonthCount(DateOnly Month, string Source, int Count);

/// <summary>Articles per month and source, plus those whose publication date is unknown.</summary>
public sealed record ArticleVolume(IReadOnlyList<ArticleMonthCount> Months, int Undated, int Total);

/// <summary>Counts articles per publication month and publisher (or the url's host when no publisher is known).</summary>
public sealed class ArticleVolumeQuery(IDbContextFactory<MetricsDbContext> contextFactory)
{
    /// <summary>Name shown for articles that say neither who published them nor where they came from.</summary>
    public const string UnknownSource = "来源不详";

    public async Task<ArticleVolume> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await context.Articles
            .AsNoTracking()
            .Select(a => new { a.Published, a.Publisher, a.Url })
            .ToListAsync(cancellationToken);

        var months = rows
            .Where(r => r.Published is not null)
            .GroupBy(r => (Month: new DateOnly(r.Published!.Value.Year, r.Published.Value.Month, 1), Source: SourceOf(r.Publisher, r.Url)))
            .Select(g => new ArticleMonthCount(g.Key.Month, g.Key.Source, g.Count()))
            .OrderBy(c => c.Month)
            .ThenBy(c => c.Source, StringComparer.Ordinal)
            .ToList();

        return new ArticleVolume(months, rows.Count(r => r.Published is null), rows.Count);
    }

    internal static string SourceOf(string? publisher, string? url)
    {
        if (!string.IsNullOrWhiteSpace(publisher))
        {
            return publisher.Trim();
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : UnknownSource;
    }
}
