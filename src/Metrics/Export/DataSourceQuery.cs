using Metrics.Queries;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Export;

/// <summary>Where the data comes from, for a panel's as-of and source lines.</summary>
/// <param name="Version">The data version it was read at (<see cref="DataVersionQuery"/>).</param>
/// <param name="AsOf">The latest publication date among the articles, if any is dated.</param>
/// <param name="Articles">How many articles are stored.</param>
/// <param name="Publishers">The publishers with most articles, most first (at most three).</param>
public sealed record DataSource(long Version, DateOnly? AsOf, int Articles, IReadOnlyList<string> Publishers);

/// <summary>
/// Reads <see cref="DataSource"/>, once per data version: images and embeds ask on every request,
/// and the answer changes only when an article or fact does. The version is read on the same
/// connection as the description, before it, so a description kept under a version is never older
/// than it, also when these contexts are a lagging read replica (<see cref="PanelReadContexts"/>).
/// </summary>
public sealed class DataSourceQuery(IDbContextFactory<MetricsDbContext> contextFactory)
{
    private DataSource? cached;

    /// <summary>The current source description.</summary>
    public async Task<DataSource> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var version = await DataVersionTriggers.ReadAsync(context, cancellationToken);
        if (Volatile.Read(ref cached) is { } known && known.Version == version)
        {
            return known;
        }

        var asOf = await context.Articles.MaxAsync(a => a.Published, cancellationToken);
        var articles = await context.Articles.CountAsync(cancellationToken);
        var publishers = await context.Articles
            .Where(a => a.Publisher != null && a.Publisher != "")
            .GroupBy(a => a.Publisher!)
            .Select(g => new { Name = g.Key, Count = g.Count() })
            .OrderByDescending(p => p.Count).ThenBy(p => p.Name)
            .Take(3)
            .ToListAsync(cancellationToken);
        var source = new DataSource(version, asOf, articles, publishers.Select(p => p.Name).ToArray());
        Volatile.Write(ref cached, source);
        return source;
    }
}
