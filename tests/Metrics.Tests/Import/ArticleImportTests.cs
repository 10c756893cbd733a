using Metrics.Import;
using Metrics.Ingest;
using Metrics.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Import;

public sealed class ArticleImportTests
{
    [Fact]
    [Trait(SqliteOnly.Trait, SqliteOnly.Value)]
    public async Task EmptyDataFolderGetsACreatedMigratedDatabaseInWalMode()
    {
        await using var database = await SqliteDatabase.CreateAsync(Path.Combine("new-folder", "dashboard.db"));

        Assert.True(File.Exists(database.FilePath));
        await using var context = database.Open();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        await using var connection = new SqliteConnection($"Data Source={database.FilePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task SeedFolderImportsTheFiveFoundingArticlesWithTheirSidecarMetadata()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var import = new ArticleFileImport(database.Importer);

        var summary = await import.ImportAsync([RepositoryPaths.Seed], IngestOptions.Default);

        Assert.Equal(5, summary.Added);
        Assert.Empty(summary.Rejected);
        await using var context = database.Open();
        var tongzhou = await context.Articles.SingleAsync(a => a.SourceName == "003_4282e08e67390612");
        Assert.Equal("通州日报", tongzhou.Publisher);
        Assert.Equal(new DateOnly(2023, 2, 13), tongzhou.Published);
        Assert.Equal(nameof(PublishedDateSource.Sidecar), tongzhou.PublishedSource);
        Assert.Contains("全区项目建设动员大会召开", tongzhou.Text);
    }

    [Fact]
    public async Task ImportingEverythingTwiceChangesNothing()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var import = new ArticleFileImport(database.Importer);
        await import.ImportAsync([RepositoryPaths.Seed], IngestOptions.Default);
        await using var before = database.Open();
        var snapshot = await before.Articles.OrderBy(a => a.Id).Select(a => new { a.Id, a.ContentHash, a.ImportedAtUtc }).ToListAsync();

        var again = await import.ImportAsync([RepositoryPaths.Seed], IngestOptions.Default);

        Assert.Equal((0, 5, 0), (again.Added, again.Unchanged, again.Updated));
        await using var after = database.Open();
        var now = await after.Articles.OrderBy(a => a.Id).Select(a => new { a.Id, a.ContentHash, a.ImportedAtUtc }).ToListAsync();
        Assert.Equal(snapshot, now);
    }

    [Fact]
    public async Task ChangedTextAtAKnownUrlReplacesTheOldArticle()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var metadata = new ArticleMetadata { Url = "http://example.cn/news/1.html", Published = new DateOnly(2023, 2, 13) };
        var first = ArticleTextReader.Read("2月11日，通州区召开项目建设动员大会。", "first", ArticleFormats.Txt, metadata: metadata);
        var corrected = ArticleTextReader.Read("2月11日，通州区召开全区项目建设动员大会。", "first", ArticleFormats.Txt, metadata: metadata);

        var added = await database.Importer.ImportAsync(first.Article!);
        var updated = await database.Importer.ImportAsync(corrected.Article!);

        Assert.Equal(ImportOutcome.Added, added.Outcome);
        Assert.Equal(ImportOutcome.Updated, updated.Outcome);
        Assert.Equal(added.ArticleId, updated.ArticleId);
        await using var context = database.Open();
        var stored = await context.Articles.SingleAsync();
        Assert.Contains("全区项目建设动员大会", stored.Text);
        Assert.Equal(corrected.Article!.ContentHash, stored.ContentHash);
    }

    [Fact]
    public async Task SameTextUnderAnotherNameIsOneArticle()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var text = "5月30日上午,区委书记黄卫锋主持召开区委常委会会议。";
        var one = ArticleTextReader.Read(text, "a", ArticleFormats.Txt).Article!;
        var two = ArticleTextReader.Read(text, "b", ArticleFormats.Txt).Article!;

        await database.Importer.ImportAsync(one);
        var second = await database.Importer.ImportAsync(two);

        Assert.Equal(ImportOutcome.Unchanged, second.Outcome);
        await using var context = database.Open();
        Assert.Equal(1, await context.Articles.CountAsync());
    }

    [Fact]
    public async Task BadFilesAreRejectedWithReasonsWhileTheOthersAreStored()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("metrics-import-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "good.txt"), "6月25日,区委书记黄卫锋主持召开区委常委会会议。");
            File.WriteAllBytes(Path.Combine(folder.FullName, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1, 2, 3]);
            File.WriteAllText(Path.Combine(folder.FullName, "empty.md"), "   \n");

            var summary = await new ArticleFileImport(database.Importer).ImportAsync([folder.FullName], IngestOptions.Default);

            Assert.Equal(1, summary.Added);
            Assert.Equal(2, summary.Rejected.Count);
            Assert.All(summary.Rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
            await using var context = database.Open();
            Assert.Equal(1, await context.Articles.CountAsync());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
