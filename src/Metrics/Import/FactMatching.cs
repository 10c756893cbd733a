using Metrics.Facts;
using Metrics.Storage;

namespace Metrics.Import;

/// <summary>
/// Decides whether a newly extracted fact reports the same event as a stored canonical fact
/// (GOLD_SCHEMA: the same meeting reported by several articles counts once).
/// </summary>
public static class FactMatching
{
    /// <summary>
    /// Same district (a fact without one is never the same event as another), type and kind or stage, scope and batch membership; compatible dates
    /// (equal, or one inside the other: 2023-02 holds 2023-02-11); the same count and amount;
    /// named projects and chairs, when both sides give them, agree.
    /// </summary>
    public static bool IsSameEvent(Fact stored, Fact incoming)
    {
        if (stored.Type != incoming.Type || stored.District != incoming.District || stored.District == Fact.NoDistrict
            || stored.Kind != incoming.Kind || stored.Stage != incoming.Stage || stored.Scope != incoming.Scope
            || stored.MemberOfBatch != incoming.MemberOfBatch
            || stored.ProjectCount != incoming.ProjectCount || stored.InvestmentYuan != incoming.InvestmentYuan
            || stored.InvestmentOriginal != incoming.InvestmentOriginal)
        {
            return false;
        }

        if (FactPeriod.Parse(stored.Date) is not { } a || FactPeriod.Parse(incoming.Date) is not { } b || !(a.Contains(b) || b.Contains(a)))
        {
            return false;
        }

        if (stored.Chair is not null && incoming.Chair is not null && stored.Chair != incoming.Chair)
        {
            return false;
        }

        return stored.Projects.Count == 0 || incoming.Projects.Count == 0 || stored.Projects.Intersect(incoming.Projects).Any();
    }

    /// <summary>
    /// Folds what a further report adds into an unreviewed canonical fact: a finer date, a chair,
    /// more project names. Reviewed facts are never changed. Returns whether the fact was changed.
    /// </summary>
    public static bool Absorb(Fact stored, Fact incoming, DateTime nowUtc)
    {
        if (stored.Status != FactStatus.Extracted)
        {
            return false;
        }

        if (FactPeriod.Parse(stored.Date) is { } a && FactPeriod.Parse(incoming.Date) is { } b && a.Contains(b) && a != b)
        {
            FactRecords.SetDate(stored, incoming.Date);
        }

        stored.Chair ??= incoming.Chair;
        stored.Projects = [.. stored.Projects, .. incoming.Projects.Where(n => !stored.Projects.Contains(n))];

        FactRecords.SetCountedValues(stored);
        stored.UpdatedAtUtc = nowUtc;
        return true;
    }
}
