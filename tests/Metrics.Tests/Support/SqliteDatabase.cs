using Metrics.Import;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Support;

/// <summary>A real SQLite file in a fresh temp folder, migrated like the app does it; deleted on dispose.</summary>
internal sealed class SqliteDatabase : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("metrics-db-").FullName;

    private SqliteDatabase(string subPath)
    {
        FilePath = Path.Combine(folder, subPath);
        var options = new DbContextOptionsBuilder<MetricsDbContext>().UseSqlite(ConnectionString).Options;
        ContextFactory = new TestContextFactory(options);
    }

    public string FilePath { get; }

    private string ConnectionString => $"Data Source={FilePath}";

    public IDbContextFactory<MetricsDbContext> ContextFactory { get; }

    public ArticleImporter Importer => new(ContextFactory, TimeProvider.System);

    /// <summary>A database file at <paramref name="subPath"/> (folders not yet created), migrated.</summary>
    public static async Task<SqliteDatabase> CreateAsync(string subPath = "dashboard.db")
    {
        var database = new SqliteDatabase(subPath);
        await new MetricsDatabase(database.ContextFactory).MigrateAsync();
        return database;
    }

    /// <summary>A database file not yet created, for a test that migrates it itself.</summary>
    public static SqliteDatabase CreateUnmigrated() => new("dashboard.db");

    public MetricsDbContext Open() => ContextFactory.CreateDbContext();

    public ValueTask DisposeAsync()
    {
        // Only this database: other tests use theirs in this process meanwhile (SqlitePool).
        SqlitePool.Release(ConnectionString);
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a file still open must not fail the test.
        }

        return ValueTask.CompletedTask;
    }

    private sealed class TestContextFactory(DbContextOptions<MetricsDbContext> options) : IDbContextFactory<MetricsDbContext>
    {
        public MetricsDbContext CreateDbContext() => new(options);
    }
}
