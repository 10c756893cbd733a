using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.E2E.Support;

/// <summary>
/// The real app on Kestrel (a browser needs a real socket), on a fresh seeded SQLite file; with
/// <c>DASHBOARD_TEST_DATABASE=PostgreSQL</c> on a fresh database of the test run's PostgreSQL server.
/// </summary>
public sealed class LiveDashboard : IAsyncLifetime
{
    /// <summary>The admin password the app is configured with, for tests that sign in.</summary>
    public const string AdminPassword = "e2e-管理员-2026";

    private readonly string dataFolder = Directory.CreateTempSubdirectory("dashboard-e2e-").FullName;
    private readonly WebApplicationFactory<Program> factory;
    private readonly Lazy<string> connectionString;

    public LiveDashboard()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>The app with extra configuration (e.g. <c>Dashboard:EmbedAllowedOrigins</c>).</summary>
    internal LiveDashboard(IReadOnlyDictionary<string, string> settings)
    {
        // UseKestrel(port) on a factory made by WithWebHostBuilder is not passed on to the host,
        // which then binds the default http://localhost:5000: two fixtures, or two checkouts
        // testing at once, collide. Listen on a port the system says is free instead.
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        connectionString = new(() => PostgresServer.Selected ? PostgresServer.Instance.CreateMigratedDatabase() : $"Data Source={Path.Combine(dataFolder, "dashboard.db")}");
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseUrls(BaseAddress.ToString());
            builder.UseEnvironment("Testing");
            builder.UseSetting("Dashboard:Database", PostgresServer.Selected ? "PostgreSQL" : "Sqlite");
            builder.UseSetting("ConnectionStrings:Metrics", ConnectionString);
            builder.UseSetting("Dashboard:SeedPath", RepositoryPaths.Seed);
            builder.UseSetting("Dashboard:AdminPassword", AdminPassword);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
        factory.UseKestrel();
    }

    public Uri BaseAddress { get; }

    private string ConnectionString => connectionString.Value;

    public Task InitializeAsync()
    {
        factory.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        // Only this app's database: other fixtures' apps may be serving in this process (SqlitePool).
        if (connectionString.IsValueCreated && PostgresServer.Selected)
        {
            PostgresServer.Instance.Drop(ConnectionString);
        }
        else if (connectionString.IsValueCreated)
        {
            Metrics.Storage.SqlitePool.Release(ConnectionString);
        }

        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on teardown must not fail the run.
        }
    }
}
