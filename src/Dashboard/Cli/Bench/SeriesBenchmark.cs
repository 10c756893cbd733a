using System.Diagnostics;
using Dashboard.Endpoints;
using Metrics;
using Metrics.Gazetteer;
using Metrics.Storage;

namespace Dashboard.Cli.Bench;

/// <summary>
/// Serves <c>/api/series</c> from a temporary SQLite file holding synthetic facts, through Kestrel
/// on a loopback port, and times monthly all-district requests as a browser would make them.
/// </summary>
internal static class SeriesBenchmark
{
    public const int FirstYear = 2015;

    public const int Years = 10;

    private const int Districts = 12;

    private static readonly string[] Urls =
    [
        "/api/series?metric=meetings&interval=month",
        "/api/series?metric=projects&interval=month",
        "/api/series?metric=investment&interval=month",
        "/api/facts?metric=meetings",
        "/api/facts?metric=projects&district=通州区&from=2020-01-01&to=2020-12-31&page=3",
        "/api/facts",
    ];

    /// <summary>
    /// Time to generate the facts, then for each URL two latency sets: repeated requests (answered
    /// from memory after the first), and requests each made after a fact changed (the version
    /// counter bumped, outside the timing), which run the whole query.
    /// </summary>
    public static async Task<(TimeSpan Generation, IReadOnlyList<Latencies> Cases)> RunAsync(int facts, int requests, int seed)
    {
        var folder = Directory.CreateTempSubdirectory("bench-series-");
        try
        {
            var connectionString = $"Data Source={Path.Combine(folder.FullName, "bench.db")}";
            var generation = Stopwatch.StartNew();
            await using (var app = BenchHost.Build(connectionString, _ => { }, host => host.MapMetricsApi()))
            {
                await app.Services.GetRequiredService<MetricsDatabase>().MigrateAsync();
                var districts = NantongGazetteer.Load().AllDistricts.Take(Districts).ToArray();
                SyntheticFacts.Insert(connectionString, facts, districts, FirstYear, Years, seed);
                generation.Stop();

                await app.StartAsync();
                using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
                var cases = new List<Latencies>();
                foreach (var url in Urls)
                {
                    cases.Add(await TimeAsync(client, url, requests, null));
                    cases.Add(await TimeAsync(client, url, requests, connectionString));
                }

                await app.StopAsync();
                return (generation.Elapsed, cases);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }


    /// <summary>
    /// Times <paramref name="requests"/> GETs of <paramref name="url"/> after three untimed warm-up requests;
    /// with <paramref name="changeFactsIn"/>, the data version moves before each, as after a review edit.
    /// </summary>
    internal static async Task<Latencies> TimeAsync(HttpClient client, string url, int requests, string? changeFactsIn = null)
    {
        await using var connection = changeFactsIn is null ? null : new Microsoft.Data.Sqlite.SqliteConnection(changeFactsIn);
        await using var bump = connection?.CreateCommand();
        if (connection is not null && bump is not null)
        {
            await connection.OpenAsync();
            bump.CommandText = DataVersionTriggers.Bump;
        }

        // The first requests compile the query and warm SQLite's page cache: not timed.
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync(url)).EnsureSuccessStatusCode();
        }

        var times = new List<TimeSpan>(requests);
        for (var i = 0; i < requests; i++)
        {
            if (bump is not null)
            {
                await bump.ExecuteNonQueryAsync();
            }

            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(url);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            times.Add(watch.Elapsed);
        }

        return new Latencies(bump is null ? $"{url} repeated" : $"{url} after a change", times);
    }
}
