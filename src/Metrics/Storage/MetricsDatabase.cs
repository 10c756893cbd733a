using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Storage;

/// <summary>Creates, migrates and tunes the SQLite database before anything reads it.</summary>
public sealed class MetricsDatabase(IDbContextFactory<MetricsDbContext> contextFactory)
{
    /// <summary>Creates the folder of the database file, applies pending migrations and turns on WAL.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
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
