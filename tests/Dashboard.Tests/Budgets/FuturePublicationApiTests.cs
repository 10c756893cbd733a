using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Budgets;

/// <summary>
/// Issue 18, finding 2: <c>POST /api/articles</c> refuses a publication date later than today (the
/// app's clock: 2026-11-22 here) with 400 naming <c>published</c>; 9999-12-31 dated a fact 9998.
/// </summary>
public sealed class FuturePublicationApiTests : IClassFixture<AdminDashboardFactory>
{
    private readonly AdminDashboardFactory factory;

    public FuturePublicationApiTests(AdminDashboardFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("2026-11-23")]
    public async Task APublicationDateAfterTodayIs400NamingPublished(string published)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminDashboardFactory.ApiKey);

        using var response = await client.PostAsJsonAsync("/api/articles", new { text = $"3月5日,海门区召开区委常委会会议（{published}）。", published });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("published", problem.RootElement.GetProperty("parameter").GetString());
        Assert.Contains("later than today (2026-11-22 in Nantong)", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TodayIsAccepted()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminDashboardFactory.ApiKey);

        using var response = await client.PostAsJsonAsync("/api/articles", new { text = "3月5日,海门区召开区委常委会会议（今天）。", published = "2026-11-22" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
