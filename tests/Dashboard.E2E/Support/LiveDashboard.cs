using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.E2E.Support;

/// <summary>The real app on Kestrel (a browser needs a real socket), on a fresh seeded SQLite file.</summary>
public sealed class LiveDashboard : IAsyncLifetime
{
    /// <summary>The admin password the app is configured with, for tests that sign in.</summary>
    public const string AdminPassword = "e2e-管理员-2026";

    private readonly string dataFolder = Directory.CreateTempSubdirectory("dashboard-e2e-").FullName;
    private readonly WebApplicationFactory<Program> factory;

    public LiveDashboard()
    {
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Metrics", $"Data Source={Path.Combine(dataFolder, "dashboard.db")}");
            builder.UseSetting("Dashboard:SeedPath", RepositoryPaths.Seed);
            builder.UseSetting("Dashboard:AdminPassword", AdminPassword);
        });
        // An explicit loopback endpoint on port 0: UseKestrel(0) listened on the default 5000, clashing with any other app there.
        factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    public Uri BaseAddress { get; private set; } = null!;

    public Task InitializeAsync()
    {
        factory.StartServer();
        BaseAddress = factory.ClientOptions.BaseAddress;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
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
