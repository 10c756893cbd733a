using System.Net;
using System.Text.Json;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Budgets;

/// <summary>
/// Issue 18, findings 2 and 7: an image over the pixel budget (width × height × scale²) is refused
/// with 400 naming the parameter, not drawn (120 MB each) nor answered with 500.
/// </summary>
public sealed class PixelBudgetTests : IClassFixture<DashboardFactory>
{
    private readonly DashboardFactory factory;

    public PixelBudgetTests(DashboardFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("/panels/projects.png?width=2049&scale=4", "scale")]
    [InlineData("/panels/projects.png?width=2048&height=2048&scale=4", "scale")]
    [InlineData("/panels/projects.png?width=4000&height=4000&scale=2", "scale")]
    public async Task AnImageOverTheBudgetIsABadParameter(string url, string parameter)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
        Assert.Contains("16,000,000", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImageWithinTheBudgetIsDrawn()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/panels/projects.png?width=2000&height=2000&scale=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
    }
}
