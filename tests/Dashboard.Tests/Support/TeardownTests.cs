using System.Net;

namespace Dashboard.Tests.Support;

/// <summary>
/// Tearing down a test's app closes its own database and no other: test classes run in parallel in
/// one process, and closing the pooled connections of another class's app can close one under a
/// request it is serving (a 500 from <c>/facts</c> once, see <see cref="Metrics.Storage.SqlitePool"/>).
/// </summary>
[Trait(SqliteOnly.Trait, SqliteOnly.Value)] // SQLite's pool and its files; a PostgreSQL database is dropped whole.
public sealed class TeardownTests
{
    [Fact]
    public async Task DisposingAnAppClosesItsDatabaseAndLeavesOtherDatabasesPooled()
    {
        using var other = new PooledConnectionProbe();
        var factory = new DashboardFactory();
        var folder = Path.GetDirectoryName(factory.DatabasePath)!;
        using (var client = factory.CreateClient())
        {
            using var response = await client.GetAsync("/facts?metric=projects&district=" + Uri.EscapeDataString("通州区") + "&from=2023-01-01&to=2023-12-31&stage=started");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await factory.DisposeAsync();

        Assert.Empty(OpenFiles.Under(folder));
        Assert.True(other.StillPooled);
    }

    [Fact]
    public async Task DisposingAPageHostClosesItsDatabaseAndLeavesOtherDatabasesPooled()
    {
        using var other = new PooledConnectionProbe();
        var host = await PageHost.CreateAsync();
        var folder = Path.GetDirectoryName(host.DatabasePath)!;
        await host.AddArticleAsync("崇川区召开常委会会议", new DateOnly(2023, 3, 1), "南通日报", PageHost.Meeting("崇川区", "2023-03-01"));

        await host.DisposeAsync();

        Assert.Empty(OpenFiles.Under(folder));
        Assert.True(other.StillPooled);
    }

    [Fact]
    public async Task APageHostOnAnotherAppsDatabaseLeavesItsConnectionsToThatApp()
    {
        using var app = new PooledConnectionProbe();
        var host = await PageHost.CreateOnSqliteFileAsync(app.DatabasePath);
        await host.AddArticleAsync("崇川区召开常委会会议", new DateOnly(2023, 3, 1), "南通日报", PageHost.Meeting("崇川区", "2023-03-01"));

        await host.DisposeAsync();

        Assert.True(app.StillPooled);
    }
}
