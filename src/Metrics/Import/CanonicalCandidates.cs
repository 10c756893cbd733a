using System.Globalization;
using System.Text;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Import;

/// <summary>
/// The stored facts that an article's new facts might be further reports of, fetched in one query
/// per article (not one per fact): for each dated fact with a district, those of its district, type, kind or stage,
/// scope, batch membership, count and amount whose period holds its own or lies inside it (what
/// <see cref="FactMatching.IsSameEvent"/> asks, less the names). Tracked, oldest first, so that
/// absorbing a report updates them.
/// </summary>
internal static class CanonicalCandidates
{
    // Short statements plan faster, and SQLite caps the parameters of one.
    private const int FactsPerQuery = 50;

    public static async Task<List<Fact>> LoadAsync(MetricsDbContext context, IReadOnlyList<Fact> incoming, CancellationToken cancellationToken)
    {
        var dated = incoming.Where(f => f.PeriodStart is not null && f.PeriodEnd is not null && f.District != Fact.NoDistrict).ToList();
        var found = new List<Fact>();
        foreach (var chunk in dated.Chunk(FactsPerQuery))
        {
            var sql = new StringBuilder("SELECT * FROM Facts WHERE ");
            var parameters = new List<object>();
            foreach (var fact in chunk)
            {
                sql.Append(parameters.Count == 0 ? "(" : " OR (");
                Equal(sql, parameters, "District", fact.District);
                Equal(sql, parameters, "Type", fact.Type.ToString());
                // No stored period is longer than a year, so a fact holding this one starts at most a
                // year earlier: the lower bound keeps the index range short however many facts the district has.
                sql.Append(" AND PeriodStart >= ").Append(Parameter(parameters, Day(fact.PeriodStart!.Value.AddDays(-366))));
                sql.Append(" AND PeriodStart <= ").Append(Parameter(parameters, Day(fact.PeriodEnd!.Value)));
                var start = Parameter(parameters, Day(fact.PeriodStart.Value));
                var end = Parameter(parameters, Day(fact.PeriodEnd.Value));
                sql.Append(CultureInfo.InvariantCulture, $" AND ((PeriodStart <= {start} AND PeriodEnd >= {end}) OR (PeriodStart >= {start} AND PeriodEnd <= {end}))");
                Equal(sql, parameters, "Kind", fact.Kind?.ToString());
                Equal(sql, parameters, "Stage", fact.Stage?.ToString());
                Equal(sql, parameters, "Scope", fact.Scope?.ToString());
                Equal(sql, parameters, "MemberOfBatch", fact.MemberOfBatch ? 1 : 0);
                Equal(sql, parameters, "ProjectCount", fact.ProjectCount);
                Equal(sql, parameters, "InvestmentYuan", fact.InvestmentYuan);
                Equal(sql, parameters, "InvestmentOriginal", fact.InvestmentOriginal);
                sql.Append(')');
            }

            found.AddRange(await context.Facts.FromSqlRaw(sql.ToString(), [.. parameters]).ToListAsync(cancellationToken));
        }

        return found.DistinctBy(f => f.Id).OrderBy(f => f.Id).ToList();
    }

    // IS compares nulls as equal. The statement's text depends only on how many facts it asks
    // for, so EF Core compiles it once per count and not once per article.
    private static void Equal(StringBuilder sql, List<object> parameters, string column, object? value) =>
        sql.Append(sql[^1] == '(' ? "" : " AND ").Append(column).Append(" IS ").Append(Parameter(parameters, value ?? DBNull.Value));

    private static string Parameter(List<object> parameters, object value)
    {
        parameters.Add(value);
        return string.Create(CultureInfo.InvariantCulture, $"{{{parameters.Count - 1}}}");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
