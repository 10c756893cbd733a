using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Support;

/// <summary>
/// The real app on a fresh SQLite file in a temp folder, seeded from the repository's <c>seed/</c>;
/// with <c>DASHBOARD_TEST_DATABASE=PostgreSQL</c> on a fresh database of the test run's PostgreSQL server.
/// </summary>
public class DashboardFactory : WebApplicationFactory<Program>
{
    private readonly string dataFolder = Directory.CreateTempSubdirectory("dashboard-tests-").FullName;
    private readonly Lazy<string> connectionString;

    public DashboardFactory() =>
        connectionString = new(() => PostgresServer.Selected ? PostgresServer.Instance.CreateMigratedDatabase() : $"Data Source={DatabasePath}");

    /// <summary>The SQLite file (not used on PostgreSQL).</summary>
    public string DatabasePath => Path.Combine(dataFolder, "dashboard.db");

    /// <summary>The options that point a verb at this app's database.</summary>
    public string[] DatabaseArguments =>
        [$"--Dashboard:Database={(PostgresServer.Selected ? "PostgreSQL" : "Sqlite")}", $"--ConnectionStrings:Metrics={ConnectionString}"];

    /// <summary>The app's <c>ConnectionStrings:Metrics</c>.</summary>
    public string ConnectionString => connectionString.Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Dashboard:Database", PostgresServer.Selected ? "PostgreSQL" : "Sqlite");
        builder.UseSetting("ConnectionStrings:Metrics", ConnectionString);
        builder.UseSetting("Dashboard:SeedPath", RepositoryPaths.Seed);
        ConfigureDashboard(builder);
    }

    /// <summary>As any import or fact edit does: the triggers' counter goes up (on either engine).</summary>
    public async Task BumpDataVersionAsync()
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<Metrics.Storage.MetricsDbContext>>();
        await using var context = await contexts.CreateDbContextAsync();
        await context.Database.ExecuteSqlRawAsync("UPDATE DataVersion SET Version = Version + 1 WHERE Id = 1");
    }

    /// <summary>Further settings of a derived factory (admin password, API key...).</summary>
    protected virtual void ConfigureDashboard(IWebHostBuilder builder)
    {
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // Only this app's database: other test classes' apps are serving in this process (SqlitePool).
        if (!connectionString.IsValueCreated)
        {
        }
        else if (PostgresServer.Selected)
        {
            PostgresServer.Instance.Drop(ConnectionString);
        }
        else
        {
            Metrics.Storage.SqlitePool.Release(ConnectionString);
        }

        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on teardown must not fail the test run.
        }
    }
}
