using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Import;
using Metrics.Ingest;
using Metrics.Queries;
using Metrics.Storage;
using Metrics.Tests.Support;

namespace Metrics.Tests.Queries;

public sealed class ArticleListQueryTests
{
    [Fact]
    public async Task RowsAreLatestPublishedFirstWithUndatedLastAndCountOnlyFactsNotRejected()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await AddArticleAsync(database, "旧闻", new DateOnly(2020, 4, 13), "港闸区报", StoredFacts.Meeting("港闸区", "2020-04-10"));
        await AddArticleAsync(database, "无日期", null, null, StoredFacts.Meeting("通州区", "2021"));
        await AddArticleAsync(database, "新闻", new DateOnly(2023, 2, 13), "通州日报",
            StoredFacts.Meeting("通州区", "2023-02-11"),
            StoredFacts.Project("通州区", "2023-02-11", count: 16),
            StoredFacts.Meeting("通州区", "2023-02-09", status: FactStatus.Rejected));

        var page = await Query(database).RunAsync(new ArticleSearch(), 1, 20);

        Assert.Equal(3, page.Total);
        Assert.Equal(["新闻", "旧闻", "无日期"], page.Items.Select(i => i.Headline));
        var latest = page.Items[0];
        Assert.Equal(("通州日报", new DateOnly(2023, 2, 13), 2), (latest.Publisher, latest.Published!.Value, latest.Facts));
        Assert.Equal(["通州区"], latest.Districts);
        Assert.Null(page.Items[2].Published);
    }

    [Fact]
    public async Task TitleSearchReadsTheHeadlineOrTheStartOfAnUntitledText()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await AddArticleAsync(database, "通州区一季度16个产业项目集中开工", new DateOnly(2023, 2, 12), "南通日报");
        await AddArticleAsync(database, null, new DateOnly(2020, 6, 1), null, text: "\n官方微信\n\n黄卫锋主持召开区委常委会会议\n\n传达两会精神……项目集中开工");
        await AddArticleAsync(database, "海门区召开常委会", new DateOnly(2021, 11, 29), "南通日报");

        var untitled = await Query(database).RunAsync(new ArticleSearch { Title = "常委会" }, 1, 20);
        var launch = await Query(database).RunAsync(new ArticleSearch { Title = " 集中开工 " }, 1, 20);

        Assert.Equal(["海门区召开常委会", "黄卫锋主持召开区委常委会会议"], untitled.Items.Select(i => i.Headline));
        Assert.Equal(["通州区一季度16个产业项目集中开工", "黄卫锋主持召开区委常委会会议"], launch.Items.Select(i => i.Headline));
    }

    [Fact]
    public async Task DistrictsAndPublicationDatesNarrowTheList()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await AddArticleAsync(database, "港闸", new DateOnly(2020, 6, 1), null, StoredFacts.Meeting("港闸区", "2020-05-30"));
        await AddArticleAsync(database, "海门", new DateOnly(2021, 12, 31), null, StoredFacts.Meeting("海门区", "2021-11-28"));
        await AddArticleAsync(database, "通州被驳回", new DateOnly(2023, 1, 1), null, StoredFacts.Meeting("通州区", "2022-12-30", status: FactStatus.Rejected));
        await AddArticleAsync(database, "通州", new DateOnly(2023, 2, 13), null, StoredFacts.Meeting("通州区", "2023-02-11"));

        var tongzhouOrHaimen = await Query(database).RunAsync(new ArticleSearch { Districts = ["通州区", "海门区"] }, 1, 20);
        var from2021To2023January = await Query(database).RunAsync(new ArticleSearch { From = new DateOnly(2021, 12, 31), To = new DateOnly(2023, 1, 1) }, 1, 20);

        Assert.Equal(["通州", "海门"], tongzhouOrHaimen.Items.Select(i => i.Headline));
        Assert.Equal(["通州被驳回", "海门"], from2021To2023January.Items.Select(i => i.Headline));
        Assert.Equal(0, from2021To2023January.Items[0].Facts);
    }

    [Fact]
    public async Task APageHoldsItsShareAndTheTotalCountsTheWholeSearch()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        for (var day = 1; day <= 5; day++)
        {
            await AddArticleAsync(database, $"第{day}篇", new DateOnly(2023, 3, day), null);
        }

        var second = await Query(database).RunAsync(new ArticleSearch(), 2, 2);
        var beyond = await Query(database).RunAsync(new ArticleSearch(), 4, 2);

        Assert.Equal((5, 2, 2), (second.Total, second.Page, second.PageSize));
        Assert.Equal(["第3篇", "第2篇"], second.Items.Select(i => i.Headline));
        Assert.Empty(beyond.Items);
    }

    [Fact]
    public async Task SeedArticlesWithoutTitlesAreNamedByTheirFirstHeading()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await new ArticleFileImport(database.Importer).ImportAsync([RepositoryPaths.Seed], IngestOptions.Default);

        var page = await Query(database).RunAsync(new ArticleSearch(), 1, 20);

        Assert.Equal(5, page.Total);
        Assert.Equal(
            ["全区项目建设动员大会召开", "深化思想引领 汲取奋进力量 笃行实干担当 海门：凝心聚力，推动现代化示范区建设开好局", "机遇激发担当 使命砥砺前行", "黄卫锋主持召开区委常委会会议", "区委常委会会议研究部署当前各项重点工作"],
            page.Items.Select(i => i.Headline));
        await using var context = database.Open();
        foreach (var item in page.Items)
        {
            var mentioned = context.FactMentions.Where(m => m.ArticleId == item.Id && m.Fact.Status != FactStatus.Rejected).Select(m => m.FactId).Distinct().Count();
            Assert.Equal(mentioned, item.Facts);
        }
    }

    [Theory]
    [InlineData("  标题  ", "正文", "标题")]
    [InlineData(null, "\n\n官方微信\n\n官方微博\n\n# 机遇激发担当 使命砥砺前行\n\n## 区委召开", "机遇激发担当 使命砥砺前行")]
    [InlineData(null, "官方微信\n黄卫锋主持召开区委常委会会议\n传达两会精神", "黄卫锋主持召开区委常委会会议")]
    [InlineData(null, "短\n\n", "file-001")]
    public void AHeadlineIsTheTitleElseTheFirstHeadingElseTheFirstRealLine(string? title, string lead, string expected) =>
        Assert.Equal(expected, ArticleHeadline.Of(title, lead, "file-001"));

    private static ArticleListQuery Query(SqliteDatabase database) => new(database.ContextFactory, NantongGazetteer.Load());

    private static async Task AddArticleAsync(SqliteDatabase database, string? title, DateOnly? published, string? publisher, params Fact[] facts) =>
        await AddArticleAsync(database, title, published, publisher, text: $"{title}\n正文。", facts);

    private static async Task AddArticleAsync(SqliteDatabase database, string? title, DateOnly? published, string? publisher, string text, params Fact[] facts)
    {
        await using var context = database.Open();
        var article = new Article
        {
            SourceName = $"test-{Guid.NewGuid():N}",
            Title = title,
            Publisher = publisher,
            Published = published,
            PublishedSource = nameof(PublishedDateSource.Sidecar),
            ContentHash = ContentHash.Compute(text + Guid.NewGuid()),
            Text = text,
        };
        context.Articles.Add(article);
        foreach (var fact in facts)
        {
            fact.Mentions.Add(new FactMention { Article = article, Evidence = "正文。", EvidenceLength = 3, ExtractedJson = "{}", Signature = Guid.NewGuid().ToString("N") });
            context.Facts.Add(fact);
        }

        await context.SaveChangesAsync();
    }
}
