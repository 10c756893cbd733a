using Metrics.Import;
using Metrics.Ingest;
using Metrics.Tests.Support;

namespace Metrics.Tests.Import;

/// <summary>An import says in Chinese what will not count: no publication date, facts without date or district (issue 14).</summary>
public sealed class ImportWarningTests
{
    [Fact]
    public async Task AnArticleWithoutAPublicationDateWarnsHowManyFactsFitNoPeriod()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var undated = TestArticles.Make("11日上午，通州区一季度重大产业项目集中开工仪式举行。此次集中开工的产业项目共16个，总投资83.2亿元。", new DateOnly(2023, 2, 12))
            with { Published = null, PublishedSource = PublishedDateSource.None };

        var result = await database.Importer.ImportAsync(undated);

        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith("未找到发布日期", warning, StringComparison.Ordinal);
        Assert.Matches(@"其中 \d+ 条事实无法归入任何时段", warning);
    }

    [Fact]
    public async Task ADatedArticleWithPlacedFactsHasNoWarning()
    {
        await using var database = await SqliteDatabase.CreateAsync();

        var result = await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, new DateOnly(2023, 2, 12)));

        Assert.Empty(result.Warnings);
    }

    [Fact]
    public async Task TheSameTextAgainIsUnchangedAndSaysNothing()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var undated = TestArticles.Make("11日上午，通州区一季度重大产业项目集中开工仪式举行。", new DateOnly(2023, 2, 12)) with { Published = null, PublishedSource = PublishedDateSource.None };
        await database.Importer.ImportAsync(undated);

        var again = await database.Importer.ImportAsync(undated);

        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        Assert.Empty(again.Warnings);
    }

    [Theory]
    [InlineData("binary file (NUL bytes), not text", "二进制文件，不是文本")]
    [InlineData("empty file", "空文件")]
    [InlineData("file is 52,428,800 bytes, over the 10,485,760-byte limit (Dashboard:MaxArticleBytes)", "超过大小上限 10,485,760 字节（Dashboard:MaxArticleBytes）")]
    public void RejectionsAreSaidInChinese(string reason, string chinese) => Assert.Equal(chinese, IngestFailureWords.Chinese(reason));
}
