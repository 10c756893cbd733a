using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Storage;

namespace Metrics.Queries;

/// <summary>Composes a <see cref="FactFilter"/> and a metric onto the facts, so that SQL does the filtering.</summary>
internal static class FactSelection
{
    /// <summary>Canonical facts that are not rejected and have a district, of the metric's type, within the filter's districts, stage and kind.</summary>
    public static IQueryable<Fact> Counted(IQueryable<Fact> facts, Metric? metric, FactFilter filter, NantongGazetteer gazetteer)
    {
        facts = facts.Where(f => f.Status != FactStatus.Rejected);
        facts = metric switch
        {
            Metric.Meetings => facts.Where(f => f.Type == FactType.Meeting),
            Metric.Projects => facts.Where(f => f.Type == FactType.ProjectEvent && f.Scope == FactScope.Event && !f.MemberOfBatch),
            Metric.Investment => facts.Where(f => f.Type == FactType.ProjectEvent && f.Scope == FactScope.Event && !f.MemberOfBatch && f.InvestmentYuan != null),
            _ => facts,
        };
        return Common(facts, filter, gazetteer);
    }

    /// <summary>Period summaries (<c>scope = period</c>): reported totals, shown beside sums and never added in.</summary>
    public static IQueryable<Fact> Reported(IQueryable<Fact> facts, Metric metric, FactFilter filter, NantongGazetteer gazetteer)
    {
        facts = facts.Where(f => f.Status != FactStatus.Rejected && f.Type == FactType.ProjectEvent && f.Scope == FactScope.Period);
        facts = metric == Metric.Investment ? facts.Where(f => f.InvestmentYuan != null) : facts.Where(f => f.ProjectCount != null);
        return Common(facts, filter, gazetteer);
    }

    /// <summary>Facts whose days all lie in the filter's range, and that are dated at least as finely as the interval.</summary>
    public static IQueryable<Fact> Placed(IQueryable<Fact> facts, Interval interval, FactFilter filter)
    {
        facts = Inside(facts, filter);
        return interval switch
        {
            Interval.Month => facts.Where(f => f.Month != null),
            Interval.Quarter => facts.Where(f => f.Quarter != null),
            _ => facts.Where(f => f.Year != null),
        };
    }

    /// <summary>The complement of <see cref="Placed"/>: dated too coarsely for the interval or the range, or not dated.</summary>
    public static IQueryable<Fact> Unplaced(IQueryable<Fact> facts, Interval interval, FactFilter filter)
    {
        var from = filter.From ?? DateOnly.MinValue;
        var to = filter.To ?? DateOnly.MaxValue;
        return interval switch
        {
            Interval.Month => facts.Where(f => f.Month == null || f.PeriodStart < from || f.PeriodEnd > to),
            Interval.Quarter => facts.Where(f => f.Quarter == null || f.PeriodStart < from || f.PeriodEnd > to),
            _ => facts.Where(f => f.Year == null || f.PeriodStart < from || f.PeriodEnd > to),
        };
    }

    /// <summary>Facts a person confirmed, corrected or entered: what <c>reviewed=only</c> counts and <c>reviewedShare</c> measures.</summary>
    public static IQueryable<Fact> Reviewed(IQueryable<Fact> facts) =>
        facts.Where(f => f.Status == FactStatus.Confirmed || f.Status == FactStatus.Corrected || f.Status == FactStatus.Manual);

    /// <summary>The stored district names a requested name covers: under current boundaries 崇川区 covers 港闸区 too.</summary>
    public static IReadOnlyList<string> StoredNames(IReadOnlyList<string> requested, Boundaries boundaries, NantongGazetteer gazetteer) =>
        boundaries == Boundaries.Historical
            ? requested
            : gazetteer.AllDistricts.Where(d => requested.Contains(gazetteer.CurrentName(d))).Union(requested).ToArray();

    /// <summary>The name a stored district is shown under.</summary>
    public static string ShownName(string district, Boundaries boundaries, NantongGazetteer gazetteer) =>
        boundaries == Boundaries.Current ? gazetteer.CurrentName(district) : district;

    private static IQueryable<Fact> Common(IQueryable<Fact> facts, FactFilter filter, NantongGazetteer gazetteer)
    {
        // A fact without a district is in no figure until staff place it (the FactTotals triggers agree).
        facts = facts.Where(f => f.District != Fact.NoDistrict);
        if (filter.Districts.Count > 0)
        {
            var names = StoredNames(filter.Districts, filter.Boundaries, gazetteer);
            facts = facts.Where(f => names.Contains(f.District));
        }

        if (filter.Stage is { } stage)
        {
            facts = facts.Where(f => f.Stage == stage);
        }

        if (filter.Kind is { } kind)
        {
            facts = facts.Where(f => f.Kind == kind);
        }

        if (filter.ReviewedOnly)
        {
            facts = Reviewed(facts);
        }

        // A fact overlapping the range is selected; one only partly inside it is unplaced, never counted.
        if (filter.From is { } from)
        {
            facts = facts.Where(f => f.PeriodEnd >= from);
        }

        if (filter.To is { } to)
        {
            facts = facts.Where(f => f.PeriodStart <= to);
        }

        return facts;
    }

    private static IQueryable<Fact> Inside(IQueryable<Fact> facts, FactFilter filter)
    {
        if (filter.From is { } from)
        {
            facts = facts.Where(f => f.PeriodStart >= from);
        }

        if (filter.To is { } to)
        {
            facts = facts.Where(f => f.PeriodEnd <= to);
        }

        return facts;
    }
}
