using Metrics.Storage;
using Microsoft.Data.Sqlite;

namespace TestSupport;

/// <summary>
/// A database of its own with one connection left idle in Microsoft.Data.Sqlite's pool: tells
/// whether something else (an app's or a bench run's teardown) closed it, as
/// <see cref="SqliteConnection.ClearAllPools"/> does to the connections of every database in the
/// process, those of apps still serving included. Linked into every test project.
/// </summary>
internal sealed class PooledConnectionProbe : IDisposable
{
    private readonly TempFolder folder = new();
    // The native handle identifies the pooled connection: a connection opened anew has another one.
    private readonly SQLitePCL.sqlite3 pooled;

    public PooledConnectionProbe()
    {
        ConnectionString = $"Data Source={DatabasePath}";
        pooled = OpenAndReturn();
    }

    public string DatabasePath => folder.PathOf("probe.db");

    public string ConnectionString { get; }

    /// <summary>True while opening the database takes the very connection the probe left in the pool.</summary>
    public bool StillPooled => ReferenceEquals(OpenAndReturn(), pooled);

    public void Dispose()
    {
        SqlitePool.Release(ConnectionString);
        folder.Dispose();
    }

    private SQLitePCL.sqlite3 OpenAndReturn()
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection.Handle!;
    }
}
