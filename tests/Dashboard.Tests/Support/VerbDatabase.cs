using Metrics.Storage;

namespace Dashboard.Tests.Support;

/// <summary>
/// The database a command-line verb test points the verb at: a SQLite file not yet created in the
/// test's folder, or with <c>DASHBOARD_TEST_DATABASE=PostgreSQL</c> an empty database of the test
/// run's PostgreSQL server (the verb migrates either). The test reads what the verb stored through EF Core.
/// </summary>
internal sealed class VerbDatabase : IDisposable
{
    private readonly MetricsStorage storage;

    public VerbDatabase(TempFolder folder) =>
        storage = PostgresServer.Selected
            ? new MetricsStorage(DatabaseProvider.PostgreSQL, PostgresServer.Instance.CreateEmptyDatabase())
            : new MetricsStorage(DatabaseProvider.Sqlite, $"Data Source={folder.PathOf("app.db")}");

    /// <summary>The options that point a verb at this database.</summary>
    public string[] Arguments =>
        [$"--Dashboard:Database={storage.Provider}", $"--ConnectionStrings:Metrics={storage.ConnectionString}"];

    public MetricsDbContext Open() => new(storage.Options());

    public void Dispose()
    {
        if (storage.Provider == DatabaseProvider.PostgreSQL)
        {
            PostgresServer.Instance.Drop(storage.ConnectionString);
        }
        else
        {
            SqlitePool.Release(storage.ConnectionString);
        }
    }
}
