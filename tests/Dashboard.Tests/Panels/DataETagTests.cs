using System.Net;
using System.Net.Http.Headers;
using Dashboard.Tests.Support;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Panels;

public sealed class DataETagTests : IClassFixture<DashboardFactory>
{
    private readonly DashboardFactory factory;

    public DataETagTests(DashboardFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("/panels/projects.png?width=300&height=200")]
    [InlineData("/panels/projects.svg")]
    [InlineData("/embed/projects?static=1")]
    [InlineData("/embed/projects")]
    public async Task TheSameUrlAnswers304UntilTheDataChanges(string url)
    {
        using var client = factory.CreateClient();

        using var first = await client.GetAsync(url);
        var etag = first.Headers.ETag!;
        Assert.Contains("no-cache", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        using var again = await Get(client, url, etag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);

        await TouchAnArticleAsync();

        using var changed = await Get(client, url, etag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task DifferentParametersHaveDifferentETags()
    {
        using var client = factory.CreateClient();

        using var light = await client.GetAsync("/panels/projects.svg");
        using var dark = await client.GetAsync("/panels/projects.svg?theme=dark");

        Assert.NotEqual(light.Headers.ETag, dark.Headers.ETag);
    }

    private static async Task<HttpResponseMessage> Get(HttpClient client, string url, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        return await client.SendAsync(request);
    }

    // A staff correction, an import or a script: any write moves the data version.
    private async Task TouchAnArticleAsync()
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<MetricsDbContext>>();
        await using var context = await contexts.CreateDbContextAsync();
        await context.Database.ExecuteSqlRawAsync("UPDATE \"Articles\" SET \"Title\" = \"Title\" WHERE \"Id\" = (SELECT min(\"Id\") FROM \"Articles\")");
    }
}
