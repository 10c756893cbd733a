using Metrics.Gazetteer;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Queries;

/// <summary>The drill-down: the canonical facts a metric counts for a selection, with the articles and evidence behind them.</summary>
public sealed class FactListQuery(IDbContextFactory<MetricsDbContext> contextFactory, NantongGazetteer gazetteer)
{
    private readonly VersionedCache<int> totals = new();

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
        var total = await CountAsync(context, selected, metric, filter, cancellationToken);
        var items = await selected
            .OrderByDescending(f => f.PeriodStart).ThenByDescending(f => f.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(FactRowProjection.FromFact)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return new FactPage(page, pageSize, total, items);
    }

    /// <summary>
    /// How many facts the selection holds. Counting a million facts takes SQLite a while, so the
    /// count comes from the trigger-kept totals when they can answer (whole months) and is kept
    /// until a fact changes (<see cref="DataVersionTriggers"/>).
    /// </summary>
    internal async Task<int> CountAsync(MetricsDbContext context, IQueryable<Fact> selected, Metric? metric, FactFilter filter, CancellationToken cancellationToken)
    {
        var version = await DataVersionTriggers.ReadAsync(context, cancellationToken);
        var key = string.Join('/', metric, FactFilterKey.Of(filter));
        if (totals.TryGet(version, key, out var total))
        {
            return total;
        }

        if (TotalSelection.Answers(filter))
        {
            total = metric switch
            {
                null => await TotalSelection.Selected(context, filter, gazetteer).SumAsync(t => t.AllFacts, cancellationToken),
                Metric.Investment => await TotalSelection.Counted(context, Metric.Investment, filter, gazetteer).SumAsync(t => t.FactsWithAmount, cancellationToken),
                { } counted => await TotalSelection.Counted(context, counted, filter, gazetteer).SumAsync(t => t.Facts, cancellationToken),
            };
        }
        else
        {
            total = await selected.CountAsync(cancellationToken);
        }

        totals.Set(version, key, total);
        return total;
    }
}
