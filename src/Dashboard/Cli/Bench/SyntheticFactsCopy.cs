using Metrics.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Dashboard.Cli.Bench;

/// <summary>
/// Loads synthetic facts into PostgreSQL with one binary <c>COPY</c>, the totals trigger and the
/// version triggers off meanwhile; then fills the totals from the facts and moves the version once.
/// </summary>
internal static class SyntheticFactsCopy
{
    public static void Insert(string connectionString, IEnumerable<Fact> facts)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, [.. PostgreSqlTriggers.DropTotalsTrigger, .. PostgreSqlTriggers.DropVersionTriggers]);
        var now = DateTime.UtcNow;
        using (var writer = connection.BeginBinaryImport(
            "COPY \"Facts\" (\"Type\", \"District\", \"Date\", \"Precision\", \"PeriodStart\", \"PeriodEnd\", \"Year\", \"Quarter\", \"Month\", " +
            "\"Kind\", \"Stage\", \"Scope\", \"ProjectCount\", \"InvestmentYuan\", \"Qualifier\", \"Projects\", \"MemberOfBatch\", " +
            "\"ProjectsCounted\", \"IsLowerBound\", \"Status\", \"UpdatedAtUtc\", \"Confidence\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var fact in facts)
            {
                writer.StartRow();
                writer.Write(fact.Type.ToString(), NpgsqlDbType.Varchar);
                writer.Write(fact.District, NpgsqlDbType.Varchar);
                Write(writer, fact.Date, NpgsqlDbType.Varchar);
                writer.Write(fact.Precision.ToString(), NpgsqlDbType.Varchar);
                Write(writer, fact.PeriodStart, NpgsqlDbType.Date);
                Write(writer, fact.PeriodEnd, NpgsqlDbType.Date);
                Write(writer, fact.Year, NpgsqlDbType.Integer);
                Write(writer, fact.Quarter, NpgsqlDbType.Integer);
                Write(writer, fact.Month, NpgsqlDbType.Integer);
                Write(writer, fact.Kind?.ToString(), NpgsqlDbType.Varchar);
                Write(writer, fact.Stage?.ToString(), NpgsqlDbType.Varchar);
                Write(writer, fact.Scope?.ToString(), NpgsqlDbType.Varchar);
                Write(writer, fact.ProjectCount, NpgsqlDbType.Integer);
                Write(writer, fact.InvestmentYuan, NpgsqlDbType.Bigint);
                Write(writer, fact.Qualifier?.ToString(), NpgsqlDbType.Varchar);
                writer.Write(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                writer.Write(fact.MemberOfBatch, NpgsqlDbType.Boolean);
                writer.Write(fact.ProjectsCounted, NpgsqlDbType.Integer);
                writer.Write(fact.IsLowerBound, NpgsqlDbType.Boolean);
                writer.Write(fact.Status.ToString(), NpgsqlDbType.Varchar);
                writer.Write(now, NpgsqlDbType.TimestampTz);
                writer.Write(1.0, NpgsqlDbType.Double);
            }

            writer.Complete();
        }

        Execute(connection, [.. PostgreSqlTriggers.Rebuild, .. PostgreSqlTriggers.CreateVersionTriggers, DataVersionTriggers.Bump, "ANALYZE;"]);
        transaction.Commit();
    }

    private static void Write<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } present)
        {
            writer.Write(present, type);
        }
        else
        {
            writer.WriteNull();
        }
    }

    private static void Write(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, type);
        }
    }

    private static void Execute(NpgsqlConnection connection, IEnumerable<string> statements)
    {
        foreach (var sql in statements)
        {
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }
    }
}
