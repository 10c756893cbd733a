using Metrics.Gazetteer;
using Metrics.Storage;

namespace Metrics.Queries;

/// <summary>
/// The series selection on <see cref="FactTotal"/> rows instead of facts: the same answer
/// whenever the date range starts and ends on month boundaries (day-dated facts are bucketed
/// by month there), read from a few thousand rows instead of every fact.
/// </summary>
internal static class TotalSelection
{
    /// <summary>True when the totals can answer the filter exactly.</summary>
    public static bool Answers(FactFilter filter) =>
        (filter.From is not { } from || from.Day == 1)
        && (filter.To is not { } to || to.AddDays(1).Day == 1);

    public static IQueryable<FactTotal> Counted(IQueryable<FactTotal> totals, Metric metric, FactFilter filter, NantongGazetteer gazetteer)
    {
        totals = metric switch
        {
            Metric.Meetings => totals.Where(t => t.Type == nameof(FactType.Meeting) && t.Facts > 0),
            Metric.Projects => totals.Where(t => t.Type == nameof(FactType.ProjectEvent) && t.Facts > 0),
            _ => totals.Where(t => t.Type == nameof(FactType.ProjectEvent) && t.FactsWithAmount > 0),
        };
        if (filter.Districts.Count > 0)
        {
            var names = FactSelection.StoredNames(filter.Districts, filter.Boundaries, gazetteer);
            totals = totals.Where(t => names.Contains(t.District));
        }

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

    public static IQueryable<FactTotal> Placed(IQueryable<FactTotal> totals, Interval interval, FactFilter filter)
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

    public static IQueryable<FactTotal> Unplaced(IQueryable<FactTotal> totals, Interval interval, FactFilter filter)
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
