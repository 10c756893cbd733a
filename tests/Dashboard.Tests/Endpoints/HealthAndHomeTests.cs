using System.Net;
using System.Text.Json;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Endpoints;

public sealed class HealthAndHomeTests : IClassFixture<DashboardFactory>
{
    private readonly DashboardFactory factory;

    public HealthAndHomeTests(DashboardFactory factory) => this.factory = factory;

    [Fact]
    public async Task HealthzAnswersOkWithTheSeededArticleCount()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
        Assert.Equal(5, body.RootElement.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task HomePageIsChineseAndShowsTheArticlesChart()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("lang=\"zh-CN\"", html);
        Assert.Contains("南通区县动态统计", html);
        Assert.Contains("每月文章数", html);
        Assert.Contains("<svg", html);
        Assert.Contains("data-chart=\"articles-per-month\"", html);
    }

    [Fact]
    public async Task EveryPageNamesAnIconThatIsServed()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync("/");

        var icon = System.Text.RegularExpressions.Regex.Match(html, @"<link rel=""icon"" type=""image/svg\+xml"" href=""([^""]+)""");
        Assert.True(icon.Success, "the page names no icon: browsers ask for /favicon.ico and log a 404");
        using var response = await client.GetAsync("/" + icon.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task NavigationListsOnlyPagesThatExist()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync("/");

        var links = System.Text.RegularExpressions.Regex.Matches(html, "class=\"mud-nav-link[^\"]*\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*class=\"mud-nav-link")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            .Distinct()
            .ToList();

        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var response = await client.GetAsync(link);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"nav link {link} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task UnknownPageAnswersNotFound()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
