using System.Globalization;
using System.Text;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Import;

/// <summary>
/// The stored facts that an article's new facts might be further reports of, fetched in one query
/// per article (not one per fact): for each dated fact, those of its district and type whose
/// period overlaps its own. Tracked, oldest first, so that absorbing a report updates them.
/// </summary>
internal static class CanonicalCandidates
{
    // Five parameters a fact; SQLite allows 32,766 a statement, but short statements plan faster.
    private const int FactsPerQuery = 100;

    public static async Task<List<Fact>> LoadAsync(MetricsDbContext context, IReadOnlyList<Fact> incoming, CancellationToken cancellationToken)
    {
        var ranges = incoming
            .Where(f => f.PeriodStart is not null && f.PeriodEnd is not null)
            // No stored period is longer than a year, so an overlapping fact starts at most a year
            // earlier: the lower bound keeps each index range short however many facts the district has.
            .Select(f => (f.District, Type: f.Type.ToString(), Earliest: Day(f.PeriodStart!.Value.AddDays(-366)), End: Day(f.PeriodEnd!.Value), Start: Day(f.PeriodStart.Value)))
            .Distinct()
            .ToList();
        var found = new List<Fact>();
        foreach (var chunk in ranges.Chunk(FactsPerQuery))
        {
            var sql = new StringBuilder("SELECT * FROM Facts WHERE ");
            var parameters = new List<object>(chunk.Length * 5);
            foreach (var range in chunk)
            {
                var p = parameters.Count;
                sql.Append(p == 0 ? "" : " OR ").Append(CultureInfo.InvariantCulture,
                    $"(District = {{{p}}} AND Type = {{{p + 1}}} AND PeriodStart >= {{{p + 2}}} AND PeriodStart <= {{{p + 3}}} AND PeriodEnd >= {{{p + 4}}})");
                parameters.AddRange([range.District, range.Type, range.Earliest, range.End, range.Start]);
            }

            found.AddRange(await context.Facts.FromSqlRaw(sql.ToString(), [.. parameters]).ToListAsync(cancellationToken));
        }

        return found.DistinctBy(f => f.Id).OrderBy(f => f.Id).ToList();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
