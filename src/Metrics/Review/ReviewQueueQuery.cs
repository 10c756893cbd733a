using Metrics.Facts;
using Metrics.Queries;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Review;

/// <summary>
/// The review queue: every fact nobody has decided on yet, under each rule that flags it
/// (<see cref="ReviewReason"/>) or as <see cref="ReviewReason.Unreviewed"/>, highest
/// <see cref="ReviewImpact"/> first. A pair is listed while either of its facts is undecided;
/// rejected facts are never listed.
/// </summary>
public sealed class ReviewQueueQuery(IDbContextFactory<MetricsDbContext> contextFactory)
{
    public async Task<IReadOnlyList<ReviewItem>> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var facts = context.Facts.AsNoTracking();
        var open = facts.Where(f => f.Status == FactStatus.Extracted);
        var flagged = new List<(ReviewReason Reason, int Id, int? OtherId)>();

        flagged.AddRange((await open.Where(f => f.Date == null).Select(f => f.Id).ToListAsync(cancellationToken))
            .Select(id => (ReviewReason.UnknownDate, id, (int?)null)));

        // A single event known only to its year, or dated without any report's publication date as anchor.
        var ambiguous = open.Where(f => f.Date != null
            && ((f.Precision == DatePrecision.Year && (f.Type == FactType.Meeting || f.Scope == FactScope.Event))
                || (f.Mentions.Any() && f.Mentions.All(m => m.Article.Published == null))));
        flagged.AddRange((await ambiguous.Select(f => f.Id).ToListAsync(cancellationToken))
            .Select(id => (ReviewReason.AmbiguousDate, id, (int?)null)));

        var afterPublication = open.Where(f => f.PeriodStart != null
            && f.Mentions.Any(m => m.Article.Published != null)
            && f.Mentions.Where(m => m.Article.Published != null).All(m => f.PeriodStart > m.Article.Published));
        flagged.AddRange((await afterPublication.Select(f => f.Id).ToListAsync(cancellationToken))
            .Select(id => (ReviewReason.DatedAfterPublication, id, (int?)null)));

        var noDistrict = open.Where(f => !context.Districts.Any(d => d.Name == f.District));
        flagged.AddRange((await noDistrict.Select(f => f.Id).ToListAsync(cancellationToken))
            .Select(id => (ReviewReason.NoDistrict, id, (int?)null)));

        foreach (var (a, b) in await CandidatePairsAsync(facts, cancellationToken))
        {
            if (PairRules.Classify(a, b) is { } reason)
            {
                var (first, second) = a.Status == FactStatus.Extracted ? (a, b) : (b, a);
                flagged.Add((reason, first.Id, second.Id));
            }
        }

        var flaggedIds = flagged.Select(f => f.Id).ToHashSet();
        flagged.AddRange((await open.Select(f => f.Id).ToListAsync(cancellationToken))
            .Where(id => !flaggedIds.Contains(id))
            .Select(id => (ReviewReason.Unreviewed, id, (int?)null)));

        var ids = flagged.Select(f => f.Id).Concat(flagged.Where(f => f.OtherId is not null).Select(f => f.OtherId!.Value)).Distinct().ToList();
        var rows = await facts.Where(f => ids.Contains(f.Id)).Select(FactRowProjection.FromFact).AsSplitQuery().ToDictionaryAsync(r => r.Id, cancellationToken);
        var flags = flagged.Where(f => f.Reason != ReviewReason.Unreviewed).GroupBy(f => f.Id).ToDictionary(g => g.Key, g => g.Count());
        var impact = await ReviewImpact.OfAsync(facts, flagged.Select(f => f.Id).Distinct().ToList(), flags, cancellationToken);
        return flagged
            .Select(f => new ReviewItem(f.Reason, rows[f.Id], f.OtherId is { } other ? rows[other] : null, impact.GetValueOrDefault(f.Id)))
            .OrderByDescending(i => i.Impact).ThenBy(i => i.Reason).ThenByDescending(i => i.Fact.Date).ThenBy(i => i.Fact.Id)
            .ToList();
    }

    // Two live facts of one district and type whose periods overlap or lie within NearDays of each
    // other, at least one undecided; PairRules decides what they are. Facts without a district are
    // listed under their own rule: two of them need not be one district's.
    private static async Task<List<(Fact A, Fact B)>> CandidatePairsAsync(IQueryable<Fact> facts, CancellationToken cancellationToken)
    {
        var live = facts.Where(f => f.Status != FactStatus.Rejected && f.PeriodStart != null && f.District != Fact.NoDistrict);
        var pairs = from a in live
                    join b in live on new { a.District, a.Type } equals new { b.District, b.Type }
                    where a.Id < b.Id
                        && (a.Status == FactStatus.Extracted || b.Status == FactStatus.Extracted)
                        && a.Kind == b.Kind && a.Stage == b.Stage && a.Scope == b.Scope
                        && b.PeriodStart <= a.PeriodEnd!.Value.AddDays(PairRules.NearDays)
                        && a.PeriodStart <= b.PeriodEnd!.Value.AddDays(PairRules.NearDays)
                    select new { A = a, B = b };
        return (await pairs.ToListAsync(cancellationToken)).Select(p => (p.A, p.B)).ToList();
    }
}
