using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Dashboard.Tests.Scale;

/// <summary>A read replica is a PostgreSQL thing: configured beside SQLite, the app refuses to start and names the key.</summary>
public sealed class ReplicaStartupTests
{
    [Fact]
    public void SqliteWithAReplicaFailsAtStartNamingTheKey()
    {
        using var factory = new SqliteWithReplica();

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var message = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains("ConnectionStrings:MetricsReplica", message, StringComparison.Ordinal);
        Assert.Contains("Dashboard:Database=PostgreSQL", message, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    private sealed class SqliteWithReplica : DashboardFactory
    {
        protected override void ConfigureDashboard(IWebHostBuilder builder)
        {
            builder.UseSetting("Dashboard:Database", "Sqlite");
            builder.UseSetting("ConnectionStrings:Metrics", $"Data Source={DatabasePath}");
            builder.UseSetting("ConnectionStrings:MetricsReplica", "Host=127.0.0.1;Port=5999;Database=dashboard;Username=reader");
        }
    }
}
