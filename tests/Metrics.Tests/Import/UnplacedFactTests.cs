using Metrics.Extraction.Facts;
using Metrics.Extraction;
using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Import;
using Metrics.Ingest;
using Metrics.Queries;
using Metrics.Review;
using Metrics.Storage;
using Metrics.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Import;

/// <summary>Facts whose article does not tell their district: stored for staff, in no figure until placed.</summary>
public sealed class UnplacedFactTests
{
    [Fact]
    public void TheExtractVerbLeavesOutWhatTheImportKeepsWithoutADistrict()
    {
        var input = new ArticleInput(UnplacedArticles.Launch, new DateOnly(2024, 3, 6), null);

        var placed = FactExtractor.Extract(input);
        var all = FactExtractor.ExtractWithUnplaced(input);

        Assert.Empty(placed);
        var launch = Assert.IsType<ProjectEventFact>(Assert.Single(all));
        Assert.Equal((null, "2024-03-05", ProjectStage.Started, 12, 5_600_000_000L), (launch.District, launch.Date, launch.Stage, launch.ProjectCount, launch.InvestmentYuan));
        Assert.Contains(UnplacedArticles.Evidence, launch.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void AnArticleAboutAPlaceOutsideNantongGivesNothingToStore()
    {
        var text = UnplacedArticles.Launch.Replace("3月5日上午，", "3月5日上午，北京市通州区", StringComparison.Ordinal);

        Assert.Empty(FactExtractor.ExtractWithUnplaced(new ArticleInput(text, new DateOnly(2024, 3, 6), null)));
    }

    [Fact]
    public void AnArticleAboutNantongGivesTheSameFactsToTheImportAsToTheExtractVerb()
    {
        var input = new ArticleInput(TestArticles.TongzhouLaunchReport, new DateOnly(2023, 2, 12), null);

        Assert.Equal(FactExtractor.Extract(input), FactExtractor.ExtractWithUnplaced(input));
    }

    [Fact]
    public async Task TheFactIsStoredWithItsEvidenceListedAsNoDistrictAndInNoFigure()
    {
        await using var database = await SeededAsync();
        var before = await Figures.AllAsync(database, 2024);
        var totalsBefore = await DatabaseSnapshots.TotalsAsync(database);

        var result = await database.Importer.ImportAsync(UnplacedArticles.Make());

        Assert.Equal((ImportOutcome.Added, 1, 0), (result.Outcome, result.NewFacts, result.KnownFacts));
        var fact = await UnplacedFactAsync(database);
        Assert.Equal((FactType.ProjectEvent, "2024-03-05", 12, 5_600_000_000L, FactStatus.Extracted), (fact.Type, fact.Date, fact.ProjectCount, fact.InvestmentYuan, fact.Status));
        var mention = Assert.Single(fact.Mentions);
        Assert.Equal(result.ArticleId, mention.ArticleId);
        Assert.Equal(mention.Evidence, UnplacedArticles.Launch.Substring(mention.EvidenceStart, mention.EvidenceLength));
        Assert.Contains(UnplacedArticles.Evidence, mention.Evidence, StringComparison.Ordinal);

        var queue = await new ReviewQueueQuery(database.ContextFactory).RunAsync();
        var item = Assert.Single(queue, i => i.Fact.Id == fact.Id);
        Assert.Equal((ReviewReason.NoDistrict, Fact.NoDistrict, null), (item.Reason, item.Fact.District, item.Other));

        Assert.Equal(before, await Figures.AllAsync(database, 2024));
        Assert.Equal(totalsBefore, await DatabaseSnapshots.TotalsAsync(database));
    }

    [Fact]
    public async Task ImportingTheSameTextAgainChangesNothingAndAChangedTextReplacesTheUnreviewedFact()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await database.Importer.ImportAsync(UnplacedArticles.Make());
        var first = await DatabaseSnapshots.FactsAndMentionsAsync(database);

        var again = await database.Importer.ImportAsync(UnplacedArticles.Make());
        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        Assert.Equal(first, await DatabaseSnapshots.FactsAndMentionsAsync(database));

        var changed = UnplacedArticles.Launch.Replace("共12个，总投资56亿元", "共15个，总投资70亿元", StringComparison.Ordinal);
        var updated = await database.Importer.ImportAsync(UnplacedArticles.Make(changed));

        Assert.Equal(ImportOutcome.Updated, updated.Outcome);
        await using var context = database.Open();
        var fact = await context.Facts.Include(f => f.Mentions).SingleAsync();
        Assert.Equal((Fact.NoDistrict, 15, 7_000_000_000L, FactStatus.Extracted), (fact.District, fact.ProjectCount, fact.InvestmentYuan, fact.Status));
        Assert.Single(fact.Mentions);
    }

    [Fact]
    public async Task PlacingTheFactAsTheEditorDoesCountsItAtOnceWithAnAuditEntryAndReImportKeepsIt()
    {
        await using var database = await SeededAsync();
        var versions = new DataVersionQuery(database.ContextFactory);
        var series = new SeriesQuery(database.ContextFactory, NantongGazetteer.Load());
        var tongzhou = new FactFilter { Districts = ["通州区"], Stage = ProjectStage.Started };
        await database.Importer.ImportAsync(UnplacedArticles.Make());
        var fact = await UnplacedFactAsync(database);
        var before = await series.RunAsync(Metric.Projects, Interval.Year, tongzhou);
        var version = await versions.RunAsync();
        var review = new FactReview(database.ContextFactory, TimeProvider.System);

        // The article view's editor starts from FieldsAsync and saves every field through EditAsync.
        var fields = await review.FieldsAsync(fact.Id);
        await review.EditAsync(fact.Id, fields with { District = "通州区" }, "admin");

        Assert.True(await versions.RunAsync() > version);
        var after = await series.RunAsync(Metric.Projects, Interval.Year, tongzhou);
        Assert.DoesNotContain(Assert.Single(before.Series).Points, p => p.Period == "2024");
        Assert.Equal(new SeriesPoint("2024", 12, false, 1, ReviewedShare: 1), Assert.Single(Assert.Single(after.Series).Points, p => p.Period == "2024"));
        var investment = await series.RunAsync(Metric.Investment, Interval.Month, tongzhou with { From = new DateOnly(2024, 3, 5), To = new DateOnly(2024, 3, 5) });
        Assert.Equal(5_600_000_000L, Assert.Single(Assert.Single(investment.Series).Points).Value);
        await using (var context = database.Open())
        {
            var entry = await context.AuditEntries.SingleAsync();
            Assert.Equal(("admin", AuditActions.Edit, fact.Id), (entry.User, entry.Action, entry.EntityId));
            Assert.Contains("\"district\":\"\"", entry.BeforeJson!, StringComparison.Ordinal);
            Assert.Contains("\"district\":\"通州区\"", entry.AfterJson!, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(await new ReviewQueueQuery(database.ContextFactory).RunAsync(), i => i.Fact.Id == fact.Id);

        // A changed text at the same url re-extracts the article: the placed fact stays as staff left it, counted once.
        await database.Importer.ImportAsync(UnplacedArticles.Make(UnplacedArticles.Launch + "\n（编辑 王敏）\n"));
        await using var reread = database.Open();
        var kept = await reread.Facts.SingleAsync(f => f.Id == fact.Id);
        Assert.Equal(("通州区", FactStatus.Corrected), (kept.District, kept.Status));
        Assert.Equal(0, await reread.Facts.CountAsync(f => f.District == Fact.NoDistrict));
        Assert.Equal(new SeriesPoint("2024", 12, false, 1, ReviewedShare: 1), Assert.Single(Assert.Single((await series.RunAsync(Metric.Projects, Interval.Year, tongzhou)).Series).Points, p => p.Period == "2024"));
    }

    [Fact]
    public async Task AnEditThatLeavesTheDistrictEmptyAndAConfirmationAreRefused()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await database.Importer.ImportAsync(UnplacedArticles.Make());
        var fact = await UnplacedFactAsync(database);
        var review = new FactReview(database.ContextFactory, TimeProvider.System);
        var fields = await review.FieldsAsync(fact.Id);

        var edit = await Assert.ThrowsAsync<ReviewException>(() => review.EditAsync(fact.Id, fields with { ProjectCount = 13 }, "admin"));
        var confirm = await Assert.ThrowsAsync<ReviewException>(() => review.ConfirmAsync(fact.Id, "admin"));

        Assert.Equal("请选择区县", edit.Message);
        Assert.Contains("还没有区县", confirm.Message, StringComparison.Ordinal);
        Assert.Equal((FactStatus.Extracted, 12), ((await UnplacedFactAsync(database)).Status, (await UnplacedFactAsync(database)).ProjectCount));
        await using var context = database.Open();
        Assert.Empty(await context.AuditEntries.ToListAsync());
    }

    [Fact]
    public async Task UnplacedReportsOfTheSameFiguresAreNeverMergedWithEachOtherOrIntoADistrictsFact()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var tongzhouText = UnplacedArticles.Launch.Replace("3月5日上午，", "3月5日上午，通州区", StringComparison.Ordinal);
        var placed = await database.Importer.ImportAsync(TestArticles.Make(tongzhouText, new DateOnly(2024, 3, 6), "http://www.example.cn/tongzhou"));

        var firstUnplaced = await database.Importer.ImportAsync(UnplacedArticles.Make());
        var secondUnplaced = await database.Importer.ImportAsync(UnplacedArticles.Make(UnplacedArticles.Launch + "\n来源：晚报\n", "http://www.example.cn/other", "other"));

        Assert.Equal((1, 1, 1), (placed.NewFacts, firstUnplaced.NewFacts, secondUnplaced.NewFacts));
        await using var context = database.Open();
        var facts = await context.Facts.Include(f => f.Mentions).OrderBy(f => f.Id).ToListAsync();
        Assert.Equal(["通州区", Fact.NoDistrict, Fact.NoDistrict], facts.Select(f => f.District));
        Assert.All(facts, f => Assert.Single(f.Mentions));
        var queue = await new ReviewQueueQuery(database.ContextFactory).RunAsync();
        Assert.Equal([facts[1].Id, facts[2].Id], queue.Where(i => i.Reason == ReviewReason.NoDistrict).Select(i => i.Fact.Id).Order());
        Assert.DoesNotContain(queue, i => i.Reason == ReviewReason.NearDuplicate);
    }

    [Fact]
    public async Task RebuildingTheTotalsLeavesUnplacedFactsOutAsTheTriggersDo()
    {
        await using var database = await SeededAsync();
        await database.Importer.ImportAsync(UnplacedArticles.Make());
        var kept = await DatabaseSnapshots.TotalsAsync(database);

        await using (var context = database.Open())
        {
            foreach (var sql in database.RebuildTotals)
            {
                await context.Database.ExecuteSqlRawAsync(sql);
            }
        }

        Assert.Equal(kept, await DatabaseSnapshots.TotalsAsync(database));
        Assert.DoesNotContain(kept, line => line.Contains(" 2024-1-3 ", StringComparison.Ordinal));
    }

    private static async Task<Fact> UnplacedFactAsync(SqliteDatabase database)
    {
        await using var context = database.Open();
        return await context.Facts.Include(f => f.Mentions).SingleAsync(f => f.District == Fact.NoDistrict);
    }

    private static async Task<SqliteDatabase> SeededAsync()
    {
        var database = await SqliteDatabase.CreateAsync();
        await new ArticleFileImport(database.Importer).ImportAsync([RepositoryPaths.Seed], IngestOptions.Default);
        return database;
    }
}
