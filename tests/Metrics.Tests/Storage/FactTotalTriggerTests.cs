using Metrics.Extraction.Numbers;
using Metrics.Storage;
using Metrics.Tests.Support;
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
            foreach (var sql in FactTotalTriggers.Rebuild)
            {
                await context.Database.ExecuteSqlRawAsync(sql);
            }
        }

        Assert.Equal(5, kept.Count);
        Assert.Equal(kept, await DatabaseSnapshots.TotalsAsync(database));
    }
}
