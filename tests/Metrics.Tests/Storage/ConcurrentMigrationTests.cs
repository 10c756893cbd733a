using Metrics.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Metrics.Tests.Storage;

/// <summary>
/// Several app instances started at once on a new PostgreSQL database all come up: two concurrent
/// <c>CREATE TABLE IF NOT EXISTS</c> of the migrations history used to collide in PostgreSQL's catalog
/// (23505 on pg_type), and the losing instance exited at start.
/// </summary>
public sealed class ConcurrentMigrationTests
{
    private const int Instances = 8;
    private const int Rounds = 4;

    [PostgresFact]
    public async Task InstancesMigratingANewDatabaseAtOnceAllSucceed()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var connectionString = PostgresServer.Instance.CreateEmptyDatabase();
            try
            {
                var options = new MetricsStorage(DatabaseProvider.PostgreSQL, connectionString).Options();
                using var start = new Barrier(Instances);
                var migrations = Enumerable.Range(0, Instances)
                    .Select(_ => Task.Run(async () =>
                    {
                        var database = new MetricsDatabase(new PooledDbContextFactory<MetricsDbContext>(options));
                        start.SignalAndWait();
                        await database.MigrateAsync();
                    }))
                    .ToArray();

                await Task.WhenAll(migrations);

                await using var context = new MetricsDbContext(options);
                Assert.Empty(await context.Database.GetPendingMigrationsAsync());
                Assert.Equal(context.Database.GetMigrations().Count(), (await context.Database.GetAppliedMigrationsAsync()).Count());
            }
            finally
            {
                PostgresServer.Instance.Drop(connectionString);
            }
        }
    }
}
