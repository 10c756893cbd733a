using Metrics.Facts;
using Metrics.Review;
using Metrics.Storage;
using Metrics.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Review;

public sealed class ArticleConfirmationTests
{
    [Fact]
    public async Task ConfirmingAnArticleConfirmsEachOpenFactWithItsOwnAuditEntryAndEmptiesItsQueue()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, new DateOnly(2023, 2, 12)));
        int articleId;
        int facts;
        await using (var context = database.Open())
        {
            articleId = await context.Articles.Select(a => a.Id).SingleAsync();
            facts = await context.Facts.CountAsync();
        }

        var (confirmed, withoutDistrict) = await new ArticleConfirmation(database.ContextFactory, TimeProvider.System).ConfirmAllAsync(articleId, "admin");

        await using var after = database.Open();
        Assert.Equal((facts, 0), (confirmed, withoutDistrict));
        Assert.All(await after.Facts.ToListAsync(), f => Assert.Equal(FactStatus.Confirmed, f.Status));
        Assert.Equal(facts, await after.AuditEntries.CountAsync(e => e.Action == AuditActions.Confirm));
        Assert.Empty(await new ReviewQueueQuery(database.ContextFactory).RunAsync());
    }
}
