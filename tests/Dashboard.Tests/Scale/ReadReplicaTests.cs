using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Dashboard.Tests.Scale;

/// <summary>
/// <c>ConnectionStrings:MetricsReplica</c> on a real streaming standby of the test cluster: while the
/// standby lags (its replay paused), the panels' answers (<c>/api/series</c>, <c>/api/kpis</c>, <c>/api/facts</c>, an embed)
/// and the public overview do not show an article just imported, and the staff's article page does;
/// once the standby has replayed it, they show it, not an answer cached while it lagged.
/// </summary>
public sealed partial class ReadReplicaTests(ReadReplicaTests.ReplicaApp app) : IClassFixture<ReadReplicaTests.ReplicaApp>
{
    private const string Series = "/api/series?metric=investment&district=海门区&interval=month&from=2011-01-01&to=2011-12-31";
    private const string Kpis = "/api/kpis?year=2011&district=海门区&stage=started";
    private const string Embed = "/embed/investment?district=海门区&interval=month&from=2011-01-01&to=2011-12-31&static=1";
    private const string Facts = "/api/facts?district=海门区&from=2011-01-01&to=2011-12-31";
    private const string Overview = "/?year=2011&district=海门区";
    private const string Title = "海门区重大项目集中开工（副本测试）";

    [PostgresSelectedFact]
    public async Task PanelsTrailTheReplicaWhileStaffPagesReadThePrimaryAndNoAnswerOfTheLagOutlivesIt()
    {
        var factory = app.Factory;
        using var viewer = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var staff = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignIn.PostAsync(staff, AdminDashboardFactory.Password);
        await app.Standby.CatchUpAsync();
        Assert.DoesNotContain("2011-03", await viewer.GetStringAsync(Series), StringComparison.Ordinal);
        Assert.DoesNotContain("6200000000", await viewer.GetStringAsync(Kpis), StringComparison.Ordinal);
        var factsBefore = await TotalAsync(viewer);
        var articlesBefore = ArticlesIn(await viewer.GetStringAsync(Embed));
        var investmentBefore = InvestmentStartedIn(await viewer.GetStringAsync(Overview));

        await app.Standby.PauseReplayAsync();
        try
        {
            var id = await ImportAsync(staff);

            // The panels read the lagging standby, cached answers included...
            Assert.DoesNotContain("2011-03", await viewer.GetStringAsync(Series), StringComparison.Ordinal);
            Assert.DoesNotContain("6200000000", await viewer.GetStringAsync(Kpis), StringComparison.Ordinal);
            Assert.Equal(factsBefore, await TotalAsync(viewer));
            Assert.Equal(articlesBefore, ArticlesIn(await viewer.GetStringAsync(Embed)));
            var overview = WebUtility.HtmlDecode(await viewer.GetStringAsync(Overview));
            Assert.Equal(investmentBefore, InvestmentStartedIn(overview));
            Assert.DoesNotContain(Title, overview, StringComparison.Ordinal);
            // ...while the staff's pages read the primary, which has it.
            var page = WebUtility.HtmlDecode(await staff.GetStringAsync($"/articles/{id}"));
            Assert.Contains(Title, page, StringComparison.Ordinal);
            Assert.Contains("data-action=\"edit\"", page, StringComparison.Ordinal);
        }
        finally
        {
            await app.Standby.ResumeReplayAsync();
        }

        await app.Standby.CatchUpAsync();
        Assert.Contains("\"period\":\"2011-03\",\"value\":6200000000", await viewer.GetStringAsync(Series), StringComparison.Ordinal);
        Assert.Contains("6200000000", await viewer.GetStringAsync(Kpis), StringComparison.Ordinal);
        Assert.True(await TotalAsync(viewer) > factsBefore, "/api/facts does not list the new fact after the standby caught up");
        Assert.Equal(articlesBefore + 1, ArticlesIn(await viewer.GetStringAsync(Embed)));
        var caughtUp = WebUtility.HtmlDecode(await viewer.GetStringAsync(Overview));
        Assert.Equal(investmentBefore + 62, InvestmentStartedIn(caughtUp));
        Assert.Contains(Title, caughtUp, StringComparison.Ordinal);
    }

    [PostgresSelectedFact]
    public async Task TheReplicaIsAHotStandbyInRecovery()
    {
        await using var connection = new NpgsqlConnection(app.ReplicaConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_is_in_recovery()", connection);

        Assert.True((bool)(await command.ExecuteScalarAsync())!);
    }

    private static async Task<int> ImportAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = JsonContent.Create(new
            {
                text = "2011年3月5日，海门区举行重大项目集中开工仪式，共有8个项目开工，总投资62亿元。",
                title = Title,
                published = "2011-03-06",
                publisher = "海门日报",
                url = "http://replica.test/series",
            }),
        };
        request.Headers.Add("X-Api-Key", AdminDashboardFactory.ApiKey);
        using var created = await client.SendAsync(request);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetInt32();
    }

    private static async Task<int> TotalAsync(HttpClient client)
    {
        using var page = JsonDocument.Parse(await client.GetStringAsync(Facts));
        return page.RootElement.GetProperty("total").GetInt32();
    }

    // The embed's source line: "南通日报等 41 篇公开报道".
    private static int ArticlesIn(string embed)
    {
        var count = ArticleCount().Match(WebUtility.HtmlDecode(embed));
        Assert.True(count.Success, "the embed has no source line");
        return int.Parse(count.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(\d+) 篇公开报道")]
    private static partial Regex ArticleCount();

    // The overview's card of investment in started projects, in 亿元.
    private static decimal InvestmentStartedIn(string overview)
    {
        var card = InvestmentStartedCard().Match(WebUtility.HtmlDecode(overview));
        Assert.True(card.Success, "the overview has no card of investment in started projects");
        return decimal.Parse(card.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"data-kpi=""investment-started""[\s\S]*?<span data-value[^>]*>([\d.]+)</span>")]
    private static partial Regex InvestmentStartedCard();

    /// <summary>
    /// The app over a database of the test cluster and a standby copied from it, both made at first
    /// use (never in the SQLite run, where the tests are skipped); the standby is stopped and deleted
    /// after the app, also when a test failed.
    /// </summary>
    public sealed class ReplicaApp : IDisposable
    {
        private readonly Lazy<(ReplicaDashboard Factory, PostgresStandby Standby)> started = new(Start);

        public AdminDashboardFactory Factory => started.Value.Factory;

        internal PostgresStandby Standby => started.Value.Standby;

        public string ReplicaConnectionString => started.Value.Factory.ReplicaConnectionString;

        public void Dispose()
        {
            if (!started.IsValueCreated)
            {
                return;
            }

            try
            {
                started.Value.Factory.Dispose();
            }
            finally
            {
                started.Value.Standby.Dispose();
            }
        }

        private static (ReplicaDashboard, PostgresStandby) Start()
        {
            var factory = new ReplicaDashboard();
            // The database exists before the copy is taken; the seed the app imports at start streams over.
            var database = new NpgsqlConnectionStringBuilder(factory.ConnectionString).Database!;
            PostgresStandby? standby = null;
            try
            {
                standby = PostgresStandby.Start(PostgresServer.Instance);
                factory.ReplicaConnectionString = standby.ConnectionString(database);
                return (factory, standby);
            }
            catch
            {
                factory.Dispose();
                standby?.Dispose();
                throw;
            }
        }
    }

    /// <summary>The admin app with <c>ConnectionStrings:MetricsReplica</c> set.</summary>
    public sealed class ReplicaDashboard : AdminDashboardFactory
    {
        public string ReplicaConnectionString { get; set; } = "";

        protected override void ConfigureDashboard(IWebHostBuilder builder)
        {
            base.ConfigureDashboard(builder);
            builder.UseSetting("ConnectionStrings:MetricsReplica", ReplicaConnectionString);
        }
    }
}
