using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests.Support;

/// <summary>The real app on a fresh SQLite file in a temp folder, seeded from the repository's <c>seed/</c>.</summary>
public class DashboardFactory : WebApplicationFactory<Program>
{
    private readonly string dataFolder = Directory.CreateTempSubdirectory("dashboard-tests-").FullName;

    public string DatabasePath => Path.Combine(dataFolder, "dashboard.db");

    private string ConnectionString => $"Data Source={DatabasePath}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Metrics", ConnectionString);
        builder.UseSetting("Dashboard:SeedPath", RepositoryPaths.Seed);
        ConfigureDashboard(builder);
    }

    /// <summary>Further settings of a derived factory (admin password, API key...).</summary>
    protected virtual void ConfigureDashboard(IWebHostBuilder builder)
    {
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // Only this app's database: other test classes' apps are serving in this process (SqlitePool).
        Metrics.Storage.SqlitePool.Release(ConnectionString);
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
