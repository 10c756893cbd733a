using Metrics.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Storage;

public sealed class ModelSnapshotTests
{
    [Fact]
    public async Task TheMigrationsDescribeTheModelAsItIs()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await using var context = database.Open();

        Assert.False(context.Database.HasPendingModelChanges(), "the model differs from the last migration's snapshot: add a migration");
    }
}
