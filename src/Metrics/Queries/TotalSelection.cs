using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Queries;

/// <summary>
/// The series selection on trigger-kept totals instead of facts: the same answer whenever the
/// date range starts and ends on month boundaries (day-dated facts are bucketed by month there),
/// read from a few thousand rows instead of every fact. <see cref="TypeTotal"/> rows when the filter
/// names no stage or kind, else <see cref="FactTotal"/> rows of that stage or kind.
/// </summary>
internal static class TotalSelection
{
    /// <summary>True when the totals can answer the filter exactly.</summary>
    public static bool Answers(FactFilter filter) =>
        !filter.ReviewedOnly
        && (filter.From is not { } from || from.Day == 1)
        && (filter.To is not { } to || to.Day == DateTime.DaysInMonth(to.Year, to.Month));

    /// <summary>The rows of what the metric counts within the filter, before they are split into placed and unplaced.</summary>
    public static IQueryable<TotalRow> Counted(MetricsDbContext context, Metric metric, FactFilter filter, NantongGazetteer gazetteer)
    {
        var totals = Selected(context, filter, gazetteer);
        return metric switch
        {
            Metric.Meetings => totals.Where(t => t.Type == nameof(FactType.Meeting) && t.Facts > 0),
            Metric.Projects => totals.Where(t => t.Type == nameof(FactType.ProjectEvent) && t.Facts > 0),
            _ => totals.Where(t => t.Type == nameof(FactType.ProjectEvent) && t.FactsWithAmount > 0),
        };
    }

    /// <summary>The rows of the filter's districts, stage or kind and range, of either type: their <see cref="TotalRow.AllFacts"/> add up to the facts it lists.</summary>
    public static IQueryable<TotalRow> Selected(MetricsDbContext context, FactFilter filter, NantongGazetteer gazetteer)
    {
        if (filter.Stage is null && filter.Kind is null)
        {
            return InDistrictsAndRange(context.TypeTotals.AsNoTracking(), filter, gazetteer);
        }

        var totals = context.FactTotals.AsNoTracking();
        if (filter.Stage is { } stage)
        {
            var name = stage.ToString();
            totals = totals.Where(t => t.Stage == name);
        }

        if (filter.Kind is { } kind)
        {
            var name = kind.ToString();
            totals = totals.Where(t => t.Kind == name);
        }

        return InDistrictsAndRange(totals, filter, gazetteer);
    }

    /// <summary>
    /// The per-stage rows of what a project metric counts within the filter: project figures are
    /// always per stage, never summed across stages (CONTRACTS.md, counting rules).
    /// </summary>
    public static IQueryable<FactTotal> CountedByStage(MetricsDbContext context, Metric metric, FactFilter filter, NantongGazetteer gazetteer)
    {
        var totals = context.FactTotals.AsNoTracking().Where(t => t.Type == nameof(FactType.ProjectEvent));
        totals = metric == Metric.Investment ? totals.Where(t => t.FactsWithAmount > 0) : totals.Where(t => t.Facts > 0);
        if (filter.Stage is { } stage)
        {
            var name = stage.ToString();
            totals = totals.Where(t => t.Stage == name);
        }

        return InDistrictsAndRange(totals, filter, gazetteer);
    }

    private static IQueryable<T> InDistrictsAndRange<T>(IQueryable<T> totals, FactFilter filter, NantongGazetteer gazetteer)
        where T : TotalRow
    {
        if (filter.Districts.Count > 0)
        {
            var names = FactSelection.StoredNames(filter.Districts, filter.Boundaries, gazetteer);
            totals = totals.Where(t => names.Contains(t.District));
        }

        if (filter.From is { } from)
        {
            totals = totals.Where(t => t.BucketEnd >= from);
        }

        if (filter.To is { } to)
        {
            totals = totals.Where(t => t.BucketStart <= to);
        }

        return totals;
    }

    public static IQueryable<T> Placed<T>(IQueryable<T> totals, Interval interval, FactFilter filter)
        where T : TotalRow
    {
        if (filter.From is { } from)
        {
            totals = totals.Where(t => t.BucketStart >= from);
        }

        if (filter.To is { } to)
        {
            totals = totals.Where(t => t.BucketEnd <= to);
        }

        return interval switch
        {
            Interval.Month => totals.Where(t => t.Month > 0),
            Interval.Quarter => totals.Where(t => t.Quarter > 0),
            _ => totals.Where(t => t.Year > 0),
        };
    }

    public static IQueryable<T> Unplaced<T>(IQueryable<T> totals, Interval interval, FactFilter filter)
        where T : TotalRow
    {
        var from = filter.From ?? DateOnly.MinValue;
        var to = filter.To ?? DateOnly.MaxValue;
        return interval switch
        {
            Interval.Month => totals.Where(t => t.Month == 0 || t.BucketStart < from || t.BucketEnd > to),
            Interval.Quarter => totals.Where(t => t.Quarter == 0 || t.BucketStart < from || t.BucketEnd > to),
            _ => totals.Where(t => t.Year == 0 || t.BucketStart < from || t.BucketEnd > to),
        };
    }
}
