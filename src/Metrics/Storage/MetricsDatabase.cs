using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Metrics.Storage;

/// <summary>Creates, migrates and tunes the database (SQLite or PostgreSQL) before anything reads it.</summary>
public sealed class MetricsDatabase(IDbContextFactory<MetricsDbContext> contextFactory)
{
    // The key of the advisory lock is any number, the same in every instance of the app.
    private const string TakeTheMigrationLock = "SELECT pg_advisory_lock(3206004)";
    private const string ReleaseTheMigrationLock = "SELECT pg_advisory_unlock(3206004)";

    /// <summary>Applies pending migrations; on SQLite also creates the folder of the file and turns on WAL.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!context.Database.IsSqlite())
        {
            await MigratePostgreSqlAsync(context, cancellationToken);
            return;
        }

        EnsureFolderExists(context.Database.GetConnectionString());
        await context.Database.MigrateAsync(cancellationToken);
        // WAL lets the dashboard read while an import writes; the mode is stored in the file.
        await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    private static async Task MigratePostgreSqlAsync(MetricsDbContext context, CancellationToken cancellationToken)
    {
        // Several instances may start at once on one database. EF Core's own migrations lock needs its history
        // table, and two concurrent CREATE TABLE IF NOT EXISTS of that table collide in PostgreSQL's catalog
        // (23505 on pg_type): an advisory lock, held on this connection, lets one instance make and migrate it.
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await context.Database.ExecuteSqlRawAsync(TakeTheMigrationLock, cancellationToken);
            try
            {
                // EF Core reads its history table before it creates it and logs that read, on a new database,
                // as a failed command: made first (as EF Core itself would, if not exists), the first start logs no error.
                await context.Database.ExecuteSqlRawAsync(context.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
                await context.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await context.Database.ExecuteSqlRawAsync(ReleaseTheMigrationLock, CancellationToken.None);
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private static void EnsureFolderExists(string? connectionString)
    {
        if (connectionString is null)
        {
            return;
        }

        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
