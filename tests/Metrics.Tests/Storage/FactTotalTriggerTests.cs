using Metrics.Facts;
using Metrics.Import;
using Metrics.Storage;
using Metrics.Tests.Support;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Storage;

public sealed class FactTotalTriggerTests
{
    [Fact]
    public async Task RebuildingTheTotalsFromTheFactsGivesWhatTheTriggersKept()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Meeting("通州区", "2023-02-11"),
            StoredFacts.Meeting("通州区", "2023-02-12"),
            StoredFacts.Meeting("通州区", "2023-Q1"),
            StoredFacts.Meeting("通州区", null),
            StoredFacts.Project("港闸区", "2020", count: 3, yuan: 10_000_000_000, qualifier: AmountQualifier.AtLeast),
            StoredFacts.Project("港闸区", "2020-05", count: 2),
            StoredFacts.Project("港闸区", "2020-05-28", count: 1, yuan: 5, member: true),
            StoredFacts.Meeting("海门区", "2021-11-28", status: FactStatus.Rejected));
        var kept = await DatabaseSnapshots.TotalsAsync(database);

        await using (var context = database.Open())
        {
            foreach (var sql in database.RebuildTotals)
            {
                await context.Database.ExecuteSqlRawAsync(sql);
            }
        }

        Assert.Equal(5, kept.Count(row => row.StartsWith("FactTotals", StringComparison.Ordinal)));
        Assert.Equal(5, kept.Count(row => row.StartsWith("TypeTotals", StringComparison.Ordinal)));
        Assert.Equal(kept, await DatabaseSnapshots.TotalsAsync(database));
    }

    [Fact]
    public async Task UpdatesMoveTheTotalsWhenACountedColumnChangesAndOnlyThen()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Meeting("通州区", "2023-02"),
            StoredFacts.Project("通州区", "2023-Q1", count: 3, yuan: 300),
            StoredFacts.Project("海门区", "2021-05-01", count: 2));
        await using (var context = database.Open())
        {
            var facts = await context.Facts.OrderBy(f => f.Id).ToListAsync();
            Metrics.Import.FactRecords.SetDate(facts[0], "2023-02-11");
            facts[0].Chair = "王晖";
            facts[1].District = "海门区";
            facts[1].Stage = ProjectStage.Signed;
            facts[2].Chair = "某某";
            facts[2].UpdatedAtUtc = facts[2].UpdatedAtUtc.AddDays(1);
            await context.SaveChangesAsync();
        }

        var kept = await DatabaseSnapshots.TotalsAsync(database);
        await using (var context = database.Open())
        {
            foreach (var sql in database.RebuildTotals)
            {
                await context.Database.ExecuteSqlRawAsync(sql);
            }
        }

        await using (var context = database.Open())
        {
            var moved = await context.TypeTotals.SingleAsync(t => t.District == "海门区" && t.Year == 2023);
            Assert.Equal((1, 3L, 300L), (moved.Facts, moved.Projects, moved.Yuan));
            Assert.Equal(0, await context.TypeTotals.Where(t => t.District == "通州区" && t.Type == "ProjectEvent").SumAsync(t => t.Facts));
            Assert.Equal(1, await context.FactTotals.Where(t => t.Stage == "Signed").SumAsync(t => t.Facts));
        }

        Assert.Equal(kept, await DatabaseSnapshots.TotalsAsync(database));
    }

    [Fact]
    [Trait(SqliteOnly.Trait, SqliteOnly.Value)] // Steps through the SQLite migrations; PostgreSQL starts from one.
    public async Task MigratingADatabaseThatHoldsFactsBuildsBothTotalsFromThem()
    {
        await using var database = SqliteDatabase.CreateUnmigrated();
        await using (var context = database.Open())
        {
            await context.GetService<IMigrator>().MigrateAsync("20261122183759_FactsLatestFirstIndex");
            await context.Database.OpenConnectionAsync();
            // Today's writer also writes the columns added since (Confidence, ...): lend the old table them for these inserts.
            var lent = await ColumnsAddedSinceAsync(context);
            foreach (var column in lent)
            {
                var add = $"ALTER TABLE Facts ADD COLUMN \"{column}\"";
                await context.Database.ExecuteSqlRawAsync(add);
            }

            await using var transaction = await context.Database.BeginTransactionAsync();
            using var rows = new NewRows(context);
            foreach (var fact in new[]
            {
                StoredFacts.Meeting("通州区", "2023-02-11"),
                StoredFacts.Meeting("通州区", "2023-Q1", MeetingKind.Plenary),
                StoredFacts.Project("港闸区", "2020", count: 3, yuan: 10_000_000_000, qualifier: AmountQualifier.AtLeast),
                StoredFacts.Project("港闸区", "2020", count: 40, scope: FactScope.Period),
                StoredFacts.Project("港闸区", "2020-05-28", count: 1, yuan: 5, member: true),
                StoredFacts.Meeting("海门区", "2021-11-28", status: FactStatus.Rejected),
            })
            {
                rows.Insert(fact);
            }

            await rows.FlushAsync();

            await transaction.CommitAsync();
            foreach (var column in lent)
            {
                var drop = $"ALTER TABLE Facts DROP COLUMN \"{column}\"";
                await context.Database.ExecuteSqlRawAsync(drop);
            }
        }

        await new MetricsDatabase(database.ContextFactory).MigrateAsync();

        var built = await DatabaseSnapshots.TotalsAsync(database);
        await using (var context = database.Open())
        {
            Assert.Equal((2, 2), (await context.TypeTotals.Where(t => t.Type == "Meeting").SumAsync(t => t.Facts), await context.FactTotals.Where(t => t.Type == "Meeting").SumAsync(t => t.AllFacts)));
            Assert.Equal((3L, 3), (await context.TypeTotals.SumAsync(t => t.Projects), await context.TypeTotals.Where(t => t.Type == "ProjectEvent").SumAsync(t => t.AllFacts)));
            foreach (var sql in database.RebuildTotals)
            {
                await context.Database.ExecuteSqlRawAsync(sql);
            }
        }

        Assert.Equal(built, await DatabaseSnapshots.TotalsAsync(database));
    }

    private static async Task<List<string>> ColumnsAddedSinceAsync(MetricsDbContext context)
    {
        var existing = await context.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('Facts')").ToListAsync();
        return [.. FactColumns.Of(context).Names.Except(existing)];
    }
}
