using Dashboard.Tests.Support;

namespace Dashboard.Tests.Panels;

/// <summary>An embed page may be kept by browsers and proxies as long as they revalidate it (the README's promise).</summary>
public sealed class EmbedCachingTests : IClassFixture<DashboardFactory>
{
    private readonly DashboardFactory factory;

    public EmbedCachingTests(DashboardFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("/embed/projects")]
    [InlineData("/embed/investment?static=1")]
    public async Task AnEmbedPageIsPublicButRevalidatedEveryTime(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        response.EnsureSuccessStatusCode();
        Assert.Equal("public, no-cache", Assert.Single(response.Headers.GetValues("Cache-Control")));
        Assert.NotNull(response.Headers.ETag);
    }
}
