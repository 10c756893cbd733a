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
    public Task<FactPage> RunAsync(Metric? metric, FactFilter filter, int page, int pageSize, CancellationToken cancellationToken = default) =>
        RunAsync(metric, filter, placedOnly: false, page, pageSize, cancellationToken);

    /// <summary>
    /// One page, latest first, of only the facts that a series point adds up for the selection:
    /// dated, with every day inside <c>from</c>–<c>to</c> (<see cref="SeriesQuery"/>'s placed facts).
    /// A fact that only overlaps the range (a year-dated fact under a month's bar) is left out, as
    /// the bar leaves it out, so the list and its total match the number it explains.
    /// </summary>
    public Task<FactPage> RunPlacedAsync(Metric metric, FactFilter filter, int page, int pageSize, CancellationToken cancellationToken = default) =>
        RunAsync(metric, filter, placedOnly: true, page, pageSize, cancellationToken);

    private async Task<FactPage> RunAsync(Metric? metric, FactFilter filter, bool placedOnly, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var selected = FactSelection.Counted(context.Facts.AsNoTracking(), metric, filter, gazetteer);
        if (placedOnly)
        {
            // A year series places every dated fact that lies inside the range; any finer interval
            // places the same facts inside one of its periods, so the year rule serves every bar.
            selected = FactSelection.Placed(selected, Interval.Year, filter);
        }

        var total = await CountAsync(context, selected, metric, filter, placedOnly, cancellationToken);
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
    internal async Task<int> CountAsync(MetricsDbContext context, IQueryable<Fact> selected, Metric? metric, FactFilter filter, bool placedOnly, CancellationToken cancellationToken)
    {
        var version = await DataVersionTriggers.ReadAsync(context, cancellationToken);
        var key = string.Join('/', metric, placedOnly ? "placed" : "selected", FactFilterKey.Of(filter));
        if (totals.TryGet(version, key, out var total))
        {
            return total;
        }

        if (TotalSelection.Answers(filter) && metric is null && !placedOnly)
        {
            total = await TotalSelection.Selected(context, filter, gazetteer).SumAsync(t => t.AllFacts, cancellationToken);
        }
        else if (TotalSelection.Answers(filter) && metric is { } counted)
        {
            var rows = TotalSelection.Counted(context, counted, filter, gazetteer);
            if (placedOnly)
            {
                rows = TotalSelection.Placed(rows, Interval.Year, filter);
            }

            total = counted == Metric.Investment ? await rows.SumAsync(t => t.FactsWithAmount, cancellationToken) : await rows.SumAsync(t => t.Facts, cancellationToken);
        }
        else
        {
            total = await selected.CountAsync(cancellationToken);
        }

        totals.Set(version, key, total);
        return total;
    }
}
