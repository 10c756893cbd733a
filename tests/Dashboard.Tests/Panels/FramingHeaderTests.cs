using Dashboard.Tests.Support;

namespace Dashboard.Tests.Panels;

public sealed class FramingHeaderTests : IClassFixture<DashboardFactory>
{
    private readonly DashboardFactory factory;

    public FramingHeaderTests(DashboardFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("/")]
    [InlineData("/api/series?metric=projects")]
    [InlineData("/panels/projects.csv")]
    [InlineData("/panels/projects.xlsx")]
    [InlineData("/healthz")]
    public async Task OrdinaryPagesRefuseEveryFrame(string url)
    {
        using var client = factory.WithEmbedding().CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(Dashboard.Embedding.FramingHeaders.ScriptPolicy + "frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Theory]
    [InlineData("/embed/projects")]
    [InlineData("/embed/investment?static=1")]
    [InlineData("/panels/projects.png")]
    [InlineData("/panels/meetings.svg")]
    public async Task EmbedsAndImagesMayBeFramedByTheConfiguredOrigins(string url)
    {
        using var client = factory.WithEmbedding().CreateClient();

        using var response = await client.GetAsync(url);

        response.EnsureSuccessStatusCode();
        Assert.Equal(Dashboard.Embedding.FramingHeaders.ScriptPolicy + $"frame-ancestors 'self' {PanelFactory.AllowedOrigin}", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public async Task WithoutConfiguredOriginsOnlyTheAppItselfMayFrameAnEmbed()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/embed/projects");

        Assert.Equal(Dashboard.Embedding.FramingHeaders.ScriptPolicy + "frame-ancestors 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }
}
