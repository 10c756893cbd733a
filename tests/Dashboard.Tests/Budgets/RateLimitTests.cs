using System.Net;
using System.Text.Json;
using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests.Budgets;

/// <summary>
/// Issue 18, finding 2: anonymous clients are rate limited per address on pages, panels and the API
/// (429 with Retry-After over the limit); signed-in staff are not; static files are not counted.
/// Each test has its own app: the limit is per address, and every test client has the same one.
/// </summary>
public sealed class RateLimitTests
{
    private const int Burst = 4;

    [Fact]
    public async Task AnAnonymousClientOverTheLimitGets429WithRetryAfter()
    {
        using var factory = new RateLimitedFactory();
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var url in new[] { "/api/series?metric=projects", "/timeline", "/panels/projects.svg", "/api/series?metric=meetings" })
        {
            using var allowed = await client.GetAsync(url);
            statuses.Add(allowed.StatusCode);
        }

        using var refused = await client.GetAsync("/api/series?metric=investment");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.TryParse(refused.Headers.GetValues("Retry-After").Single(), out var seconds) && seconds >= 1, "Retry-After in whole seconds");
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task StaticFilesAreNotCounted()
    {
        using var factory = new RateLimitedFactory();
        using var client = factory.CreateClient();

        for (var i = 0; i < Burst * 3; i++)
        {
            using var file = await client.GetAsync("/favicon.svg");
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        }

        using var page = await client.GetAsync("/api/series?metric=projects");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task SignedInStaffAreNotLimited()
    {
        using var factory = new RateLimitedFactory();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignIn.PostAsync(client, AdminDashboardFactory.Password);

        for (var i = 0; i < Burst * 3; i++)
        {
            using var response = await client.GetAsync("/api/series?metric=projects");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task OverTheServersCapacityAnonymousRequestsGet429InsteadOfPilingUp()
    {
        using var factory = new OneAtATimeFactory();
        using var client = factory.CreateClient();
        using var warm = await client.GetAsync("/panels/projects.png?width=300&height=200");

        // Images of their own (no cached answer), all at once: one is drawn at a time and none may wait.
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.GetAsync($"/panels/projects.png?width={1600 + i}&height=1200")));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, r.StatusCode.ToString()));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.TooManyRequests && r.Headers.RetryAfter is not null);
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    private sealed class OneAtATimeFactory : DashboardFactory
    {
        protected override void ConfigureDashboard(IWebHostBuilder builder)
        {
            builder.UseSetting("Dashboard:AnonymousConcurrentRequests", "1");
            builder.UseSetting("Dashboard:AnonymousQueuedRequests", "0");
        }
    }

    private sealed class RateLimitedFactory : AdminDashboardFactory
    {
        protected override void ConfigureDashboard(IWebHostBuilder builder)
        {
            base.ConfigureDashboard(builder);
            // One request a minute after the burst: none comes back during a test.
            builder.UseSetting("Dashboard:RateLimitPerMinute", "1");
            builder.UseSetting("Dashboard:RateLimitBurst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
