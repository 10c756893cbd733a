using Metrics.Storage;
using Metrics.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Storage;

/// <summary>
/// Closing one database's pooled connections leaves every other database's alone: clearing the
/// pool of a database in use can close a connection another thread is just opening (SqlitePool).
/// </summary>
public sealed class SqlitePoolTests
{
    [Fact]
    public void ReleasingADatabaseClosesItsPooledConnectionsAndNoOtherDatabases()
    {
        using var released = new PooledConnectionProbe();
        using var other = new PooledConnectionProbe();

        SqlitePool.Release(released.ConnectionString);

        Assert.False(released.StillPooled);
        Assert.True(other.StillPooled);
    }

    [Fact]
    public async Task DisposingATestDatabaseClosesItsFilesAndLeavesOtherDatabasesPooled()
    {
        using var other = new PooledConnectionProbe();
        var database = await SqliteDatabase.CreateAsync();
        await using (var context = database.Open())
        {
            Assert.Equal(0, await context.Facts.CountAsync());
        }

        var folder = Path.GetDirectoryName(database.FilePath)!;
        await database.DisposeAsync();

        Assert.Empty(OpenFiles.Under(folder));
        Assert.True(other.StillPooled);
    }
}
