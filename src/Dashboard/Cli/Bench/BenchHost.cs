using Metrics;

namespace Dashboard.Cli.Bench;

/// <summary>A slim web app on a free loopback port over the benchmark's database, with only the endpoints a benchmark times.</summary>
internal static class BenchHost
{
    public static WebApplication Build(string connectionString, Action<WebApplicationBuilder> addServices, Action<WebApplication> mapEndpoints) =>
        Build(new Metrics.Storage.MetricsStorage(Metrics.Storage.DatabaseProvider.Sqlite, connectionString), addServices, mapEndpoints);

    public static WebApplication Build(Metrics.Storage.MetricsStorage storage, Action<WebApplicationBuilder> addServices, Action<WebApplication> mapEndpoints)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["ConnectionStrings:Metrics"] = storage.ConnectionString;
        builder.Configuration["Dashboard:Database"] = storage.Provider.ToString();
        builder.Services.AddMetrics(builder.Configuration);
        addServices(builder);
        var app = builder.Build();
        mapEndpoints(app);
        return app;
    }
}
