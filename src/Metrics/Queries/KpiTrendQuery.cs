using System.Globalization;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Queries;

/// <summary>
/// KPIs of a selection of districts taken together (the overview's cards): a year against the
/// previous calendar year, with the yearly values before it for a trend. Read from the same
/// yearly series as <c>/api/series</c>, summed over the selected districts.
/// </summary>
public sealed class KpiTrendQuery(SeriesQuery series, IDbContextFactory<MetricsDbContext> contextFactory)
{
    private readonly VersionedCache<IReadOnlyList<int>> years = new();

    /// <summary>
    /// One trend per measure. The filter's districts and boundaries apply; its dates, stage and
    /// kind are replaced by the years and each measure's own stage.
    /// </summary>
    /// <param name="measures">What to count, in the order returned.</param>
    /// <param name="year">The KPI's calendar year.</param>
    /// <param name="years">How many years the trend covers, ending with <paramref name="year"/>; at least 2.</param>
    /// <param name="filter">Districts and boundaries.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<IReadOnlyList<KpiTrend>> RunAsync(
        IReadOnlyList<KpiMeasure> measures, int year, int years, FactFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 2);
        var first = year - years + 1;
        var range = filter with { From = new DateOnly(first, 1, 1), To = new DateOnly(year, 12, 31), Kind = null };
        var trends = new List<KpiTrend>(measures.Count);
        foreach (var measure in measures)
        {
            var result = await series.RunAsync(measure.Metric, Interval.Year, range with { Stage = measure.Stage }, cancellationToken);
            var points = Enumerable.Range(first, years).Select(y => result.Total(y.ToString("D4", CultureInfo.InvariantCulture))).ToArray();
            var now = points[^1];
            trends.Add(new KpiTrend(measure, new Kpi(now.Value, points[^2].Value, now.LowerBound, now.ReviewedShare), points));
        }

        return trends;
    }

    /// <summary>
    /// The calendar years that hold a listed fact (not rejected, with a district), oldest first: read
    /// from the trigger-kept totals, not the facts, and kept until the data changes, since every
    /// page with a year picker asks on each visit.
    /// </summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var version = await DataVersionTriggers.ReadAsync(context, cancellationToken);
        if (years.TryGet(version, string.Empty, out var cached))
        {
            return cached;
        }

        var found = await context.TypeTotals.AsNoTracking()
            .Where(t => t.Year > 0 && t.AllFacts > 0)
            .Select(t => t.Year)
            .Distinct()
            .OrderBy(y => y)
            .ToListAsync(cancellationToken);
        years.Set(version, string.Empty, found);
        return found;
    }
}
