using Dashboard.Budgets;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Budgets;

/// <summary>Issue 18 (load): the app starts with enough pool threads that cheap requests never wait behind the drawing the capacity limit allows.</summary>
public sealed class ThreadPoolFloorTests
{
    [Fact]
    public async Task TheStartedAppKeepsThreadsForEveryBusyPlaceAndSpareOnes()
    {
        using var factory = new DashboardFactory();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/healthz");

        ThreadPool.GetMinThreads(out var workers, out _);

        Assert.True(workers >= (16 * 3) + ThreadPoolFloor.Spare, $"minimum worker threads {workers}");
    }

    [Fact]
    public void TheFloorIsNeverLowered()
    {
        ThreadPool.GetMinThreads(out var before, out _);

        var after = ThreadPoolFloor.Raise(1);

        Assert.True(after >= before);
    }
}
