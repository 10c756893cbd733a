using System.Globalization;
using Metrics.Gazetteer;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Queries;

/// <summary>
/// A metric per district and period, aggregated in SQL (GROUP BY district, year, quarter or month),
/// with the facts dated too coarsely for the interval counted apart as unplaced. Reads the
/// trigger-kept <see cref="FactTotal"/> rows when the range is whole months, the facts otherwise.
/// </summary>
public sealed class SeriesQuery(IDbContextFactory<MetricsDbContext> contextFactory, NantongGazetteer gazetteer)
{
    private readonly VersionedCache<SeriesResult> cache = new();

    /// <summary>
    /// Runs the query for one metric, interval and selection; the same question is answered from
    /// memory until a fact changes (<see cref="DataVersionTriggers"/>).
    /// </summary>
    public async Task<SeriesResult> RunAsync(Metric metric, Interval interval, FactFilter filter, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var version = await DataVersionTriggers.ReadAsync(context, cancellationToken);
        var key = string.Join('/', metric, interval, FactFilterKey.Of(filter));
        if (cache.TryGet(version, key, out var cached))
        {
            return cached;
        }

        var result = await RunAsync(context, metric, interval, filter, TotalSelection.Answers(filter), cancellationToken);
        cache.Set(version, key, result);
        return result;
    }

    /// <summary>Runs the query from the totals or from the facts, never from the cache; tests compare the two.</summary>
    internal async Task<SeriesResult> RunAsync(Metric metric, Interval interval, FactFilter filter, bool useTotals, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await RunAsync(context, metric, interval, filter, useTotals, cancellationToken);
    }

    private async Task<SeriesResult> RunAsync(MetricsDbContext context, Metric metric, Interval interval, FactFilter filter, bool useTotals, CancellationToken cancellationToken)
    {
        var (buckets, unplaced) = useTotals
            ? await FromTotalsAsync(context, metric, interval, filter, cancellationToken)
            : await FromFactsAsync(context, metric, interval, filter, cancellationToken);

        var reported = metric == Metric.Meetings ? [] : await FactSelection.Reported(context.Facts.AsNoTracking(), metric, filter, gazetteer)
            .Select(f => new { f.Id, f.District, f.Date, f.PeriodStart, f.Stage, f.ProjectCount, f.InvestmentYuan, f.IsLowerBound })
            .ToListAsync(cancellationToken);
        // Sorted here: an ORDER BY PeriodStart lets SQLite walk the (Type, PeriodStart) index over
        // every project event instead of picking the few period summaries by (Scope, Type).
        reported = reported.OrderBy(r => r.PeriodStart).ThenBy(r => r.Id).ToList();

        return new SeriesResult(
            metric,
            interval,
            UnitOf(metric),
            ToSeries(buckets, metric, interval, filter),
            unplaced is null ? new UnplacedFacts(0, 0, false) : new UnplacedFacts(unplaced.Facts, ValueOf(unplaced, metric), metric == Metric.Investment && unplaced.LowerBound == 1),
            reported.Select(r => new ReportedTotal(
                FactSelection.ShownName(r.District, filter.Boundaries, gazetteer),
                r.Date,
                r.Stage,
                metric == Metric.Investment ? r.InvestmentYuan ?? 0 : r.ProjectCount ?? 0,
                metric == Metric.Investment && r.IsLowerBound,
                r.Id)).ToArray());
    }

    private async Task<(List<Bucket> Buckets, Bucket? Unplaced)> FromFactsAsync(
        MetricsDbContext context, Metric metric, Interval interval, FactFilter filter, CancellationToken cancellationToken)
    {
        var selected = FactSelection.Counted(context.Facts.AsNoTracking(), metric, filter, gazetteer);
        var buckets = await Group(FactSelection.Placed(selected, interval, filter), interval)
            .Select(g => new Bucket
            {
                District = g.Key.District,
                Year = g.Key.Year,
                Part = g.Key.Part,
                Facts = g.Count(),
                Projects = g.Sum(f => (long)f.ProjectsCounted),
                Yuan = g.Sum(f => f.InvestmentYuan ?? 0),
                LowerBound = g.Max(f => f.IsLowerBound ? 1 : 0),
            })
            .ToListAsync(cancellationToken);
        var unplaced = await FactSelection.Unplaced(selected, interval, filter)
            .GroupBy(f => 1)
            .Select(g => new Bucket
            {
                District = "",
                Facts = g.Count(),
                Projects = g.Sum(f => (long)f.ProjectsCounted),
                Yuan = g.Sum(f => f.InvestmentYuan ?? 0),
                LowerBound = g.Max(f => f.IsLowerBound ? 1 : 0),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return (buckets, unplaced);
    }

    private async Task<(List<Bucket> Buckets, Bucket? Unplaced)> FromTotalsAsync(
        MetricsDbContext context, Metric metric, Interval interval, FactFilter filter, CancellationToken cancellationToken)
    {
        var selected = TotalSelection.Counted(context, metric, filter, gazetteer);
        var placed = TotalSelection.Placed(selected, interval, filter);
        var grouped = interval switch
        {
            Interval.Month => placed.GroupBy(t => new PeriodKey { District = t.District, Year = t.Year, Part = t.Month }),
            Interval.Quarter => placed.GroupBy(t => new PeriodKey { District = t.District, Year = t.Year, Part = t.Quarter }),
            _ => placed.GroupBy(t => new PeriodKey { District = t.District, Year = t.Year, Part = null }),
        };
        var investment = metric == Metric.Investment;
        var buckets = await grouped
            .Select(g => new Bucket
            {
                District = g.Key.District,
                Year = g.Key.Year,
                Part = g.Key.Part,
                Facts = investment ? g.Sum(t => t.FactsWithAmount) : g.Sum(t => t.Facts),
                Projects = g.Sum(t => t.Projects),
                Yuan = g.Sum(t => t.Yuan),
                LowerBound = g.Max(t => t.LowerBounds > 0 ? 1 : 0),
            })
            .ToListAsync(cancellationToken);
        var unplaced = await TotalSelection.Unplaced(selected, interval, filter)
            .GroupBy(t => 1)
            .Select(g => new Bucket
            {
                District = "",
                Facts = investment ? g.Sum(t => t.FactsWithAmount) : g.Sum(t => t.Facts),
                Projects = g.Sum(t => t.Projects),
                Yuan = g.Sum(t => t.Yuan),
                LowerBound = g.Max(t => t.LowerBounds > 0 ? 1 : 0),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return (buckets, unplaced);
    }

    /// <summary><c>yuan</c>, <c>projects</c> or <c>meetings</c>.</summary>
    public static string UnitOf(Metric metric) => metric switch
    {
        Metric.Investment => "yuan",
        Metric.Projects => "projects",
        _ => "meetings",
    };

    private static IQueryable<IGrouping<PeriodKey, Fact>> Group(IQueryable<Fact> facts, Interval interval) => interval switch
    {
        Interval.Month => facts.GroupBy(f => new PeriodKey { District = f.District, Year = f.Year, Part = f.Month }),
        Interval.Quarter => facts.GroupBy(f => new PeriodKey { District = f.District, Year = f.Year, Part = f.Quarter }),
        _ => facts.GroupBy(f => new PeriodKey { District = f.District, Year = f.Year, Part = null }),
    };

    private IReadOnlyList<DistrictSeries> ToSeries(List<Bucket> buckets, Metric metric, Interval interval, FactFilter filter)
    {
        // Under current boundaries several stored districts are one series: merge after SQL grouped them.
        var byDistrict = buckets
            .GroupBy(b => FactSelection.ShownName(b.District, filter.Boundaries, gazetteer))
            .ToDictionary(g => g.Key, g => g
                .GroupBy(b => (b.Year, b.Part))
                .OrderBy(p => p.Key.Year).ThenBy(p => p.Key.Part)
                .Select(p => new SeriesPoint(
                    Label(p.Key.Year!.Value, p.Key.Part, interval),
                    p.Sum(b => ValueOf(b, metric)),
                    metric == Metric.Investment && p.Any(b => b.LowerBound == 1),
                    p.Sum(b => b.Facts)))
                .ToArray());
        var requested = filter.Districts.Select(d => FactSelection.ShownName(d, filter.Boundaries, gazetteer));
        var order = gazetteer.AllDistricts.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index);
        return byDistrict.Keys.Union(requested)
            .OrderBy(d => order.GetValueOrDefault(d, int.MaxValue)).ThenBy(d => d, StringComparer.Ordinal)
            .Select(d => new DistrictSeries(d, byDistrict.GetValueOrDefault(d) ?? []))
            .ToArray();
    }

    private static long ValueOf(Bucket bucket, Metric metric) => metric switch
    {
        Metric.Investment => bucket.Yuan,
        Metric.Projects => bucket.Projects,
        _ => bucket.Facts,
    };

    private static string Label(int year, int? part, Interval interval) => interval switch
    {
        Interval.Month => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{part:D2}"),
        Interval.Quarter => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{part}"),
        _ => year.ToString("D4", CultureInfo.InvariantCulture),
    };

    private sealed class PeriodKey
    {
        public required string District { get; init; }

        public int? Year { get; init; }

        public int? Part { get; init; }
    }

    private sealed class Bucket
    {
        public required string District { get; init; }

        public int? Year { get; init; }

        public int? Part { get; init; }

        public int Facts { get; init; }

        public long Projects { get; init; }

        public long Yuan { get; init; }

        public int LowerBound { get; init; }
    }
}
