using System.Text.Json;
using Metrics.Extraction.Facts;
using Metrics.Facts;
using Metrics.Review;
using Metrics.Storage;
using Metrics.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Review;

public sealed class FactReviewTests
{
    private const string LaunchUrl = "http://www.ntrb.example/2023/02/12/tongzhou-kaigong";

    [Fact]
    public async Task CorrectingAnAmountChangesTheTotalsAndRecordsBeforeAndAfter()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, new DateOnly(2023, 2, 12), LaunchUrl));
        var fact = await SingleFactAsync(database);
        var review = new FactReview(database.ContextFactory, TimeProvider.System);

        await review.EditAsync(fact.Id, fact.Fields() with { InvestmentYuan = 9_000_000_000 }, "admin");

        await using var context = database.Open();
        var stored = await context.Facts.SingleAsync();
        Assert.Equal((FactStatus.Corrected, 9_000_000_000L), (stored.Status, stored.InvestmentYuan!.Value));
        Assert.Equal(9_000_000_000L, await context.FactTotals.Where(t => t.District == "通州区" && t.Year == 2023 && t.Month == 2).SumAsync(t => t.Yuan));
        var entry = await context.AuditEntries.SingleAsync();
        Assert.Equal(("admin", AuditActions.Edit, AuditActions.Fact, fact.Id), (entry.User, entry.Action, entry.EntityType, entry.EntityId));
        Assert.Equal(8_320_000_000L, JsonDocument.Parse(entry.BeforeJson!).RootElement.GetProperty("values").GetProperty("investmentYuan").GetInt64());
        Assert.Equal(9_000_000_000L, JsonDocument.Parse(entry.AfterJson!).RootElement.GetProperty("values").GetProperty("investmentYuan").GetInt64());
        Assert.Equal("Corrected", JsonDocument.Parse(entry.AfterJson!).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheAuditEntryOfAnEditHoldsEveryFieldUnderItsJsonNameInOrder()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, new DateOnly(2023, 2, 12), LaunchUrl));
        var fact = await SingleFactAsync(database);

        await new FactReview(database.ContextFactory, TimeProvider.System).EditAsync(fact.Id, fact.Fields() with { Chair = "王晖" }, "admin");

        await using var context = database.Open();
        var after = JsonDocument.Parse((await context.AuditEntries.SingleAsync()).AfterJson!).RootElement;
        Assert.Equal(["status", "values"], after.EnumerateObject().Select(p => p.Name));
        // Today's fields keep this order; a field added since sits where FactFields declares it.
        string[] today =
        [
            "type", "district", "date", "kind", "chair", "stage", "scope", "projectCount", "investmentYuan", "investmentYuanMax", "qualifier",
            "investmentOriginal", "plannedThisYearYuan", "projects", "memberOfBatch",
        ];
        var declared = typeof(FactFields).GetProperties().Where(p => p.CanWrite).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToList();
        var values = after.GetProperty("values").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(declared, values);
        Assert.Equal(today, values.Intersect(today));
        // A project event keeps no chair: the field of the other type is cleared.
        Assert.Equal(JsonValueKind.Null, after.GetProperty("values").GetProperty("chair").ValueKind);
    }

    [Fact]
    public async Task AnEditWithAnUnknownDistrictOrDateIsRefusedAndChangesNothing()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, new DateOnly(2023, 2, 12), LaunchUrl));
        var fact = await SingleFactAsync(database);
        var review = new FactReview(database.ContextFactory, TimeProvider.System);

        var badDistrict = await Assert.ThrowsAsync<ReviewException>(() => review.EditAsync(fact.Id, fact.Fields() with { District = "外星区" }, "admin"));
        var badDate = await Assert.ThrowsAsync<ReviewException>(() => review.EditAsync(fact.Id, fact.Fields() with { Date = "2023-13" }, "admin"));

        Assert.Contains("外星区", badDistrict.Message);
        Assert.Contains("2023-13", badDate.Message);
        await using var context = database.Open();
        Assert.Equal(FactStatus.Extracted, (await context.Facts.SingleAsync()).Status);
        Assert.Empty(await context.AuditEntries.ToListAsync());
    }

    [Fact]
    public async Task ARejectedFactStopsCountingAndARepeatedImportDoesNotBringItBack()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var article = TestArticles.Make(TestArticles.TongzhouLaunchReport, new DateOnly(2023, 2, 12), LaunchUrl);
        await database.Importer.ImportAsync(article);
        var fact = await SingleFactAsync(database);

        await new FactReview(database.ContextFactory, TimeProvider.System).RejectAsync(fact.Id, "admin");
        var changed = TestArticles.Make(TestArticles.TongzhouLaunchReport + "\n编辑:张三\n", new DateOnly(2023, 2, 12), LaunchUrl);
        await database.Importer.ImportAsync(changed);

        await using var context = database.Open();
        var stored = await context.Facts.SingleAsync();
        Assert.Equal(FactStatus.Rejected, stored.Status);
        Assert.Equal(0L, await context.FactTotals.SumAsync(t => t.Facts));
    }

    [Fact]
    public async Task AManualFactFromASelectedSentenceKeepsItsEvidenceThroughReExtraction()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var result = await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, new DateOnly(2023, 2, 12), LaunchUrl));
        var review = new FactReview(database.ContextFactory, TimeProvider.System);
        const string sentence = "区委书记张建华宣布项目开工。";
        var start = TestArticles.TongzhouLaunchReport.IndexOf(sentence, StringComparison.Ordinal);
        var values = new FactFields { Type = FactType.Meeting, District = "通州区", Date = "2023-02-11", Kind = MeetingKind.Other, Chair = "张建华" };

        var id = await review.AddAsync(result.ArticleId, start, sentence.Length, values, "admin");
        await review.SetPublishedAsync(result.ArticleId, new DateOnly(2023, 2, 12), "admin");

        await using var context = database.Open();
        var manual = await context.Facts.Include(f => f.Mentions).SingleAsync(f => f.Id == id);
        Assert.Equal((FactStatus.Manual, FactType.Meeting, "张建华"), (manual.Status, manual.Type, manual.Chair));
        Assert.Equal(sentence, Assert.Single(manual.Mentions).Evidence);
        Assert.Equal([AuditActions.Add, AuditActions.SetPublished], await context.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task ANewPublicationDateReResolvesUnreviewedDatesAndKeepsDecidedFacts()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var first = await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, new DateOnly(2023, 2, 12), LaunchUrl));
        var second = await database.Importer.ImportAsync(TestArticles.Make(
            TestArticles.TongzhouLaunchReport.Replace("共16个,总投资83.2亿元", "共9个,总投资20亿元", StringComparison.Ordinal), new DateOnly(2023, 2, 12), sourceName: "other"));
        var review = new FactReview(database.ContextFactory, TimeProvider.System);
        var confirmed = await FactOfAsync(database, first.ArticleId);
        await review.ConfirmAsync(confirmed.Id, "admin");

        await review.SetPublishedAsync(first.ArticleId, new DateOnly(2024, 2, 12), "admin");
        await review.SetPublishedAsync(second.ArticleId, new DateOnly(2024, 2, 12), "admin");

        await using var context = database.Open();
        var kept = await context.Facts.Include(f => f.Mentions).SingleAsync(f => f.Id == confirmed.Id);
        Assert.Equal((FactStatus.Confirmed, "2023-02-11"), (kept.Status, kept.Date));
        Assert.Single(kept.Mentions);
        Assert.Equal(1, await context.Facts.CountAsync(f => f.Mentions.Any(m => m.ArticleId == first.ArticleId)));
        var redated = await FactOfAsync(database, second.ArticleId);
        Assert.Equal(("2024-02-11", 9), (redated.Date, redated.ProjectCount!.Value));
        Assert.Equal(new DateOnly(2024, 2, 12), (await context.Articles.SingleAsync(a => a.Id == second.ArticleId)).Published);
    }

    private static async Task<Fact> SingleFactAsync(SqliteDatabase database)
    {
        await using var context = database.Open();
        return await context.Facts.SingleAsync();
    }

    private static async Task<Fact> FactOfAsync(SqliteDatabase database, int articleId)
    {
        await using var context = database.Open();
        return await context.Facts.SingleAsync(f => f.Mentions.Any(m => m.ArticleId == articleId));
    }
}
