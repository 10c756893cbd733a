using Metrics.Storage;
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

    // Each provider has its own migrations: a model change needs one in each (no server is reached to compare).
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=never-opened.db")]
    [InlineData(DatabaseProvider.PostgreSQL, "Host=127.0.0.1;Database=never_opened")]
    public void EachProvidersMigrationsDescribeTheModelAsItIs(DatabaseProvider provider, string connectionString)
    {
        using var context = new MetricsDbContext(new MetricsStorage(provider, connectionString).Options());

        Assert.False(context.Database.HasPendingModelChanges(), $"the model differs from the {provider} migrations' snapshot: add a migration for {provider}");
    }
}
