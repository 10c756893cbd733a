using Metrics;

namespace Dashboard.Cli.Bench;

/// <summary>A slim web app on a free loopback port over the benchmark's database, with only the endpoints a benchmark times.</summary>
internal static class BenchHost
{
    public static WebApplication Build(string connectionString, Action<WebApplicationBuilder> addServices, Action<WebApplication> mapEndpoints)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["ConnectionStrings:Metrics"] = connectionString;
        builder.Services.AddMetrics(builder.Configuration);
        addServices(builder);
        var app = builder.Build();
        mapEndpoints(app);
        return app;
    }
}
