using System.Net;
using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests.Budgets;

/// <summary>
/// Issue 18: the same panel image or static embed asked for twice is one render (the second answer
/// comes from the output cache, which marks it with <c>Age</c>), keyed by the whole URL and the data
/// version; signed-in staff are always drawn afresh; an embed keeps <c>Cache-Control: public, no-cache</c>.
/// </summary>
public sealed class PanelOutputCacheTests : IClassFixture<AdminDashboardFactory>
{
    private readonly AdminDashboardFactory factory;

    public PanelOutputCacheTests(AdminDashboardFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("/panels/investment.png?width=640&height=320&district=通州区")]
    [InlineData("/panels/meetings.svg?interval=quarter")]
    [InlineData("/embed/projects?static=1&theme=dark")]
    public async Task TheSameUrlTwiceIsOneRender(string url)
    {
        using var client = await CookieBearingClientAsync();

        using var first = await client.GetAsync(url);
        using var second = await client.GetAsync(url);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnotherQueryIsAnotherRender()
    {
        using var client = factory.CreateClient();

        using var first = await client.GetAsync("/panels/projects.png?width=500&height=300");
        using var other = await client.GetAsync("/panels/projects.png?width=500&height=300&theme=dark");

        Assert.Null(other.Headers.Age);
    }

    [Fact]
    public async Task AChangeOfTheDataIsANewRender()
    {
        using var client = factory.CreateClient();
        const string url = "/panels/projects.png?width=520&height=300";
        using var before = await client.GetAsync(url);
        using var cached = await client.GetAsync(url);

        await factory.BumpDataVersionAsync();
        using var after = await client.GetAsync(url);

        Assert.NotNull(cached.Headers.Age);
        Assert.Null(after.Headers.Age);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task SignedInStaffAreNotServedFromTheCache()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignIn.PostAsync(client, AdminDashboardFactory.Password);
        const string url = "/panels/projects.png?width=540&height=300";

        using var first = await client.GetAsync(url);
        using var second = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public async Task ACachedEmbedKeepsItsCachingHeaders()
    {
        using var client = await CookieBearingClientAsync();
        const string url = "/embed/investment?static=1";

        using var first = await client.GetAsync(url);
        using var second = await client.GetAsync(url);

        Assert.NotNull(second.Headers.Age);
        Assert.Equal(first.Headers.CacheControl, second.Headers.CacheControl);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task AnEmbedPageSetsNoCookieSoOneRenderServesEveryViewer()
    {
        using var client = factory.CreateClient();
        const string url = "/embed/meetings?lang=en&width=640&height=420";

        using var first = await client.GetAsync(url);
        using var fresh = factory.CreateClient();
        using var other = await fresh.GetAsync(url);

        Assert.False(first.Headers.Contains("Set-Cookie"), "an embed page is the same for every viewer: no antiforgery or session cookie");
        Assert.NotNull(other.Headers.Age);
    }

    // A page's first answer to a new visitor sets the antiforgery cookie, and is never kept; later ones are.
    private async Task<HttpClient> CookieBearingClientAsync()
    {
        var client = factory.CreateClient();
        using var warmUp = await client.GetAsync("/embed/projects?static=1&lang=en&theme=dark");
        return client;
    }
}
