using Metrics.Facts;
using Metrics.Queries;
using Metrics.Storage;
using Metrics.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Storage;

public sealed class DataVersionTests
{
    [Fact]
    public async Task EveryWriteToArticlesFactsOrMentionsMovesTheVersion()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var versions = new DataVersionQuery(database.ContextFactory);
        var seen = new List<long> { await versions.RunAsync() };

        await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, new DateOnly(2023, 2, 12), publisher: "南通日报"));
        seen.Add(await versions.RunAsync());

        await using (var context = database.Open())
        {
            var fact = await context.Facts.FirstAsync();
            fact.Status = FactStatus.Rejected;
            await context.SaveChangesAsync();
        }

        seen.Add(await versions.RunAsync());

        await using (var context = database.Open())
        {
            await context.FactMentions.ExecuteDeleteAsync();
        }

        seen.Add(await versions.RunAsync());

        await using (var context = database.Open())
        {
            await context.Articles.ExecuteUpdateAsync(a => a.SetProperty(x => x.Title, "新标题"));
        }

        seen.Add(await versions.RunAsync());
        Assert.Equal(seen.Order(), seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task ReadingDoesNotMoveTheVersion()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var versions = new DataVersionQuery(database.ContextFactory);
        await StoredFacts.AddAsync(database, StoredFacts.Meeting("通州区", "2023-02-11"));

        var before = await versions.RunAsync();
        await using (var context = database.Open())
        {
            _ = await context.Facts.CountAsync();
        }

        Assert.Equal(before, await versions.RunAsync());
    }
}
