using System.Diagnostics;
using Dashboard.Endpoints.Panels;
using Dashboard.Presentation.Charts;
using Metrics.Gazetteer;
using Metrics.Storage;
using Metrics;

namespace Dashboard.Cli.Bench;

/// <summary>
/// Serves <c>/panels</c> from a temporary SQLite file holding synthetic facts, through Kestrel on a
/// loopback port: times PNG and SVG panels as a browser would fetch them (no cache), and the first
/// byte and whole of fact-per-row CSV and XLSX exports.
/// </summary>
internal static class PanelsBenchmark
{
    private const int Districts = 12;

    private static readonly string[] ImageUrls =
    [
        "/panels/investment.png?width=1200&height=600",
        "/panels/projects.png?width=1200&height=600&interval=quarter",
        "/panels/meetings.png?width=1200&height=600&interval=month&theme=dark",
        "/panels/investment.svg?width=1200&height=600",
    ];

    private static readonly string[] ExportUrls =
    [
        "/panels/projects.csv?rows=facts",
        "/panels/projects.xlsx?rows=facts",
    ];

    /// <summary>Generation time, one latency set per image URL, and per export its first-byte and total times.</summary>
    public static async Task<(TimeSpan Generation, IReadOnlyList<Latencies> Images, IReadOnlyList<(string Url, TimeSpan FirstByte, TimeSpan Total, long Bytes)> Exports)> RunAsync(
        int facts, int requests, int seed)
    {
        ChartFonts.EnsureRegistered(AppContext.BaseDirectory);
        var folder = Directory.CreateTempSubdirectory("bench-panels-");
        var connectionString = $"Data Source={Path.Combine(folder.FullName, "bench.db")}";
        try
        {
            var generation = Stopwatch.StartNew();
            await using var app = BenchHost.Build(connectionString, builder => builder.Services.AddPanels(builder.Configuration), host => host.MapPanels());
            await app.Services.GetRequiredService<MetricsDatabase>().MigrateAsync();
            var districts = NantongGazetteer.Load().AllDistricts.Take(Districts).ToArray();
            SyntheticFacts.Insert(connectionString, facts, districts, SeriesBenchmark.FirstYear, SeriesBenchmark.Years, seed);
            generation.Stop();

            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(10) };
            var images = new List<Latencies>();
            foreach (var url in ImageUrls)
            {
                images.Add(await SeriesBenchmark.TimeAsync(client, url, requests, warmUps: 3));
            }

            var exports = new List<(string, TimeSpan, TimeSpan, long)>();
            foreach (var url in ExportUrls)
            {
                exports.Add(await FirstByteAsync(client, url));
            }

            await app.StopAsync();
            return (generation.Elapsed, images, exports);
        }
        finally
        {
            SqlitePool.Release(connectionString);
            folder.Delete(recursive: true);
        }
    }


    private static async Task<(string, TimeSpan, TimeSpan, long)> FirstByteAsync(HttpClient client, string url)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        var read = await body.ReadAsync(buffer);
        var firstByte = watch.Elapsed;
        long total = read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return (url, firstByte, watch.Elapsed, total);
    }
}
