using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Storage;

/// <summary>
/// The SQL of the <c>DataVersion</c> counter: one row whose number goes up with every insert,
/// update or delete of an article, a fact or a mention, whoever writes (import, review, a script,
/// another process). Cached series and image and embed ETags are keyed on it. The migration
/// <c>DataVersion</c> runs <see cref="Create"/>: change that SQL only with a new migration.
/// </summary>
public static class DataVersionTriggers
{
    private static readonly string[] Tables = ["Articles", "Facts", "FactMentions"];

    private static readonly string[] Events = ["INSERT", "UPDATE", "DELETE"];

    /// <summary>Moves the counter on by one.</summary>
    public const string Bump = "UPDATE DataVersion SET Version = Version + 1 WHERE Id = 1;";

    /// <summary>Reads the counter.</summary>
    public const string Read = "SELECT Version FROM DataVersion WHERE Id = 1";

    /// <summary>The triggers alone; a bulk load may drop them, insert, re-create them and <see cref="Bump"/> once.</summary>
    public static IEnumerable<string> CreateTriggers =>
        from table in Tables
        from change in Events
        select $"CREATE TRIGGER IF NOT EXISTS {table}_DataVersion_{change} AFTER {change} ON {table} " +
               "BEGIN UPDATE DataVersion SET Version = Version + 1 WHERE Id = 1; END;";

    /// <summary>Drops the triggers alone.</summary>
    public static IEnumerable<string> DropTriggers =>
        from table in Tables
        from change in Events
        select $"DROP TRIGGER IF EXISTS {table}_DataVersion_{change};";

    /// <summary>Creates the table, its single row and the triggers.</summary>
    public static IEnumerable<string> Create =>
    [
        "CREATE TABLE IF NOT EXISTS DataVersion (Id INTEGER NOT NULL PRIMARY KEY CHECK (Id = 1), Version INTEGER NOT NULL);",
        "INSERT OR IGNORE INTO DataVersion (Id, Version) VALUES (1, 1);",
        .. CreateTriggers,
    ];

    /// <summary>Drops the triggers and the table.</summary>
    public static IEnumerable<string> Drop => [.. DropTriggers, "DROP TABLE IF EXISTS DataVersion;"];

    /// <summary>The current value; opens the context's connection (and leaves it open for the queries that follow).</summary>
    public static async Task<long> ReadAsync(MetricsDbContext context, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = Read;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
