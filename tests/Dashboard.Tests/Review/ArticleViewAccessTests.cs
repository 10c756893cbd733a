using System.Net;
using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests.Review;

public sealed class ArticleViewAccessTests
{
    [Fact]
    public async Task ViewersReadAnArticleWithItsEvidenceButGetNoReviewActions()
    {
        await using var factory = new AdminDashboardFactory();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/articles/3");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<mark", html, StringComparison.Ordinal);
        Assert.Contains("data-fact=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-action=\"edit\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAdminGetsTheReviewActionsOnTheSameView()
    {
        await using var factory = new AdminDashboardFactory();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignIn.PostAsync(client, AdminDashboardFactory.Password);

        var html = await client.GetStringAsync("/articles/3");

        Assert.Contains("data-action=\"edit\"", html, StringComparison.Ordinal);
        Assert.Contains("data-action=\"set-published\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingArticleAnswers404()
    {
        await using var factory = new AdminDashboardFactory();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/articles/987654");
        using var existing = await client.GetAsync("/articles/1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, existing.StatusCode);
    }
}
