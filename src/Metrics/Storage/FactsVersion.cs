using System.Data;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Storage;

/// <summary>
/// A counter that SQLite triggers bump on every insert, update and delete of <c>Facts</c>, whoever
/// writes (import, review, a script, another process). Query results cached under one value are
/// stale as soon as it moves. The migration <c>FactsVersion</c> runs this SQL: change it only with
/// a new migration.
/// </summary>
public static class FactsVersion
{
    /// <summary>The triggers alone; a bulk load may drop them, insert, re-create them and bump the counter once.</summary>
    public static readonly string[] CreateTriggers = [.. new[] { "Insert", "Update", "Delete" }.Select(operation =>
        $"CREATE TRIGGER Facts_Version_{operation} AFTER {operation.ToUpperInvariant()} ON Facts BEGIN {Bump} END;")];

    /// <summary>Drops the triggers alone.</summary>
    public static readonly string[] DropTriggers =
        ["DROP TRIGGER IF EXISTS Facts_Version_Insert;", "DROP TRIGGER IF EXISTS Facts_Version_Update;", "DROP TRIGGER IF EXISTS Facts_Version_Delete;"];

    /// <summary>The table with its one row, and the triggers.</summary>
    public static readonly string[] Create =
    [
        "CREATE TABLE FactsVersion (Id INTEGER NOT NULL PRIMARY KEY CHECK (Id = 1), Version INTEGER NOT NULL);",
        "INSERT INTO FactsVersion (Id, Version) VALUES (1, 0);",
        .. CreateTriggers,
    ];

    /// <summary>Drops the triggers and the table.</summary>
    public static readonly string[] Drop = [.. DropTriggers, "DROP TABLE IF EXISTS FactsVersion;"];

    /// <summary>Moves the counter on by one.</summary>
    public const string Bump = "UPDATE FactsVersion SET Version = Version + 1 WHERE Id = 1;";

    /// <summary>The current value; opens the context's connection (and leaves it open for the queries that follow).</summary>
    public static async Task<long> ReadAsync(MetricsDbContext context, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT Version FROM FactsVersion WHERE Id = 1;";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
