using Metrics.Facts;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Review;

/// <summary>
/// How much checking a fact matters: its share of the figure it lands in (its district, year and
/// stage cell, or its type's for meetings) times the doubt about it (1 − confidence, raised by each
/// rule that flags it). A fact no figure holds yet (no district or date) has the whole share: until
/// a person places it, its cell is missing it entirely.
/// </summary>
internal static class ReviewImpact
{
    /// <summary>The least doubt: a fact the extractor is sure of still ranks by its share.</summary>
    public const double MinDoubt = 0.05;

    /// <summary>Impact of each of <paramref name="factIds"/>, flagged by <paramref name="flags"/> rules each.</summary>
    public static async Task<Dictionary<int, double>> OfAsync(
        IQueryable<Fact> facts, IReadOnlyCollection<int> factIds, IReadOnlyDictionary<int, int> flags, CancellationToken cancellationToken)
    {
        var open = await facts.Where(f => factIds.Contains(f.Id))
            .Select(f => new
            {
                f.Id,
                f.District,
                f.Year,
                f.Type,
                f.Stage,
                Counted = f.Type == FactType.Meeting || (f.Scope == FactScope.Event && !f.MemberOfBatch),
                Yuan = f.InvestmentYuan ?? 0,
                f.ProjectsCounted,
                f.Confidence,
            })
            .ToListAsync(cancellationToken);
        var cells = (await facts
            .Where(f => f.Status != FactStatus.Rejected && f.District != Fact.NoDistrict && f.Year != null
                && (f.Type == FactType.Meeting || (f.Scope == FactScope.Event && !f.MemberOfBatch)))
            .GroupBy(f => new { f.District, f.Year, f.Type, f.Stage })
            .Select(g => new { g.Key.District, g.Key.Year, g.Key.Type, g.Key.Stage, Yuan = g.Sum(f => f.InvestmentYuan ?? 0), Projects = g.Sum(f => (long)f.ProjectsCounted), Facts = g.Count() })
            .ToListAsync(cancellationToken))
            .ToDictionary(c => (c.District, c.Year, c.Type, c.Stage));
        return open.ToDictionary(
            f => f.Id,
            f =>
            {
                double share;
                if (f.District == Fact.NoDistrict || f.Year is null)
                {
                    share = 1;
                }
                else if (!f.Counted || !cells.TryGetValue((f.District, f.Year, f.Type, f.Stage), out var cell))
                {
                    share = 0;
                }
                else
                {
                    share = f.Yuan > 0 && cell.Yuan > 0 ? (double)f.Yuan / cell.Yuan
                        : f.ProjectsCounted > 0 && cell.Projects > 0 ? (double)f.ProjectsCounted / cell.Projects
                        : 1.0 / cell.Facts;
                }

                var doubt = Math.Max(MinDoubt, 1 - (f.Confidence * Math.Pow(0.5, flags.GetValueOrDefault(f.Id))));
                return Math.Round(share * doubt, 6);
            });
    }
}
