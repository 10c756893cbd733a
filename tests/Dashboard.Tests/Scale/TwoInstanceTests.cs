using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Cli.Bench;
using Dashboard.Embedding;
using Dashboard.Tests.Support;
using Metrics.Ingest;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Scale;

/// <summary>
/// Two app processes on two ports over one PostgreSQL database (CONTRACTS.md, <c>Dashboard:Database</c>):
/// what one imports shows on the other at its next request, a sign-in made by one is accepted by
/// the other, and so is a signed embed link; the same articles imported through both at once are
/// stored once each, their facts too. Both start together on an empty database: one migrates, and
/// the seed is imported once.
/// </summary>
public sealed partial class TwoInstanceTests(TwoInstanceTests.Instances apps) : IClassFixture<TwoInstanceTests.Instances>
{
    [PostgresFact]
    public async Task BothStartedAtOnceOnAnEmptyDatabaseAndTheSeedIsStoredOnce()
    {
        await using var context = apps.OpenDatabase();
        var seedFiles = ArticleFileScanner.Scan([RepositoryPaths.Seed]).Files.Count;
        var hashes = await context.Articles.Where(a => a.Url == null || !a.Url.StartsWith("http://two-instance.test/")).Select(a => a.ContentHash).ToListAsync();
        Assert.True(hashes.Count >= seedFiles, $"{hashes.Count} articles for {seedFiles} seed files");
        Assert.Equal(hashes.Count, hashes.Distinct().Count());
    }

    [PostgresFact]
    public async Task AnArticleImportedThroughOneShowsInTheSeriesOfTheOtherAtItsNextRequest()
    {
        using var one = apps.One.Client();
        using var other = apps.Other.Client();
        const string series = "/api/series?metric=investment&district=海门区&interval=month&from=2015-01-01&to=2015-12-31";
        var before = await other.GetStringAsync(series);
        Assert.DoesNotContain("2015-03", before, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = JsonContent.Create(new
            {
                text = "2015年3月5日，海门区举行重大项目集中开工仪式，共有8个项目开工，总投资62亿元。",
                title = "海门区重大项目集中开工",
                published = "2015-03-06",
                publisher = "海门日报",
                url = "http://two-instance.test/series",
            }),
        };
        request.Headers.Add("X-Api-Key", AppProcess.ApiKey);
        using var created = await one.SendAsync(request);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());

        var after = await other.GetStringAsync(series);
        Assert.Contains("\"period\":\"2015-03\",\"value\":6200000000", after, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task ASignInOnOneIsAcceptedByTheOtherAndSoIsTheFormOfOne()
    {
        var jar = new CookieContainer();
        using var one = apps.One.Client(jar);
        Assert.Equal("/", await SignIn.PostAsync(one, AppProcess.AdminPassword));
        var cookie = string.Join("; ", jar.GetCookies(apps.One.BaseAddress).Select(c => $"{c.Name}={c.Value}"));
        Assert.Contains("nantong-dashboard-admin=", cookie, StringComparison.Ordinal);

        using var other = apps.Other.Client();
        using (var anonymous = await other.GetAsync("/review/audit.csv"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using var signedIn = new HttpRequestMessage(HttpMethod.Get, "/review/audit.csv");
        signedIn.Headers.Add("Cookie", cookie);
        using (var response = await other.SendAsync(signedIn))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // The antiforgery token of one's login form (and its cookie) posted to the other.
        var browserJar = new CookieContainer();
        using var browser = apps.One.Client(browserJar);
        var page = await browser.GetStringAsync("/account/login");
        var token = WebUtility.HtmlDecode(TokenInput().Match(page).Groups[1].Value);
        var antiforgery = string.Join("; ", browserJar.GetCookies(apps.One.BaseAddress).Select(c => $"{c.Name}={c.Value}"));
        using var form = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["password"] = AppProcess.AdminPassword,
                ["returnUrl"] = "/",
            }),
        };
        form.Headers.Add("Cookie", antiforgery);
        using var posted = await other.SendAsync(form);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/", posted.Headers.Location?.OriginalString);
    }

    [PostgresFact]
    public async Task ASignedEmbedLinkFromOneOpensOnTheOther()
    {
        using var one = apps.One.Client();
        using var other = apps.Other.Client();
        var link = new SignedLinks(AppProcess.SigningKey, TimeProvider.System).Sign("/embed/projects?district=通州区&static=1", DateTimeOffset.UtcNow.AddHours(1));
        var page = await one.GetStringAsync(link);
        // The embed page of one signs its own image link; the other serves it.
        var image = WebUtility.HtmlDecode(SignedImage().Match(page).Value);
        Assert.Contains("sig=", image, StringComparison.Ordinal);

        using (var embed = await other.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, embed.StatusCode);
        }

        using (var png = await other.GetAsync(image))
        {
            Assert.Equal(HttpStatusCode.OK, png.StatusCode);
            Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        }

        using var tampered = await other.GetAsync(link.Replace("%E9%80%9A%E5%B7%9E%E5%8C%BA", "%E6%B5%B7%E9%97%A8%E5%8C%BA", StringComparison.Ordinal));
        Assert.NotEqual(HttpStatusCode.OK, tampered.StatusCode);
    }

    [PostgresFact]
    public async Task TheSameHundredArticlesImportedThroughBothAtOnceAreStoredOnceAndSoAreTheirFacts()
    {
        var articles = SyntheticArticles.Generate(100, seed: 16);
        using var one = apps.One.Client();
        using var other = apps.Other.Client();
        var outcomes = new (HttpStatusCode One, HttpStatusCode Other, int IdOne, int IdOther, int[] FactsOne, int[] FactsOther)[articles.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, articles.Length), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var fromOne = PostAsync(one, articles[i], i);
            var fromOther = PostAsync(other, articles[i], i);
            var (a, b) = (await fromOne, await fromOther);
            outcomes[i] = (a.Status, b.Status, a.Id, b.Id, a.Facts, b.Facts);
        });

        // Each article: stored by one instance (201), found stored by the other (200), the same id and facts.
        Assert.All(outcomes, o =>
        {
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Created], new[] { o.One, o.Other }.Order());
            Assert.Equal(o.IdOne, o.IdOther);
            Assert.Equal(o.FactsOne, o.FactsOther);
        });
        await using var context = apps.OpenDatabase();
        var stored = await context.Articles.CountAsync(a => a.Url != null && a.Url.StartsWith("http://two-instance.test/bulk/"));
        Assert.Equal(articles.Length, stored);
        Assert.Equal(articles.Length, outcomes.Select(o => o.IdOne).Distinct().Count());
        // No fact stored twice: none with every value alike another's (dated facts with a district are merged across articles).
        var facts = await context.Facts.AsNoTracking().Where(f => f.District != Fact.NoDistrict && f.PeriodStart != null).ToListAsync();
        var twice = facts
            .GroupBy(f => (f.District, f.Type, f.Kind, f.Stage, f.Scope, f.Date, f.ProjectCount, f.InvestmentYuan, f.InvestmentOriginal, f.MemberOfBatch, f.Chair, Projects: string.Join("|", f.Projects)))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key.ToString())
            .ToList();
        Assert.Empty(twice);
        // Every fact an article reports is mentioned by it once.
        var mentions = await context.FactMentions.Where(m => m.Article.Url != null && m.Article.Url.StartsWith("http://two-instance.test/bulk/"))
            .GroupBy(m => new { m.ArticleId, m.FactId }).Select(g => g.Count()).ToListAsync();
        Assert.All(mentions, count => Assert.Equal(1, count));
        Assert.Equal(outcomes.Sum(o => o.FactsOne.Length), mentions.Count);
    }

    private static async Task<(HttpStatusCode Status, int Id, int[] Facts)> PostAsync(HttpClient client, SyntheticArticle article, int index)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = JsonContent.Create(new
            {
                text = article.Text,
                title = article.Title,
                published = article.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                publisher = article.Publisher,
                url = $"http://two-instance.test/bulk/{index}",
            }),
        };
        request.Headers.Add("X-Api-Key", AppProcess.ApiKey);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, $"{response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        var facts = json.RootElement.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("id").GetInt32()).Order().ToArray();
        return (response.StatusCode, json.RootElement.GetProperty("id").GetInt32(), facts);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    [GeneratedRegex("/panels/projects\\.png\\?[^\"']*sig=[^\"'&]+[^\"']*")]
    private static partial Regex SignedImage();

    /// <summary>One empty PostgreSQL database and two app processes on it, started at the same time.</summary>
    public sealed class Instances : IAsyncLifetime
    {
        private string? connectionString;

        public AppProcess One { get; private set; } = null!;

        public AppProcess Other { get; private set; } = null!;

        public MetricsDbContext OpenDatabase() =>
            new(new MetricsStorage(DatabaseProvider.PostgreSQL, connectionString!).Options());

        public async Task InitializeAsync()
        {
            if (PostgresServer.Unavailable is not null)
            {
                return;
            }

            connectionString = PostgresServer.Instance.CreateEmptyDatabase();
            One = AppProcess.Start(connectionString);
            Other = AppProcess.Start(connectionString);
            await Task.WhenAll(One.WaitUntilHealthyAsync(), Other.WaitUntilHealthyAsync());
        }

        public async Task DisposeAsync()
        {
            if (connectionString is null)
            {
                return;
            }

            await One.DisposeAsync();
            await Other.DisposeAsync();
            PostgresServer.Instance.Drop(connectionString);
        }
    }
}
