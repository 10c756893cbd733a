using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.Support;
using Metrics.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Endpoints;

/// <summary>Script policy, nosniff, HSTS and secure cookies on https, and article urls that are never followed unless http(s).</summary>
public sealed class SecurityHeaderTests : IClassFixture<AdminDashboardFactory>
{
    private readonly AdminDashboardFactory factory;

    public SecurityHeaderTests(AdminDashboardFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/embed/projects")]
    [InlineData("/api/series?metric=projects")]
    public async Task EveryResponseAllowsScriptsFromTheAppOnlyAndIsNeverSniffed(string url)
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task OverHttpsTheBrowserIsToldToStayOnHttpsAndTheAntiforgeryCookieIsSecure()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://dashboard.example") });

        using var response = await client.GetAsync("/account/login");

        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        var antiforgery = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OverPlainHttpThereIsNoHstsAndTheCookieCanTravel()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://dashboard.example") });

        using var response = await client.GetAsync("/account/login");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        var antiforgery = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.DoesNotContain("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    public async Task TheApiRefusesAnArticleUrlThatIsNotHttp(string url)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminDashboardFactory.ApiKey);

        using var response = await client.PostAsJsonAsync("/api/articles", new { text = "6月1日，海门区召开区委常委会会议。" + url, url });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("url", problem.RootElement.GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    public async Task AStoredUrlThatIsNotHttpIsShownAsTextNeverAsALink(string url)
    {
        var contextFactory = factory.Services.GetRequiredService<IDbContextFactory<MetricsDbContext>>();
        int id;
        await using (var context = await contextFactory.CreateDbContextAsync())
        {
            var article = await context.Articles.OrderBy(a => a.Id).FirstAsync();
            var copy = new Article
            {
                SourceName = "scheme-" + url.Length,
                PublishedSource = article.PublishedSource,
                ContentHash = Metrics.Ingest.ContentHash.Compute(article.Text + url),
                Text = article.Text + url,
                Url = url,
            };
            context.Articles.Add(copy);
            await context.SaveChangesAsync();
            id = copy.Id;
        }

        var page = await factory.CreateClient().GetStringAsync($"/articles/{id}");

        Assert.DoesNotContain("href=\"javascript:", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data:", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("data-article=\"url-text\"", page, StringComparison.Ordinal);
    }
}
