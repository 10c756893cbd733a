using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Account;

/// <summary><c>POST /api/articles</c> with an article over its extraction budget (configured tiny here): 400 naming it, nothing stored.</summary>
public sealed class ArticleApiBudgetTests : IClassFixture<ArticleApiBudgetTests.TinyBudgetFactory>
{
    private const string Short = "2月11日，通州区召开全区项目建设动员大会。";

    private readonly TinyBudgetFactory factory;

    public ArticleApiBudgetTests(TinyBudgetFactory factory) => this.factory = factory;

    [Fact]
    public async Task AnArticleOverItsBudgetIs400NamingTheBudgetAndTheShortOneIsStillImported()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminDashboardFactory.ApiKey);
        var text = string.Concat(Enumerable.Repeat("2023年2月11日，通州区举行重大项目集中开工活动，此次集中开工的产业项目共16个，总投资达83.2亿元。\n", 40));

        using var over = await client.PostAsJsonAsync("/api/articles", new { text, published = "2023-02-13", url = "http://example.test/budget/long" });
        using var fine = await client.PostAsJsonAsync("/api/articles", new { text = Short, published = "2023-02-13" });

        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Equal("application/problem+json", over.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await over.Content.ReadAsStringAsync());
        Assert.Equal("text", problem.RootElement.GetProperty("parameter").GetString());
        Assert.Equal(
            $"The article was not imported: extraction stopped: over its budget of 5,000 steps for {text.Length:N0} characters.",
            problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, fine.StatusCode);
        await using var context = factory.Services.GetRequiredService<IDbContextFactory<MetricsDbContext>>().CreateDbContext();
        Assert.Equal(0, await context.Articles.CountAsync(a => a.Url == "http://example.test/budget/long"));
    }

    /// <summary>The admin app with a budget of 5,000 steps an article, whatever its length.</summary>
    public sealed class TinyBudgetFactory : AdminDashboardFactory
    {
        protected override void ConfigureDashboard(IWebHostBuilder builder)
        {
            base.ConfigureDashboard(builder);
            builder.UseSetting("Extraction:BaseSteps", "5000");
            builder.UseSetting("Extraction:StepsPerCharacter", "0");
        }
    }
}
