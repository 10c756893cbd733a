using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.E2E.Support;

/// <summary>The real app on Kestrel (a browser needs a real socket), on a fresh seeded SQLite file.</summary>
public sealed class LiveDashboard : IAsyncLifetime
{
    private readonly string dataFolder = Directory.CreateTempSubdirectory("dashboard-e2e-").FullName;
    private readonly WebApplicationFactory<Program> factory;

    public LiveDashboard()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>The app with extra configuration (e.g. <c>Dashboard:EmbedAllowedOrigins</c>).</summary>
    internal LiveDashboard(IReadOnlyDictionary<string, string> settings)
    {
        // Kestrel falls back to 127.0.0.1:5000 when the factory's port does not reach it, and
        // parallel test classes then collide: give every instance its own free port.
        var port = FreePort.Next();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseUrls($"http://127.0.0.1:{port}");
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Metrics", $"Data Source={Path.Combine(dataFolder, "dashboard.db")}");
            builder.UseSetting("Dashboard:SeedPath", RepositoryPaths.Seed);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
        factory.UseKestrel(port);
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
