using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Metrics.Storage;

/// <summary>Creates, migrates and tunes the database (SQLite or PostgreSQL) before anything reads it.</summary>
public sealed class MetricsDatabase(IDbContextFactory<MetricsDbContext> contextFactory)
{
    /// <summary>Applies pending migrations; on SQLite also creates the folder of the file and turns on WAL.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!context.Database.IsSqlite())
        {
            // EF Core reads its history table before it creates it and logs that read, on a new database,
            // as a failed command: made first (as EF Core itself would, if not exists), the first start logs no error.
            await context.Database.ExecuteSqlRawAsync(context.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
            // Several instances may start at once: the migrations lock of EF Core 9+ lets one apply them.
            await context.Database.MigrateAsync(cancellationToken);
            return;
        }

        EnsureFolderExists(context.Database.GetConnectionString());
        await context.Database.MigrateAsync(cancellationToken);
        // WAL lets the dashboard read while an import writes; the mode is stored in the file.
        await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
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
