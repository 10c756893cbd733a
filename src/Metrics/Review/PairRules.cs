using Metrics.Facts;
using Metrics.Storage;

namespace Metrics.Review;

/// <summary>The review rules that compare two facts of the same district and type.</summary>
public static class PairRules
{
    /// <summary>Facts dated to the day this close may be one event reported with different dates.</summary>
    public const int NearDays = 3;

    /// <summary>
    /// <see cref="ReviewReason.ConflictingAmount"/> when both report the same project event (stage,
    /// scope, batch membership, count, agreeing project names, one date inside the other) with
    /// different amounts; <see cref="ReviewReason.NearDuplicate"/> when two meetings of one kind, or
    /// two events of one stage with the same count or amount, lie within <see cref="NearDays"/> days
    /// (or one date holds the other) without being merged; otherwise null.
    /// </summary>
    public static ReviewReason? Classify(Fact a, Fact b)
    {
        if (a.District != b.District || a.Type != b.Type || a.Kind != b.Kind || a.Stage != b.Stage || a.Scope != b.Scope
            || a.MemberOfBatch != b.MemberOfBatch
            || FactPeriod.Parse(a.Date) is not { } pa || FactPeriod.Parse(b.Date) is not { } pb)
        {
            return null;
        }

        var nested = pa.Contains(pb) || pb.Contains(pa);
        var namesAgree = a.Projects.Count == 0 || b.Projects.Count == 0 || a.Projects.Intersect(b.Projects).Any();
        if (a.Type == FactType.ProjectEvent && nested && namesAgree && a.ProjectCount == b.ProjectCount
            && a.InvestmentYuan is { } x && b.InvestmentYuan is { } y && x != y)
        {
            return ReviewReason.ConflictingAmount;
        }

        var close = nested || (pa.Precision == DatePrecision.Day && pb.Precision == DatePrecision.Day
            && Math.Abs(pa.Start.DayNumber - pb.Start.DayNumber) <= NearDays);
        if (!close || !namesAgree)
        {
            return null;
        }

        return a.Type == FactType.Meeting
            || (a.ProjectCount is not null && a.ProjectCount == b.ProjectCount)
            || (a.InvestmentYuan is not null && a.InvestmentYuan == b.InvestmentYuan)
            ? ReviewReason.NearDuplicate
            : null;
    }
}
