using Metrics.Import;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Support;

/// <summary>
/// A real SQLite file in a fresh temp folder, migrated like the app does it; deleted on dispose.
/// With <c>DASHBOARD_TEST_DATABASE=PostgreSQL</c> a fresh database on the test run's own PostgreSQL
/// server instead (<see cref="PostgresServer"/>), so that the same tests check both providers.
/// </summary>
internal sealed class SqliteDatabase : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("metrics-db-").FullName;

    private SqliteDatabase(string subPath, bool migrated)
    {
        FilePath = Path.Combine(folder, subPath);
        Storage = PostgresServer.Selected
            ? new MetricsStorage(DatabaseProvider.PostgreSQL,
                migrated ? PostgresServer.Instance.CreateMigratedDatabase() : PostgresServer.Instance.CreateEmptyDatabase())
            : new MetricsStorage(DatabaseProvider.Sqlite, $"Data Source={FilePath}");
        ContextFactory = new TestContextFactory(Storage.Options());
    }

    /// <summary>The SQLite file (not used on PostgreSQL).</summary>
    public string FilePath { get; }

    /// <summary>The provider and connection string of this database.</summary>
    public MetricsStorage Storage { get; }

    public bool IsPostgreSql => Storage.Provider == DatabaseProvider.PostgreSQL;

    private string ConnectionString => Storage.ConnectionString;

    /// <summary>The statements that fill both totals tables from the facts on this database's engine.</summary>
    public IEnumerable<string> RebuildTotals => IsPostgreSql ? PostgreSqlTriggers.Rebuild : FactTotalTriggers.Rebuild;

    public IDbContextFactory<MetricsDbContext> ContextFactory { get; }

    public ArticleImporter Importer => new(ContextFactory, TimeProvider.System);

    /// <summary>A database file at <paramref name="subPath"/> (folders not yet created), migrated.</summary>
    public static async Task<SqliteDatabase> CreateAsync(string subPath = "dashboard.db")
    {
        var database = new SqliteDatabase(subPath, migrated: true);
        await new MetricsDatabase(database.ContextFactory).MigrateAsync();
        return database;
    }

    /// <summary>A database file not yet created, for a test that migrates it itself.</summary>
    public static SqliteDatabase CreateUnmigrated() => new("dashboard.db", migrated: false);

    public MetricsDbContext Open() => ContextFactory.CreateDbContext();

    public ValueTask DisposeAsync()
    {
        // Only this database: other tests use theirs in this process meanwhile (SqlitePool).
        if (IsPostgreSql)
        {
            PostgresServer.Instance.Drop(ConnectionString);
        }
        else
        {
            SqlitePool.Release(ConnectionString);
        }

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
