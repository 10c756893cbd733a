using System.Net;
using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Dashboard.Tests.Budgets;

/// <summary>
/// Issue 18 (load): the server's capacity limit counts only the work it has to do. An image the
/// output cache already holds is answered at once even while every place is taken by a drawing.
/// </summary>
public sealed class CapacityLimitTests
{
    [Fact]
    public async Task AnImageAlreadyDrawnIsServedWhileTheServerIsAtCapacity()
    {
        using var factory = new OneAtATimeFactory();
        using var client = factory.CreateClient();
        const string cached = "/panels/projects.png?width=300&height=200";
        // A first visit gets the antiforgery cookie, and an answer that sets a cookie is never kept.
        using (var visit = await client.GetAsync("/embed/projects?static=1"))
        {
            Assert.Equal(HttpStatusCode.OK, visit.StatusCode);
        }

        using (var first = await client.GetAsync(cached))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        // A large image of its own takes the one place for a while; the cached one is asked for meanwhile.
        var drawing = client.GetAsync("/panels/projects.png?width=1900&height=1900&scale=2");
        var statuses = new List<HttpStatusCode>();
        while (!drawing.IsCompleted || statuses.Count == 0)
        {
            using var again = await client.GetAsync(cached);
            statuses.Add(again.StatusCode);
            Assert.NotNull(again.Headers.Age);
        }

        using var drawn = await drawing;
        Assert.Equal(HttpStatusCode.OK, drawn.StatusCode);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task ImagesNotYetDrawnStillGet429OverCapacity()
    {
        using var factory = new OneAtATimeFactory();
        using var client = factory.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.GetAsync($"/panels/projects.png?width={1600 + i}&height=1200")));

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
            // Only the capacity: the loop below asks more often than one address may.
            builder.UseSetting("Dashboard:RateLimitPerMinute", "0");
        }
    }
}
