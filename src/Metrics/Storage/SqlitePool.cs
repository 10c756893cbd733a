using Microsoft.Data.Sqlite;

namespace Metrics.Storage;

/// <summary>
/// Closes the pooled connections of one SQLite database once nothing uses it any more, so that
/// its file can be deleted (a bench run's temporary database, a test's).
/// </summary>
/// <remarks>
/// Never <see cref="SqliteConnection.ClearAllPools"/> in a process where other databases are in
/// use (the test run hosts several apps at once, and runs the bench verbs inside them): clearing a
/// pool takes a connection that another thread is just taking from it for a leaked one and closes
/// it under that thread (Microsoft.Data.Sqlite 10: <c>Activate</c> marks it active before it
/// records its owner, and <c>Clear</c> reclaims active connections without an owner), whose query
/// then fails with an <see cref="ObjectDisposedException"/>: a 500 for a page.
/// </remarks>
public static class SqlitePool
{
    /// <summary>Closes the idle pooled connections of this connection string's database; those still open close when they are returned.</summary>
    public static void Release(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
