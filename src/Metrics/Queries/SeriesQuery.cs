using System.Globalization;
using Metrics.Facts;
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
        // The reviewed part of each point: the same grouping over reviewed facts alone (few, and indexed by status).
        var reviewed = filter.ReviewedOnly
            ? buckets
            : (await FromFactsAsync(context, metric, interval, filter with { ReviewedOnly = true }, cancellationToken)).Buckets;

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
            ToSeries(buckets, reviewed, metric, interval, filter),
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
        var buckets = await Group(FactSelection.Placed(selected, interval, filter), interval, byStage: metric != Metric.Meetings)
            .Select(g => new Bucket
            {
                District = g.Key.District,
                Stage = g.Key.Stage,
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
        var investment = metric == Metric.Investment;
        if (metric == Metric.Meetings)
        {
            var selected = TotalSelection.Counted(context, metric, filter, gazetteer);
            var placed = TotalSelection.Placed(selected, interval, filter);
            var points = interval switch
            {
                Interval.Month => placed.Select(t => new TotalPoint
                {
                    District = t.District, Year = t.Year, Part = t.Month, Facts = t.Facts, Projects = t.Projects, Yuan = t.Yuan, LowerBound = t.LowerBounds > 0 ? 1 : 0,
                }),
                Interval.Quarter => Sums(placed.GroupBy(t => new PeriodKey { District = t.District, Year = t.Year, Part = t.Quarter }), investment),
                _ => Sums(placed.GroupBy(t => new PeriodKey { District = t.District, Year = t.Year, Part = null }), investment),
            };
            return (await ToBucketsAsync(points, cancellationToken), await UnplacedAsync(TotalSelection.Unplaced(selected, interval, filter), metric, cancellationToken));
        }

        var byStage = TotalSelection.CountedByStage(context, metric, filter, gazetteer);
        var placedByStage = TotalSelection.Placed(byStage, interval, filter);
        var pointsByStage = interval switch
        {
            Interval.Month => placedByStage.Select(t => new TotalPoint
            {
                District = t.District, StageName = t.Stage, Year = t.Year, Part = t.Month, Facts = investment ? t.FactsWithAmount : t.Facts,
                Projects = t.Projects, Yuan = t.Yuan, LowerBound = t.LowerBounds > 0 ? 1 : 0,
            }),
            Interval.Quarter => Sums(placedByStage.GroupBy(t => new PeriodKey { District = t.District, StageName = t.Stage, Year = t.Year, Part = t.Quarter }), investment),
            _ => Sums(placedByStage.GroupBy(t => new PeriodKey { District = t.District, StageName = t.Stage, Year = t.Year, Part = null }), investment),
        };
        var buckets = await ToBucketsAsync(pointsByStage, cancellationToken);
        return (buckets, await UnplacedAsync(TotalSelection.Unplaced(byStage, interval, filter), metric, cancellationToken));
    }

    // A month's totals are already one row per district, stage or kind, and month: they are read as
    // they are (above), without the GROUP BY that quarters and years need, which cost PostgreSQL a hash
    // aggregate over every row, most of the query. Rows that still share a point (the kinds of a month
    // when only a stage is filtered) are added up by ToSeries, as the rows of merged districts are.
    private static IQueryable<TotalPoint> Sums<T>(IQueryable<IGrouping<PeriodKey, T>> grouped, bool investment)
        where T : TotalRow =>
        grouped.Select(g => new TotalPoint
        {
            District = g.Key.District,
            StageName = g.Key.StageName,
            Year = g.Key.Year,
            Part = g.Key.Part,
            Facts = investment ? g.Sum(t => t.FactsWithAmount) : g.Sum(t => t.Facts),
            Projects = g.Sum(t => t.Projects),
            Yuan = g.Sum(t => t.Yuan),
            LowerBound = g.Max(t => t.LowerBounds > 0 ? 1 : 0),
        });

    private static async Task<List<Bucket>> ToBucketsAsync(IQueryable<TotalPoint> points, CancellationToken cancellationToken)
    {
        var rows = await points.ToListAsync(cancellationToken);
        return rows.Select(r => new Bucket
            {
                District = r.District,
                Stage = string.IsNullOrEmpty(r.StageName) ? null : Enum.Parse<ProjectStage>(r.StageName),
                Year = r.Year,
                Part = r.Part,
                Facts = r.Facts,
                Projects = r.Projects,
                Yuan = r.Yuan,
                LowerBound = r.LowerBound,
            })
            .ToList();
    }

    private static Task<Bucket?> UnplacedAsync<T>(IQueryable<T> unplaced, Metric metric, CancellationToken cancellationToken)
        where T : TotalRow
    {
        var investment = metric == Metric.Investment;
        return unplaced
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
    }

    /// <summary><c>yuan</c>, <c>projects</c> or <c>meetings</c>.</summary>
    public static string UnitOf(Metric metric) => metric switch
    {
        Metric.Investment => "yuan",
        Metric.Projects => "projects",
        _ => "meetings",
    };

    private static IQueryable<IGrouping<PeriodKey, Fact>> Group(IQueryable<Fact> facts, Interval interval, bool byStage) => (interval, byStage) switch
    {
        (Interval.Month, true) => facts.GroupBy(f => new PeriodKey { District = f.District, Stage = f.Stage, Year = f.Year, Part = f.Month }),
        (Interval.Quarter, true) => facts.GroupBy(f => new PeriodKey { District = f.District, Stage = f.Stage, Year = f.Year, Part = f.Quarter }),
        (_, true) => facts.GroupBy(f => new PeriodKey { District = f.District, Stage = f.Stage, Year = f.Year, Part = null }),
        (Interval.Month, false) => facts.GroupBy(f => new PeriodKey { District = f.District, Year = f.Year, Part = f.Month }),
        (Interval.Quarter, false) => facts.GroupBy(f => new PeriodKey { District = f.District, Year = f.Year, Part = f.Quarter }),
        _ => facts.GroupBy(f => new PeriodKey { District = f.District, Year = f.Year, Part = null }),
    };

    private IReadOnlyList<DistrictSeries> ToSeries(List<Bucket> buckets, List<Bucket> reviewed, Metric metric, Interval interval, FactFilter filter)
    {
        // Under current boundaries several stored districts are one series: merge after SQL grouped them.
        var reviewedByPoint = reviewed
            .GroupBy(b => (District: FactSelection.ShownName(b.District, filter.Boundaries, gazetteer), b.Stage, b.Year, b.Part))
            .ToDictionary(g => g.Key, g => (Value: g.Sum(b => ValueOf(b, metric)), Facts: g.Sum(b => b.Facts)));
        var bySeries = buckets
            .GroupBy(b => (District: FactSelection.ShownName(b.District, filter.Boundaries, gazetteer), b.Stage))
            .ToDictionary(g => g.Key, g => g
                .GroupBy(b => (b.Year, b.Part))
                .OrderBy(p => p.Key.Year).ThenBy(p => p.Key.Part)
                .Select(p =>
                {
                    var value = p.Sum(b => ValueOf(b, metric));
                    var facts = p.Sum(b => b.Facts);
                    var checkedPart = reviewedByPoint.GetValueOrDefault((g.Key.District, g.Key.Stage, p.Key.Year, p.Key.Part));
                    return new SeriesPoint(
                        Label(p.Key.Year!.Value, p.Key.Part, interval),
                        value,
                        metric == Metric.Investment && p.Any(b => b.LowerBound == 1),
                        facts,
                        SeriesPoint.ShareOf(checkedPart.Value, value, checkedPart.Facts, facts));
                })
                .ToArray());
        // A requested district with nothing counted still gets its (empty) series, in the stages shown.
        IEnumerable<ProjectStage?> stages = metric == Metric.Meetings
            ? [null]
            : filter.Stage is { } asked ? [asked] : bySeries.Keys.Select(k => k.Stage).Distinct().DefaultIfEmpty(ProjectStage.Signed).ToArray();
        var requested = filter.Districts
            .Select(d => FactSelection.ShownName(d, filter.Boundaries, gazetteer))
            .SelectMany(d => stages.Select(stage => (District: d, Stage: stage)))
            .Where(k => !bySeries.Keys.Any(s => s.District == k.District));
        var order = gazetteer.AllDistricts.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index);
        return bySeries.Keys.Union(requested)
            .OrderBy(k => order.GetValueOrDefault(k.District, int.MaxValue)).ThenBy(k => k.District, StringComparer.Ordinal).ThenBy(k => k.Stage)
            .Select(k => new DistrictSeries(k.District, bySeries.GetValueOrDefault(k) ?? [], k.Stage))
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

        public ProjectStage? Stage { get; init; }

        /// <summary>The stage as the totals tables store it (<c>Signed</c>), or empty.</summary>
        public string? StageName { get; init; }

        public int? Year { get; init; }

        public int? Part { get; init; }
    }

    // One point of a series as the totals give it (the stage as stored: Signed, or empty).
    private sealed class TotalPoint
    {
        public required string District { get; init; }

        public string? StageName { get; init; }

        public int? Year { get; init; }

        public int? Part { get; init; }

        public int Facts { get; init; }

        public long Projects { get; init; }

        public long Yuan { get; init; }

        public int LowerBound { get; init; }
    }

    private sealed class Bucket
    {
        public required string District { get; init; }

        public ProjectStage? Stage { get; init; }

        public int? Year { get; init; }

        public int? Part { get; init; }

        public int Facts { get; init; }

        public long Projects { get; init; }

        public long Yuan { get; init; }

        public int LowerBound { get; init; }
    }
}
