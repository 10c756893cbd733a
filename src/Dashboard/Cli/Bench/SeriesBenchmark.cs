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

    /// <summary>Untimed requests before each timed set (fewer when fewer are timed).</summary>
    public const int WarmUpRequests = 50;

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
    /// from memory after the first), and requests each made right after a fact changed (outside
    /// the timing), which run the whole query.
    /// </summary>
    /// <param name="postgresServer">Null for SQLite; else the PostgreSQL server to create the benchmark's database on.</param>
    public static async Task<(TimeSpan Generation, IReadOnlyList<Latencies> Cases)> RunAsync(int facts, int requests, int seed, string? postgresServer = null)
    {
        using var database = BenchDatabase.Create("bench-series-", postgresServer);
        var storage = database.Storage;
        var generation = Stopwatch.StartNew();
        await using (var app = BenchHost.Build(storage, _ => { }, host => host.MapMetricsApi()))
        {
            await app.Services.GetRequiredService<MetricsDatabase>().MigrateAsync();
            var districts = NantongGazetteer.Load().AllDistricts.Take(Districts).ToArray();
            SyntheticFacts.Insert(storage, facts, districts, FirstYear, Years, seed);
            generation.Stop();

            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            var cases = new List<Latencies>();
            foreach (var url in Urls)
            {
                cases.Add(await TimeAsync(client, url, requests, WarmUps(requests)));
                cases.Add(await TimeAsync(client, url, requests, WarmUps(requests), storage));
            }

            await app.StopAsync();
            return (generation.Elapsed, cases);
        }
    }

    /// <summary>How many untimed requests come before <paramref name="requests"/> timed ones.</summary>
    public static int WarmUps(int requests) => Math.Min(WarmUpRequests, requests);

    /// <summary>
    /// Times <paramref name="requests"/> GETs of <paramref name="url"/> after <paramref name="warmUps"/> untimed ones.
    /// With <paramref name="changeFactsIn"/>, a fact changes before each request (and each warm-up),
    /// outside the timing, as after a review edit: a confirmed fact is set back to extracted or the
    /// other way round, which fires the totals and version triggers, so that no cached answer serves
    /// and SQLite's page cache of the app's connections starts over.
    /// </summary>
    internal static async Task<Latencies> TimeAsync(HttpClient client, string url, int requests, int warmUps, MetricsStorage? changeFactsIn = null)
    {
        await using System.Data.Common.DbConnection? connection = changeFactsIn switch
        {
            null => null,
            { Provider: DatabaseProvider.PostgreSQL } => new Npgsql.NpgsqlConnection(changeFactsIn.ConnectionString),
            _ => new Microsoft.Data.Sqlite.SqliteConnection(changeFactsIn.ConnectionString),
        };
        await using var change = connection?.CreateCommand();
        var lastId = 0;
        if (connection is not null && change is not null)
        {
            await connection.OpenAsync();
            change.CommandText = "SELECT max(\"Id\") FROM \"Facts\"";
            lastId = Convert.ToInt32(await change.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            change.CommandText = "UPDATE \"Facts\" SET \"Status\" = CASE \"Status\" WHEN 'Extracted' THEN 'Confirmed' ELSE 'Extracted' END " +
                "WHERE \"Id\" = (SELECT \"Id\" FROM \"Facts\" WHERE \"Status\" IN ('Extracted', 'Confirmed') AND \"Id\" >= @id ORDER BY \"Id\" LIMIT 1)";
            var id = change.CreateParameter();
            id.ParameterName = "id";
            id.Value = 1;
            change.Parameters.Add(id);
        }

        var random = new Random(requests);
        async Task<TimeSpan> RequestAsync()
        {
            if (change is not null)
            {
                change.Parameters[0].Value = random.Next(1, lastId + 1);
                await change.ExecuteNonQueryAsync();
            }

            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(url);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            return watch.Elapsed;
        }

        // The first requests compile the queries and run the code the JIT has not yet optimised
        // (it does so after about 30 calls): a server answering these questions all day is past that.
        for (var i = 0; i < warmUps; i++)
        {
            await RequestAsync();
        }

        var times = new List<TimeSpan>(requests);
        for (var i = 0; i < requests; i++)
        {
            times.Add(await RequestAsync());
        }

        return new Latencies(change is null ? $"{url} repeated" : $"{url} right after a fact changed", times);
    }
}
