using Metrics.Facts;
using Metrics.Import;
using Metrics.Ingest;
using Metrics.Storage;
using Metrics.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Import;

public sealed class FactImportTests
{
    private const string LaunchUrl = "http://www.ntrb.example/2023/02/12/tongzhou-kaigong";

    [Fact]
    public async Task SeedImportStoresEachExtractedFactWithItsArticleEvidenceAndOffsets()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await new ArticleFileImport(database.Importer).ImportAsync([RepositoryPaths.Seed], IngestOptions.Default);

        await using var context = database.Open();
        var launch = await context.FactMentions
            .Include(m => m.Fact).Include(m => m.Article)
            .SingleAsync(m => m.Fact.Stage == ProjectStage.Started && m.Fact.ProjectCount == 16);
        Assert.Equal("003_4282e08e67390612", launch.Article.SourceName);
        Assert.Equal(launch.Evidence, launch.Article.Text.Substring(launch.EvidenceStart, launch.EvidenceLength));
        Assert.Contains("83.2亿元", launch.Evidence);
        Assert.Equal(("通州区", "2023-02-11", 8_320_000_000L, FactStatus.Extracted), (launch.Fact.District, launch.Fact.Date, launch.Fact.InvestmentYuan!.Value, launch.Fact.Status));
        Assert.Equal((new DateOnly(2023, 2, 11), 2023, 1, 2), (launch.Fact.PeriodStart!.Value, launch.Fact.Year!.Value, launch.Fact.Quarter!.Value, launch.Fact.Month!.Value));
    }

    [Fact]
    public async Task ImportingEverythingTwiceLeavesFactsAndMentionsAsTheyWere()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var import = new ArticleFileImport(database.Importer);
        await import.ImportAsync([RepositoryPaths.Seed], IngestOptions.Default);
        var before = await DatabaseSnapshots.FactsAndMentionsAsync(database);

        await import.ImportAsync([RepositoryPaths.Seed], IngestOptions.Default);

        Assert.NotEmpty(before);
        Assert.Equal(before, await DatabaseSnapshots.FactsAndMentionsAsync(database));
    }

    [Fact]
    public async Task TwoReportsOfTheSameLaunchAreOneCanonicalFactWithTwoMentions()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await new ArticleFileImport(database.Importer).ImportAsync([RepositoryPaths.Seed], IngestOptions.Default);

        var result = await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, new DateOnly(2023, 2, 12), LaunchUrl, "南通日报"));

        Assert.Equal((ImportOutcome.Added, 0, 1), (result.Outcome, result.NewFacts, result.KnownFacts));
        await using var context = database.Open();
        var launches = await context.Facts.Include(f => f.Mentions).ThenInclude(m => m.Article)
            .Where(f => f.District == "通州区" && f.ProjectCount == 16).ToListAsync();
        var launch = Assert.Single(launches);
        Assert.Equal(["003_4282e08e67390612", "test"], launch.Mentions.Select(m => m.Article.SourceName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AChangedTextAtTheSameUrlReplacesItsUnreviewedFacts()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, new DateOnly(2023, 2, 12), LaunchUrl));
        var corrected = TestArticles.TongzhouLaunchReport.Replace("共16个,总投资83.2亿元", "共18个,总投资90亿元", StringComparison.Ordinal);

        var result = await database.Importer.ImportAsync(TestArticles.Make(corrected, new DateOnly(2023, 2, 12), LaunchUrl));

        Assert.Equal(ImportOutcome.Updated, result.Outcome);
        await using var context = database.Open();
        var fact = await context.Facts.Include(f => f.Mentions).SingleAsync();
        Assert.Equal((18, 9_000_000_000L), (fact.ProjectCount!.Value, fact.InvestmentYuan!.Value));
        Assert.Single(fact.Mentions);
    }

    [Theory]
    [InlineData(FactStatus.Confirmed)]
    [InlineData(FactStatus.Corrected)]
    [InlineData(FactStatus.Rejected)]
    [InlineData(FactStatus.Manual)]
    public async Task AReviewedFactSurvivesReExtractionOfAChangedTextUntouched(FactStatus decision)
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, new DateOnly(2023, 2, 12), LaunchUrl));
        int reviewedId;
        await using (var review = database.Open())
        {
            var fact = await review.Facts.SingleAsync();
            reviewedId = fact.Id;
            fact.Status = decision;
            fact.Chair = "张建华";
            await review.SaveChangesAsync();
        }

        var changed = TestArticles.TongzhouLaunchReport + "\n(编辑 王敏)\n";
        await database.Importer.ImportAsync(TestArticles.Make(changed, new DateOnly(2023, 2, 12), LaunchUrl));
        var dropped = TestArticles.TongzhouLaunchReport.Replace("此次集中开工的产业项目共16个,总投资83.2亿元,涵盖集成电路、新材料、高端装备等领域。", "", StringComparison.Ordinal);
        await database.Importer.ImportAsync(TestArticles.Make(dropped, new DateOnly(2023, 2, 12), LaunchUrl));

        await using var context = database.Open();
        var kept = await context.Facts.SingleAsync(f => f.Id == reviewedId);
        Assert.Equal((decision, "张建华", 16), (kept.Status, kept.Chair, kept.ProjectCount!.Value));
        Assert.DoesNotContain(await context.Facts.ToListAsync(), f => f.Id != reviewedId && f.InvestmentYuan == 8_320_000_000L);
    }

    [Fact]
    public async Task AnUnreviewedFactSeenAgainInAChangedTextKeepsItsIdentity()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, new DateOnly(2023, 2, 12), LaunchUrl));
        int before;
        await using (var first = database.Open())
        {
            before = (await first.Facts.SingleAsync()).Id;
        }

        await database.Importer.ImportAsync(TestArticles.Make("快讯。\n" + TestArticles.TongzhouLaunchReport, new DateOnly(2023, 2, 12), LaunchUrl));

        await using var context = database.Open();
        var mention = await context.FactMentions.Include(m => m.Article).SingleAsync();
        Assert.Equal(before, mention.FactId);
        Assert.Equal(mention.Evidence, mention.Article.Text.Substring(mention.EvidenceStart, mention.EvidenceLength));
    }
}
