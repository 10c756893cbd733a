using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Dashboard.Presentation.Charts;
using Metrics.Gazetteer;
using Metrics.Storage;
using Metrics;

namespace Dashboard.Cli.Bench;

/// <summary>
/// The whole web app on a loopback port over a temporary database (the seed articles plus synthetic
/// facts), under two loads in turn, each bounded in requests and time: viewers who each ask for a
/// page or a series once a second, then PNG panels at a fixed rate with half of the URLs repeated.
/// Requests start on schedule whether or not earlier ones are done (an open load), so a slow answer
/// shows in the percentiles instead of slowing the load. The working set is sampled throughout.
/// The anonymous rate limit is off: every request comes from one address.
/// </summary>
internal static class LoadBenchmark
{
    private static readonly string[] Pages =
    [
        "/",
        "/timeline",
        "/timeline?metric=investment&interval=quarter",
        "/districts",
        "/districts?metric=meetings&from=2018&to=2024",
        "/facts?metric=projects&district=通州区&from=2023-01-01&to=2023-12-31",
        "/articles",
    ];

    private static readonly string[] Series =
    [
        "/api/series?metric=projects",
        "/api/series?metric=investment&interval=month",
        "/api/series?metric=meetings&interval=quarter&district=通州区",
        "/api/series?metric=projects&interval=month&from=2020-01-01&to=2024-12-31&stage=started",
        "/api/series?metric=investment&boundaries=current",
    ];

    private static readonly string[] PopularImages =
    [
        "/panels/projects.png",
        "/panels/investment.png?theme=dark",
        "/panels/meetings.png?interval=quarter",
        "/panels/investment.png?width=800&height=400&district=通州区",
        "/panels/projects.png?interval=month&from=2022-01-01&to=2024-12-31",
    ];

    /// <param name="Alone">Each URL's time asked alone, after its warm-up (the image one not drawn before).</param>
    /// <param name="Viewers">Latencies of pages and of <c>/api/series</c> under the viewers' load.</param>
    /// <param name="Images">Latencies of the PNG requests.</param>
    /// <param name="ViewerPeakBytes">Largest working set during the viewers' load.</param>
    /// <param name="ImagePeakBytes">Largest working set during the PNG load.</param>
    /// <param name="Failures">Answers other than 200, by kind and status.</param>
    public sealed record Result(
        IReadOnlyList<(string Url, TimeSpan Time)> Alone, IReadOnlyList<Latencies> Viewers, Latencies Images, long ViewerPeakBytes, long ImagePeakBytes, IReadOnlyDictionary<string, int> Failures);

    public static async Task<Result> RunAsync(int facts, int viewers, TimeSpan viewerTime, int imagesPerSecond, TimeSpan imageTime, int seed)
    {
        ChartFonts.EnsureRegistered(AppContext.BaseDirectory);
        var folder = Directory.CreateTempSubdirectory("bench-load-");
        var connectionString = $"Data Source={Path.Combine(folder.FullName, "bench.db")}";
        try
        {
            await using var app = Build(connectionString);
            await app.PrepareDatabaseAsync();
            var districts = NantongGazetteer.Load().AllDistricts.Take(12).ToArray();
            SyntheticFacts.Insert(connectionString, facts, districts, SeriesBenchmark.FirstYear, SeriesBenchmark.Years, seed);
            await app.StartAsync();

            using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 1024 })
            {
                BaseAddress = new Uri(app.Urls.First()),
                Timeout = TimeSpan.FromSeconds(30),
            };
            var failures = new ConcurrentDictionary<string, int>();
            var alone = await WarmUpAsync(client);

            IReadOnlyList<Latencies> viewerLatencies;
            long viewerPeak;
            await using (var memory = new MemorySampler())
            {
                viewerLatencies = await ViewersAsync(client, viewers, viewerTime, seed, failures);
                viewerPeak = memory.MaxBytes;
            }

            Latencies images;
            long imagePeak;
            await using (var memory = new MemorySampler())
            {
                images = await ImagesAsync(client, imagesPerSecond, imageTime, failures);
                imagePeak = memory.MaxBytes;
            }

            await app.StopAsync();
            return new Result(alone, viewerLatencies, images, viewerPeak, imagePeak, failures);
        }
        finally
        {
            SqlitePool.Release(connectionString);
            folder.Delete(recursive: true);
        }
    }

    private static WebApplication Build(string connectionString)
    {
        // Named after the app, not the process (a test host): static assets are found by this name.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ApplicationName = typeof(LoadBenchmark).Assembly.GetName().Name });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.UseStaticWebAssets();
        builder.Configuration["ConnectionStrings:Metrics"] = connectionString;
        builder.Configuration["Dashboard:RateLimitPerMinute"] = "0";
        // A password given keeps the app from generating one and printing it.
        builder.Configuration["Dashboard:AdminPassword"] = Convert.ToHexString(Guid.NewGuid().ToByteArray());
        builder.Services.AddMetrics(builder.Configuration);
        builder.Services.AddDashboard(builder.Configuration);
        var app = builder.Build();
        app.MapDashboard();
        return app;
    }

    // The first request of each URL compiles and fills caches; the load measures the app warm. A
    // second request of each, one at a time, is what a URL costs without a load.
    private static async Task<IReadOnlyList<(string Url, TimeSpan Time)>> WarmUpAsync(HttpClient client)
    {
        var urls = Pages.Concat(Series).Append(PopularImages[0]).ToArray();
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
        }

        var alone = new List<(string, TimeSpan)>();
        foreach (var url in urls.SkipLast(1).Append(PopularImages[0].Replace(".png", ".png?width=1201", StringComparison.Ordinal)))
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(url);
            await response.Content.ReadAsByteArrayAsync();
            alone.Add((url, watch.Elapsed));
        }

        return alone;
    }

    // Each viewer asks once a second, a page and a series in turn, starting at a random point of the first second.
    private static async Task<IReadOnlyList<Latencies>> ViewersAsync(
        HttpClient client, int viewers, TimeSpan duration, int seed, ConcurrentDictionary<string, int> failures)
    {
        var pages = new ConcurrentBag<TimeSpan>();
        var series = new ConcurrentBag<TimeSpan>();
        var random = new Random(seed);
        var offsets = Enumerable.Range(0, viewers).Select(_ => TimeSpan.FromMilliseconds(random.Next(1000))).ToArray();
        var clock = Stopwatch.StartNew();
        var seconds = (int)duration.TotalSeconds;
        await Task.WhenAll(Enumerable.Range(0, viewers).Select(async viewer =>
        {
            var mine = new List<Task>();
            for (var second = 0; second < seconds; second++)
            {
                var due = offsets[viewer] + TimeSpan.FromSeconds(second);
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed);
                }

                var page = (viewer + second) % 2 == 0;
                var url = page ? Pages[(viewer + second) % Pages.Length] : Series[(viewer + second) % Series.Length];
                mine.Add(TimeAsync(client, url, page ? pages : series, page ? "page" : "series", failures));
            }

            await Task.WhenAll(mine);
        }));
        return [new Latencies("pages", [.. pages]), new Latencies("/api/series", [.. series])];
    }

    // Every other request is one of a few popular URLs; the others are each a URL of their own (no two alike).
    private static async Task<Latencies> ImagesAsync(HttpClient client, int perSecond, TimeSpan duration, ConcurrentDictionary<string, int> failures)
    {
        var times = new ConcurrentBag<TimeSpan>();
        var total = (int)(perSecond * duration.TotalSeconds);
        var clock = Stopwatch.StartNew();
        var requests = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var url = i % 2 == 0
                ? PopularImages[i / 2 % PopularImages.Length]
                : string.Create(CultureInfo.InvariantCulture, $"/panels/{(i % 3 == 0 ? "investment" : "projects")}.png?width={600 + (i / 2 % 800)}&height=400{(i % 4 == 1 ? "&theme=dark" : "")}");
            requests.Add(TimeAsync(client, url, times, "png", failures));
        }

        await Task.WhenAll(requests);
        return new Latencies("PNG", [.. times]);
    }

    private static async Task TimeAsync(HttpClient client, string url, ConcurrentBag<TimeSpan> times, string kind, ConcurrentDictionary<string, int> failures)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await client.GetAsync(url);
            await response.Content.ReadAsByteArrayAsync();
            times.Add(watch.Elapsed);
            if (!response.IsSuccessStatusCode)
            {
                failures.AddOrUpdate($"{kind} {(int)response.StatusCode}", 1, (_, n) => n + 1);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            times.Add(watch.Elapsed);
            failures.AddOrUpdate($"{kind} no answer", 1, (_, n) => n + 1);
        }
    }
}
