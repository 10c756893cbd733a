using Metrics.Facts;
using Metrics.Storage;
using Npgsql;

namespace Metrics.Import;

/// <summary>
/// The stored facts that an article's new facts might be further reports of: for each dated fact
/// with a district (one without is never merged across articles), those of its district, type,
/// kind or stage, scope, batch membership, count and amount whose period holds its own or lies
/// inside it, chair and project names agreeing where both give them (what
/// <see cref="FactMatching.IsSameEvent"/> asks, which still decides). Oldest first. Read, and
/// written back when they absorb a report, by two statements prepared once for the import run:
/// compiling a statement per article took SQLite longer than running it, and loading and saving
/// the facts through EF Core took longer still. On PostgreSQL the searches go in the article's first
/// round trip (<see cref="PostgreSqlFirstRoundTrip"/>) and the write-backs with its new rows (<see cref="NewRows"/>).
/// </summary>
internal sealed class CanonicalCandidates(MetricsDbContext context) : IDisposable
{
    // @p0–@p8: the values IsSameEvent asks to be equal, two nulls included (SQLite's IS keeps it
    // searching the (District, Type, PeriodStart) index once for each half).
    // @p14, @p15: the chair and the project names, which must agree when both sides give them.
    private static string SameValues(SqlDialect sql) =>
        string.Join(" AND ", SameColumns.Select((column, i) => sql.Same($"\"{column}\"", PreparedStatement.Parameter(i)))) +
        $" AND (\"Chair\" IS NULL OR {sql.Text("@p14")} IS NULL OR \"Chair\" = {sql.Text("@p14")}) AND " + sql.ProjectsAgree("@p15");

    private static readonly string[] SameColumns =
        ["District", "Type", "Kind", "Stage", "Scope", "MemberOfBatch", "ProjectCount", "InvestmentYuan", "InvestmentOriginal"];

    // @p9–@p13: first and last day of the period, the first day of its year, quarter and month. Stored
    // periods inside it start within it; those holding it are its month, quarter or year, since a
    // stored period is a day, a month, a quarter or a year (FactPeriod): three index look-ups instead
    // of a year's range of the district's facts.
    private static string Sql(SqlDialect sql, FactColumns columns) =>
        $"SELECT \"Id\", {string.Join(", ", columns.Names.Select(c => $"\"{c}\""))} FROM \"Facts\" " +
        $"WHERE ({SameValues(sql)} AND \"PeriodStart\" >= @p9 AND \"PeriodStart\" <= @p10 AND \"PeriodEnd\" <= @p10) " +
        $"OR ({SameValues(sql)} AND \"PeriodStart\" IN (@p11, @p12, @p13) AND \"PeriodEnd\" >= @p10)";

    // What FactMatching.Absorb may change.
    private static readonly string[] AbsorbedColumns =
        ["Date", "Precision", "PeriodStart", "PeriodEnd", "Year", "Quarter", "Month", "Chair", "Projects", "ProjectsCounted", "IsLowerBound", "UpdatedAtUtc"];

    private static readonly string UpdateSql =
        $"UPDATE \"Facts\" SET {string.Join(", ", AbsorbedColumns.Select((c, i) => $"\"{c}\" = {PreparedStatement.Parameter(i)}"))} " +
        $"WHERE \"Id\" = {PreparedStatement.Parameter(AbsorbedColumns.Length)}";

    private readonly SqlDialect dialect = SqlDialect.Of(context);
    private readonly FactColumns columns = FactColumns.Of(context);
    private string? searchSql;
    private PreparedStatement? query;
    private readonly PreparedStatement update = new(context, UpdateSql, AbsorbedColumns.Length + 1);

    /// <summary>The candidates for <paramref name="incoming"/>, each once, by id.</summary>
    public async Task<List<Fact>> LoadAsync(IReadOnlyList<Fact> incoming, CancellationToken cancellationToken)
    {
        var found = new Dictionary<int, Fact>();
        foreach (var fact in Searched(incoming))
        {
            query ??= new PreparedStatement(context, SearchSql, 16);
            await using var reader = await query.Bind(Values(fact)).ExecuteReaderAsync(cancellationToken);
            await CollectAsync(reader, found, cancellationToken);
        }

        return Ordered(found);
    }

    /// <summary>PostgreSQL: the same search as statements of a batch, one for each fact that can have candidates.</summary>
    public List<NpgsqlBatchCommand> SearchCommands(IReadOnlyList<Fact> incoming) =>
        [.. Searched(incoming).Select(fact => PostgreSqlBatches.Command(SearchSql, Values(fact)))];

    /// <summary>Adds the rows of the reader's current result (one search's) to <paramref name="found"/>.</summary>
    public async Task CollectAsync(System.Data.Common.DbDataReader reader, Dictionary<int, Fact> found, CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken))
        {
            found.TryAdd(reader.GetInt32(0), columns.Read(reader));
        }
    }

    /// <summary>The candidates found, oldest first.</summary>
    public static List<Fact> Ordered(Dictionary<int, Fact> found) => [.. found.Values.OrderBy(f => f.Id)];

    /// <summary>Writes back what <see cref="FactMatching.Absorb"/> changed in a candidate (its triggers move the totals), with <paramref name="rows"/>' other writes.</summary>
    public void SaveAbsorbed(Fact fact, NewRows rows) => rows.Run(update, UpdateSql,
        fact.Date, fact.Precision.ToString(), fact.PeriodStart, fact.PeriodEnd, fact.Year, fact.Quarter, fact.Month, fact.Chair,
        dialect.Names(fact.Projects), fact.ProjectsCounted, fact.IsLowerBound, fact.UpdatedAtUtc, fact.Id);

    private string SearchSql => searchSql ??= Sql(dialect, columns);

    // A dated fact placed in a district; one without is never merged across articles.
    private static IEnumerable<Fact> Searched(IReadOnlyList<Fact> incoming) =>
        incoming.Where(fact => fact is { PeriodStart: not null, PeriodEnd: not null } && fact.District != Fact.NoDistrict);

    private object?[] Values(Fact fact)
    {
        var start = fact.PeriodStart!.Value;
        return
        [
            fact.District, fact.Type.ToString(), fact.Kind?.ToString(), fact.Stage?.ToString(), fact.Scope?.ToString(),
            dialect.Flag(fact.MemberOfBatch), fact.ProjectCount, fact.InvestmentYuan, fact.InvestmentOriginal,
            dialect.Day(start), dialect.Day(fact.PeriodEnd!.Value), dialect.Day(new DateOnly(start.Year, 1, 1)),
            dialect.Day(new DateOnly(start.Year, (start.Month - 1) / 3 * 3 + 1, 1)), dialect.Day(new DateOnly(start.Year, start.Month, 1)),
            fact.Chair, dialect.Names(fact.Projects),
        ];
    }

    public void Dispose()
    {
        query?.Dispose();
        update.Dispose();
    }
}
