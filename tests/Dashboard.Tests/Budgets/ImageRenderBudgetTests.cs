using System.Net;
using Dashboard.Budgets;
using Dashboard.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Budgets;

/// <summary>
/// Issue 18, finding 2: images drawn at once share one pixel budget (24 of the largest at once took
/// 3.35 GB); a request that finds it full waits briefly, then gets 429 with Retry-After.
/// </summary>
public sealed class ImageRenderBudgetTests : IClassFixture<DashboardFactory>
{
    private readonly DashboardFactory factory;

    public ImageRenderBudgetTests(DashboardFactory factory) => this.factory = factory;

    [Fact]
    public async Task WhileTheBudgetIsTakenAnImageIs429AndAfterwardsItIsDrawn()
    {
        using var client = factory.CreateClient();
        var budget = factory.Services.GetRequiredService<ImageRenderBudget>();
        const string url = "/panels/meetings.png?width=300&height=200&interval=month";

        HttpResponseMessage busy;
        using (var held = await budget.TryAcquireAsync(32_000_000, CancellationToken.None))
        {
            Assert.NotNull(held);
            busy = await client.GetAsync(url);
        }

        using var drawn = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.TooManyRequests, busy.StatusCode);
        Assert.True(int.TryParse(busy.Headers.GetValues("Retry-After").Single(), out var seconds) && seconds >= 1);
        Assert.Equal(HttpStatusCode.OK, drawn.StatusCode);
        busy.Dispose();
    }
}
