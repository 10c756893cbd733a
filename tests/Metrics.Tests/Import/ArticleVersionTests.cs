using System.Text.Json;
using Metrics.Facts;
using Metrics.Import;
using Metrics.Review;
using Metrics.Storage;
using Metrics.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Import;

/// <summary>A re-import at a known url keeps every text the article had, and holds a suspicious one for review instead of applying it.</summary>
public sealed class ArticleVersionTests
{
    private const string Url = "http://example.cn/news/launch.html";
    private static readonly DateOnly Published = new(2023, 2, 12);

    [Theory]
    [InlineData("404 Not Found\n\nThe requested URL was not found on this server.")]
    [InlineData("页面不存在\n\n您访问的页面已删除或不存在，请返回首页。")]
    [InlineData("访问出错了！\n\n请稍后再试。")]
    public async Task AnErrorPageAtAKnownUrlIsHeldAndTheArticleAndItsFactsStay(string errorPage)
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var added = await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, Published, Url));
        var factsBefore = await FactsOfAsync(database, added.ArticleId);

        var again = await database.Importer.ImportAsync(TestArticles.Make(errorPage, Published, Url));

        Assert.Equal(ImportOutcome.Held, again.Outcome);
        Assert.Equal(added.ArticleId, again.ArticleId);
        Assert.StartsWith("error-page: ", again.HeldReason, StringComparison.Ordinal);
        await using var context = database.Open();
        var article = await context.Articles.SingleAsync();
        Assert.Equal(TestArticles.TongzhouLaunchReport, article.Text);
        Assert.NotEmpty(factsBefore);
        Assert.Equal(factsBefore, await FactsOfAsync(database, added.ArticleId));
        var held = await context.ArticleVersions.SingleAsync();
        Assert.Equal((ArticleVersionState.Held, errorPage, again.VersionId), (held.State, held.Text, (int?)held.Id));
    }

    [Fact]
    public async Task ATextLessThanHalfAsLongIsHeldAndOneAboutAsLongReplaces()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, Published, Url));
        var half = TestArticles.TongzhouLaunchReport[..(TestArticles.TongzhouLaunchReport.Length / 2 - 1)];
        var corrected = TestArticles.TongzhouLaunchReport.Replace("16个", "18个", StringComparison.Ordinal);

        var shrunk = await database.Importer.ImportAsync(TestArticles.Make(half, Published, Url));
        var updated = await database.Importer.ImportAsync(TestArticles.Make(corrected, Published, Url));

        Assert.Equal(ImportOutcome.Held, shrunk.Outcome);
        Assert.StartsWith("shrunk: ", shrunk.HeldReason, StringComparison.Ordinal);
        Assert.Equal(ImportOutcome.Updated, updated.Outcome);
        await using var context = database.Open();
        Assert.Equal(corrected, (await context.Articles.SingleAsync()).Text);
    }

    [Fact]
    public async Task TheSameHeldTextTwiceIsOneHeldVersionAndChangesNothing()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, Published, Url));
        var errorPage = TestArticles.Make("404 Not Found", Published, Url);

        var first = await database.Importer.ImportAsync(errorPage);
        var second = await database.Importer.ImportAsync(errorPage);

        Assert.Equal((ImportOutcome.Held, ImportOutcome.Unchanged), (first.Outcome, second.Outcome));
        Assert.Equal(first.VersionId, second.VersionId);
        await using var context = database.Open();
        Assert.Equal(1, await context.ArticleVersions.CountAsync());
    }

    [Fact]
    public async Task AReplacedTextIsKeptWithItsFactsAndTheirReviewStatus()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var added = await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, Published, Url));
        var factIds = await FactsOfAsync(database, added.ArticleId);
        var corrected = TestArticles.TongzhouLaunchReport.Replace("83.2亿元", "85亿元", StringComparison.Ordinal);

        var updated = await database.Importer.ImportAsync(TestArticles.Make(corrected, Published, Url));

        await using var context = database.Open();
        var kept = await context.ArticleVersions.SingleAsync();
        Assert.Equal((ArticleVersionState.Superseded, TestArticles.TongzhouLaunchReport, (int?)kept.Id), (kept.State, kept.Text, updated.VersionId));
        using var facts = JsonDocument.Parse(kept.FactsJson!);
        Assert.Equal(factIds.Select(f => f.Id), facts.RootElement.EnumerateArray().Select(f => f.GetProperty("factId").GetInt32()).Order());
        Assert.All(facts.RootElement.EnumerateArray(), f => Assert.Equal("Extracted", f.GetProperty("status").GetString()));
        Assert.Equal(TestArticles.TongzhouLaunchReport.Length, updated.Before!.TextLength);
    }

    [Fact]
    public async Task AcceptingAHeldTextReplacesTheArticleKeepsTheOldOneAndIsAudited()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var added = await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, Published, Url));
        var short1 = "2月11日，通州区16个项目集中开工，总投资83.2亿元。";
        var held = await database.Importer.ImportAsync(TestArticles.Make(short1, Published, Url));
        var review = new ArticleVersionReview(database.ContextFactory, TimeProvider.System);

        Assert.Single(await review.HeldAsync());
        await review.AcceptAsync(held.VersionId!.Value, "staff");

        await using var context = database.Open();
        Assert.Equal(short1, (await context.Articles.SingleAsync()).Text);
        var versions = await context.ArticleVersions.OrderBy(v => v.Id).ToListAsync();
        Assert.Equal([ArticleVersionState.Accepted, ArticleVersionState.Superseded], versions.Select(v => v.State));
        Assert.Equal(TestArticles.TongzhouLaunchReport, versions[1].Text);
        Assert.Empty(await review.HeldAsync());
        var audit = await context.AuditEntries.SingleAsync();
        Assert.Equal((AuditActions.AcceptVersion, "staff", added.ArticleId), (audit.Action, audit.User, audit.EntityId));
        Assert.Contains(TestArticles.TongzhouLaunchReport.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), audit.BeforeJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DroppingAHeldTextLeavesTheArticleAndTheSameTextIsNotHeldAgain()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, Published, Url));
        var errorPage = TestArticles.Make("404 Not Found", Published, Url);
        var held = await database.Importer.ImportAsync(errorPage);
        var review = new ArticleVersionReview(database.ContextFactory, TimeProvider.System);

        await review.DropAsync(held.VersionId!.Value, "staff");
        var again = await database.Importer.ImportAsync(errorPage);

        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        Assert.Empty(await review.HeldAsync());
        await using var context = database.Open();
        Assert.Equal(TestArticles.TongzhouLaunchReport, (await context.Articles.SingleAsync()).Text);
        Assert.Equal(ArticleVersionState.Dropped, (await context.ArticleVersions.SingleAsync()).State);
        Assert.Equal(AuditActions.DropVersion, (await context.AuditEntries.SingleAsync()).Action);
    }

    [Fact]
    public async Task RestoringAnOlderVersionBringsBackItsTextAndFactsAndIsAudited()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var added = await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, Published, Url));
        var original = await FactValuesAsync(database, added.ArticleId);
        var other = TestArticles.TongzhouLaunchReport.Replace("16个", "20个", StringComparison.Ordinal).Replace("83.2亿元", "90亿元", StringComparison.Ordinal);
        var updated = await database.Importer.ImportAsync(TestArticles.Make(other, Published, Url));
        Assert.NotEqual(original, await FactValuesAsync(database, added.ArticleId));
        var review = new ArticleVersionReview(database.ContextFactory, TimeProvider.System);

        await review.RestoreAsync(updated.VersionId!.Value, "staff");

        Assert.Equal(original, await FactValuesAsync(database, added.ArticleId));
        await using var context = database.Open();
        Assert.Equal(TestArticles.TongzhouLaunchReport, (await context.Articles.SingleAsync()).Text);
        var versions = await review.ForArticleAsync(added.ArticleId);
        Assert.Equal([ArticleVersionState.Superseded, ArticleVersionState.Restored], versions.Select(v => v.State));
        var audit = await context.AuditEntries.SingleAsync();
        Assert.Equal((AuditActions.RestoreVersion, "staff"), (audit.Action, audit.User));
        Assert.Contains(ContentHashOf(other), audit.BeforeJson, StringComparison.Ordinal);
        Assert.Contains(ContentHashOf(TestArticles.TongzhouLaunchReport), audit.AfterJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStaffImportIsAuditedWithTheArticleBeforeTheChange()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var import = new StaffImport(database.Importer, TimeProvider.System);
        await import.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, Published, Url), "staff");
        var corrected = TestArticles.TongzhouLaunchReport.Replace("16个", "18个", StringComparison.Ordinal);

        await import.ImportAsync(TestArticles.Make(corrected, Published, Url), "staff");
        await import.ImportAsync(TestArticles.Make("404 Not Found", Published, Url), "staff");

        await using var context = database.Open();
        var entries = await context.AuditEntries.OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(3, entries.Count);
        Assert.Null(entries[0].BeforeJson);
        Assert.Contains(ContentHashOf(TestArticles.TongzhouLaunchReport), entries[1].BeforeJson, StringComparison.Ordinal);
        Assert.Contains(ContentHashOf(corrected), entries[2].BeforeJson, StringComparison.Ordinal);
        Assert.Contains("\"outcome\":\"Held\"", entries[2].AfterJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImportWhoseAuditFailsLeavesNothing()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        ImportRecorder failing = (_, _, _) => throw new InvalidOperationException("audit failed");

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, Published, Url), failing));

        await using var context = database.Open();
        Assert.Equal((0, 0), (await context.Articles.CountAsync(), await context.Facts.CountAsync()));
    }

    private static string ContentHashOf(string text) => Metrics.Ingest.ContentHash.Compute(text);

    private static async Task<List<(int Id, FactStatus Status)>> FactsOfAsync(SqliteDatabase database, int articleId)
    {
        await using var context = database.Open();
        return (await context.FactMentions.Where(m => m.ArticleId == articleId).Select(m => new { m.FactId, m.Fact.Status }).ToListAsync())
            .Select(f => (f.FactId, f.Status)).OrderBy(f => f.FactId).ToList();
    }

    private static async Task<List<(int? Count, long? Yuan)>> FactValuesAsync(SqliteDatabase database, int articleId)
    {
        await using var context = database.Open();
        return (await context.FactMentions.Where(m => m.ArticleId == articleId).Select(m => new { m.Fact.ProjectCount, m.Fact.InvestmentYuan }).ToListAsync())
            .Select(f => (f.ProjectCount, f.InvestmentYuan)).OrderBy(f => f.ProjectCount).ToList();
    }
}
