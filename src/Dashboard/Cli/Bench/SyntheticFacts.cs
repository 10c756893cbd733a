using System.Globalization;
using Metrics.Extraction.Numbers;
using Metrics.Facts;
using Metrics.Import;
using Metrics.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Cli.Bench;

/// <summary>
/// Made-up canonical facts written straight into a benchmark database: spread over districts
/// and years, with the mix of types, precisions and scopes the queries meet. Never shown as data.
/// </summary>
internal static class SyntheticFacts
{
    private static readonly MeetingKind[] Kinds = Enum.GetValues<MeetingKind>();
    private static readonly ProjectStage[] Stages = Enum.GetValues<ProjectStage>();

    /// <summary>Inserts <paramref name="count"/> facts in one transaction on either engine; deterministic from the seed.</summary>
    public static void Insert(MetricsStorage storage, int count, IReadOnlyList<string> districts, int firstYear, int years, int seed)
    {
        if (storage.Provider == DatabaseProvider.PostgreSQL)
        {
            SyntheticFactsCopy.Insert(storage.ConnectionString, Generate(count, districts, firstYear, years, seed));
        }
        else
        {
            Insert(storage.ConnectionString, count, districts, firstYear, years, seed);
        }
    }

    /// <summary>The facts <see cref="Insert(string, int, IReadOnlyList{string}, int, int, int)"/> writes, one at a time.</summary>
    public static IEnumerable<Fact> Generate(int count, IReadOnlyList<string> districts, int firstYear, int years, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return Next(random, districts, firstYear, years);
        }
    }

    /// <summary>Inserts <paramref name="count"/> facts in one transaction into a SQLite file; deterministic from the seed.</summary>
    public static void Insert(string connectionString, int count, IReadOnlyList<string> districts, int firstYear, int years, int seed)
    {
        var random = new Random(seed);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        // A million trigger firings would take minutes: load without them, then rebuild the totals once.
        Execute(connection, transaction, FactTotalTriggers.Drop);
        Execute(connection, transaction, DataVersionTriggers.DropTriggers);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        string[] columns =
        [
            "Type", "District", "Date", "Precision", "PeriodStart", "PeriodEnd", "Year", "Quarter", "Month", "Kind", "Stage", "Scope",
            "ProjectCount", "InvestmentYuan", "Qualifier", "Projects", "MemberOfBatch", "ProjectsCounted", "IsLowerBound", "Status", "UpdatedAtUtc",
        ];
        command.CommandText = $"INSERT INTO Facts ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})";
        var parameters = columns.ToDictionary(c => c, c => command.Parameters.Add(new SqliteParameter("$" + c, null)));
        command.Prepare();
        var now = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);

        for (var i = 0; i < count; i++)
        {
            var fact = Next(random, districts, firstYear, years);
            Set(parameters, "Type", fact.Type.ToString());
            Set(parameters, "District", fact.District);
            Set(parameters, "Date", fact.Date);
            Set(parameters, "Precision", fact.Precision.ToString());
            Set(parameters, "PeriodStart", fact.PeriodStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Set(parameters, "PeriodEnd", fact.PeriodEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Set(parameters, "Year", fact.Year);
            Set(parameters, "Quarter", fact.Quarter);
            Set(parameters, "Month", fact.Month);
            Set(parameters, "Kind", fact.Kind?.ToString());
            Set(parameters, "Stage", fact.Stage?.ToString());
            Set(parameters, "Scope", fact.Scope?.ToString());
            Set(parameters, "ProjectCount", fact.ProjectCount);
            Set(parameters, "InvestmentYuan", fact.InvestmentYuan);
            Set(parameters, "Qualifier", fact.Qualifier?.ToString());
            Set(parameters, "Projects", "[]");
            Set(parameters, "MemberOfBatch", fact.MemberOfBatch);
            Set(parameters, "ProjectsCounted", fact.ProjectsCounted);
            Set(parameters, "IsLowerBound", fact.IsLowerBound);
            Set(parameters, "Status", fact.Status.ToString());
            Set(parameters, "UpdatedAtUtc", now);
            command.ExecuteNonQuery();
        }

        Execute(connection, transaction, FactTotalTriggers.Rebuild);
        Execute(connection, transaction, [.. DataVersionTriggers.CreateTriggers, DataVersionTriggers.Bump]);
        transaction.Commit();
    }

    private static Fact Next(Random random, IReadOnlyList<string> districts, int firstYear, int years)
    {
        var day = new DateOnly(firstYear, 1, 1).AddDays(random.Next(years * 365));
        var district = districts[random.Next(districts.Count)];
        var status = random.Next(50) == 0 ? FactStatus.Rejected : FactStatus.Extracted;
        var date = DateText(day, random.Next(20));
        var type = random.Next(5) < 2 ? FactType.Meeting : FactType.ProjectEvent;
        var fact = new Fact { Type = type, District = district, Status = status };
        FactRecords.SetDate(fact, date);
        if (type == FactType.Meeting)
        {
            fact.Kind = Kinds[random.Next(Kinds.Length)];
        }
        else
        {
            fact.Stage = Stages[random.Next(Stages.Length)];
            // Period summaries are rare in the news (a district's yearly report): 1 in 500.
            fact.Scope = random.Next(500) == 0 ? FactScope.Period : FactScope.Event;
            fact.ProjectCount = random.Next(4) == 0 ? null : random.Next(1, 40);
            fact.InvestmentYuan = random.Next(3) == 0 ? null : random.Next(1, 5_000) * 10_000_000L;
            fact.Qualifier = random.Next(10) == 0 ? AmountQualifier.AtLeast : AmountQualifier.Exact;
            fact.MemberOfBatch = random.Next(30) == 0;
        }

        FactRecords.SetCountedValues(fact);
        return fact;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<string> statements)
    {
        foreach (var sql in statements)
        {
            using var statement = connection.CreateCommand();
            statement.Transaction = transaction;
            statement.CommandText = sql;
            statement.ExecuteNonQuery();
        }
    }

    // Mostly days, as the news gives them; some months, quarters and years, to exercise "unplaced".
    private static string DateText(DateOnly day, int roll) => roll switch
    {
        0 => day.Year.ToString(CultureInfo.InvariantCulture),
        1 => string.Create(CultureInfo.InvariantCulture, $"{day.Year}-Q{(day.Month - 1) / 3 + 1}"),
        2 or 3 => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static void Set(Dictionary<string, SqliteParameter> parameters, string name, object? value) =>
        parameters[name].Value = value ?? DBNull.Value;
}
