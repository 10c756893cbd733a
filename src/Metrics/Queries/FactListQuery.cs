using Metrics.Gazetteer;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Queries;

/// <summary>The drill-down: the canonical facts a metric counts for a selection, with the articles and evidence behind them.</summary>
public sealed class FactListQuery(IDbContextFactory<MetricsDbContext> contextFactory, NantongGazetteer gazetteer)
{
    /// <summary>Largest page a caller may ask for.</summary>
    public const int MaxPageSize = 200;

    /// <summary>
    /// One page, latest first. With a metric, the facts it counts (placed or unplaced); without,
    /// every fact that is not rejected.
    /// </summary>
    public async Task<FactPage> RunAsync(Metric? metric, FactFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var selected = FactSelection.Counted(context.Facts.AsNoTracking(), metric, filter, gazetteer);
        var total = await selected.CountAsync(cancellationToken);
        var items = await selected
            .OrderByDescending(f => f.PeriodStart).ThenByDescending(f => f.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(FactRowProjection.FromFact)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return new FactPage(page, pageSize, total, items);
    }
}
