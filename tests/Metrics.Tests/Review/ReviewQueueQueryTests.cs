using Metrics.Facts;
using Metrics.Review;
using Metrics.Storage;
using Metrics.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Review;

public sealed class ReviewQueueQueryTests
{
    [Fact]
    public async Task EachRuleFlagsItsFactsAndNothingElse()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var undated = StoredFacts.Meeting("通州区", null);
        var yearOnly = StoredFacts.Project("海门区", "2022", count: 5);
        var periodYear = StoredFacts.Project("海门区", "2022", count: 40, scope: FactScope.Period);
        var nowhere = StoredFacts.Meeting("外星区", "2023-03-01");
        var launchA = StoredFacts.Project("如皋市", "2023-02", count: 16, yuan: 8_320_000_000);
        var launchB = StoredFacts.Project("如皋市", "2023-02-11", count: 16, yuan: 8_000_000_000);
        var meetingA = StoredFacts.Meeting("启东市", "2023-05-08");
        var meetingB = StoredFacts.Meeting("启东市", "2023-05-10");
        var meetingFarAway = StoredFacts.Meeting("启东市", "2023-05-20");
        var otherKind = StoredFacts.Meeting("启东市", "2023-05-09", MeetingKind.Plenary);
        var clean = StoredFacts.Meeting("崇川区", "2023-06-01");
        await StoredFacts.AddAsync(database, undated, yearOnly, periodYear, nowhere, launchA, launchB, meetingA, meetingB, meetingFarAway, otherKind, clean);

        var items = await new ReviewQueueQuery(database.ContextFactory).RunAsync();

        var flagged = items.Where(i => i.Reason != ReviewReason.Unreviewed).Select(i => (i.Reason, i.Fact.Id, i.Other?.Id)).ToHashSet();
        Assert.Equal(
            new HashSet<(ReviewReason, int, int?)>
            {
                (ReviewReason.UnknownDate, undated.Id, null),
                (ReviewReason.AmbiguousDate, yearOnly.Id, null),
                (ReviewReason.NoDistrict, nowhere.Id, null),
                (ReviewReason.ConflictingAmount, launchA.Id, launchB.Id),
                (ReviewReason.NearDuplicate, meetingA.Id, meetingB.Id),
            },
            flagged);
        Assert.Contains(items, i => (i.Reason, i.Fact.Id) == (ReviewReason.Unreviewed, clean.Id));
        Assert.DoesNotContain(items, i => i.Reason == ReviewReason.Unreviewed && flagged.Any(f => f.Item2 == i.Fact.Id));
    }

    [Fact]
    public async Task TheQueueStartsWithTheFactWhoseDoubtWeighsMostInItsFigure()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        // One district-year-stage cell of 61亿: a sure 1亿 fact and a doubtful 50亿 one, plus a sure 10亿 one.
        var smallSure = StoredFacts.Project("通州区", "2023-02-11", ProjectStage.Signed, count: 1, yuan: 100_000_000);
        smallSure.Confidence = 0.95;
        var bigDoubtful = StoredFacts.Project("通州区", "2023-05-20", ProjectStage.Signed, count: 3, yuan: 5_000_000_000);
        bigDoubtful.Confidence = 0.4;
        var middleSure = StoredFacts.Project("通州区", "2023-09-01", ProjectStage.Signed, count: 2, yuan: 1_000_000_000);
        await StoredFacts.AddAsync(database, smallSure, bigDoubtful, middleSure);

        var items = await new ReviewQueueQuery(database.ContextFactory).RunAsync();

        Assert.Equal([bigDoubtful.Id, middleSure.Id, smallSure.Id], items.Select(i => i.Fact.Id));
        Assert.All(items, i => Assert.Equal(ReviewReason.Unreviewed, i.Reason));
        Assert.Equal(50.0 / 61 * 0.6, items[0].Impact, 5);
        Assert.Equal(10.0 / 61 * 0.05, items[1].Impact, 5);
        Assert.Equal(1.0 / 61 * 0.05, items[2].Impact, 5);
    }

    [Fact]
    public async Task ACleanImportListsEveryFactItFound()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, new DateOnly(2023, 2, 12)));

        var items = await new ReviewQueueQuery(database.ContextFactory).RunAsync();

        await using var context = database.Open();
        Assert.Equal(context.Facts.Select(f => f.Id).Order(), items.Select(i => i.Fact.Id).Distinct().Order());
        Assert.NotEmpty(items);
    }

    [Fact]
    public async Task DecidedAndRejectedFactsLeaveTheQueue()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var confirmedUndated = StoredFacts.Meeting("通州区", null, status: FactStatus.Confirmed);
        var rejectedUndated = StoredFacts.Meeting("通州区", null, status: FactStatus.Rejected);
        var confirmedA = StoredFacts.Project("如皋市", "2023-02-11", count: 16, yuan: 8_320_000_000, status: FactStatus.Confirmed);
        var rejectedB = StoredFacts.Project("如皋市", "2023-02-11", count: 16, yuan: 8_000_000_000, status: FactStatus.Rejected);
        var openB = StoredFacts.Project("如皋市", "2023-02", count: 16, yuan: 7_000_000_000);
        await StoredFacts.AddAsync(database, confirmedUndated, rejectedUndated, confirmedA, rejectedB, openB);

        var items = await new ReviewQueueQuery(database.ContextFactory).RunAsync();

        var item = Assert.Single(items);
        Assert.Equal((ReviewReason.ConflictingAmount, openB.Id, confirmedA.Id), (item.Reason, item.Fact.Id, item.Other!.Id));
    }

    [Fact]
    public async Task AFactWithoutAnyPublishedReportHasAnAmbiguousDate()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var text = "2月11日上午,通州区一季度重大产业项目集中开工仪式举行。此次集中开工的产业项目共16个,总投资83.2亿元。";
        var article = TestArticles.Make(text, new DateOnly(2023, 2, 12)) with { Published = null, PublishedSource = Metrics.Ingest.PublishedDateSource.None };
        await database.Importer.ImportAsync(article);

        var items = await new ReviewQueueQuery(database.ContextFactory).RunAsync();

        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.True(i.Reason is ReviewReason.AmbiguousDate or ReviewReason.UnknownDate, i.Reason.ToString()));
    }

    // Issue 18: a fact dated after every report of it was published is flagged for review.
    [Fact]
    public async Task AFactDatedAfterItsArticlesPublicationIsFlagged()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var text = "2月11日上午,通州区一季度重大产业项目集中开工仪式举行。此次集中开工的产业项目共16个,总投资83.2亿元。";
        await database.Importer.ImportAsync(TestArticles.Make(text, new DateOnly(2023, 2, 12)));
        var before = await new ReviewQueueQuery(database.ContextFactory).RunAsync();

        // The same report as if published before the day it tells of.
        await using (var context = database.Open())
        {
            await context.Articles.ExecuteUpdateAsync(a => a.SetProperty(x => x.Published, new DateOnly(2023, 1, 5)));
        }

        var after = await new ReviewQueueQuery(database.ContextFactory).RunAsync();

        Assert.DoesNotContain(before, i => i.Reason == ReviewReason.DatedAfterPublication);
        var flagged = Assert.Single(after, i => i.Reason == ReviewReason.DatedAfterPublication);
        Assert.Equal("2023-02-11", flagged.Fact.Date);
    }
}
