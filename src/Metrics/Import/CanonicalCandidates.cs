using System.Globalization;
using System.Text.Json;
using Metrics.Storage;

namespace Metrics.Import;

/// <summary>
/// The stored facts that an article's new facts might be further reports of: for each dated fact
/// with a district (one without is never merged across articles), those of its district, type,
/// kind or stage, scope, batch membership, count and amount whose period holds its own or lies
/// inside it, chair and project names agreeing where both give them (what
/// <see cref="FactMatching.IsSameEvent"/> asks, which still decides). Oldest first. Read, and
/// written back when they absorb a report, by two statements prepared once for the import run:
/// compiling a statement per article took SQLite longer than running it, and loading and saving
/// the facts through EF Core took longer still.
/// </summary>
internal sealed class CanonicalCandidates(MetricsDbContext context) : IDisposable
{
    // $p0–$p8: the values IsSameEvent asks to be equal, compared with IS: it takes two nulls as equal,
    // and (unlike =) keeps SQLite searching the (District, Type, PeriodStart) index once for each half.
    // $p14, $p15: the chair and the project names (a JSON array), which must agree when both sides give them.
    private const string SameValues =
        "District IS $p0 AND Type IS $p1 AND Kind IS $p2 AND Stage IS $p3 AND Scope IS $p4 " +
        "AND MemberOfBatch IS $p5 AND ProjectCount IS $p6 AND InvestmentYuan IS $p7 AND InvestmentOriginal IS $p8 " +
        "AND (Chair IS NULL OR $p14 IS NULL OR Chair = $p14) " +
        "AND (json_array_length($p15) = 0 OR json_array_length(Projects) = 0 " +
        "OR EXISTS (SELECT 1 FROM json_each(Projects) AS named WHERE named.value IN (SELECT value FROM json_each($p15))))";

    // $p9–$p13: first and last day of the period, the first day of its year, quarter and month. Stored
    // periods inside it start within it; those holding it are its month, quarter or year, since a
    // stored period is a day, a month, a quarter or a year (FactPeriod): three index look-ups instead
    // of a year's range of the district's facts.
    private static readonly string Sql =
        $"SELECT Id, {string.Join(", ", FactColumns.Names)} FROM Facts " +
        $"WHERE ({SameValues} AND PeriodStart >= $p9 AND PeriodStart <= $p10 AND PeriodEnd <= $p10) " +
        $"OR ({SameValues} AND PeriodStart IN ($p11, $p12, $p13) AND PeriodEnd >= $p10)";

    // What FactMatching.Absorb may change.
    private static readonly string[] AbsorbedColumns =
        ["Date", "Precision", "PeriodStart", "PeriodEnd", "Year", "Quarter", "Month", "Chair", "Projects", "ProjectsCounted", "IsLowerBound", "UpdatedAtUtc"];

    private static readonly string UpdateSql =
        $"UPDATE Facts SET {string.Join(", ", AbsorbedColumns.Select((c, i) => $"{c} = {PreparedStatement.Parameter(i)}"))} " +
        $"WHERE Id = {PreparedStatement.Parameter(AbsorbedColumns.Length)}";

    private readonly PreparedStatement query = new(context, Sql, 16);
    private readonly PreparedStatement update = new(context, UpdateSql, AbsorbedColumns.Length + 1);

    /// <summary>The candidates for <paramref name="incoming"/>, each once, by id.</summary>
    public async Task<List<Fact>> LoadAsync(IReadOnlyList<Fact> incoming, CancellationToken cancellationToken)
    {
        var found = new Dictionary<int, Fact>();
        foreach (var fact in incoming)
        {
            if (fact is not { PeriodStart: { } start, PeriodEnd: { } end } || fact.District == Fact.NoDistrict)
            {
                continue;
            }

            var command = query.Bind(
                fact.District, fact.Type.ToString(), fact.Kind?.ToString(), fact.Stage?.ToString(), fact.Scope?.ToString(),
                fact.MemberOfBatch ? 1 : 0, fact.ProjectCount, fact.InvestmentYuan, fact.InvestmentOriginal,
                Day(start), Day(end), Day(new DateOnly(start.Year, 1, 1)), Day(new DateOnly(start.Year, (start.Month - 1) / 3 * 3 + 1, 1)),
                Day(new DateOnly(start.Year, start.Month, 1)), fact.Chair, JsonSerializer.Serialize(fact.Projects));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                found.TryAdd(reader.GetInt32(0), FactColumns.Read(reader));
            }
        }

        return [.. found.Values.OrderBy(f => f.Id)];
    }

    /// <summary>Writes back what <see cref="FactMatching.Absorb"/> changed in a candidate (its triggers move the totals).</summary>
    public void SaveAbsorbed(Fact fact) => update.Bind(
        fact.Date, fact.Precision.ToString(), fact.PeriodStart, fact.PeriodEnd, fact.Year, fact.Quarter, fact.Month, fact.Chair,
        JsonSerializer.Serialize(fact.Projects), fact.ProjectsCounted, fact.IsLowerBound, fact.UpdatedAtUtc, fact.Id).ExecuteNonQuery();

    public void Dispose()
    {
        query.Dispose();
        update.Dispose();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
