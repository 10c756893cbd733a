using Metrics.Export;
using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Queries;
using Metrics.Storage;
using Metrics.Tests.Support;

namespace Metrics.Tests.Export;

public sealed class FactExportQueryTests
{
    [Fact]
    public async Task OneRowPerFactWithTheEarliestReportAsProvenance()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var launch = StoredFacts.Project("通州区", "2023-02-11", ProjectStage.Started, count: 16, yuan: 8_320_000_000);
        launch.Mentions.Add(Mention(Article("江海晚报", new DateOnly(2023, 2, 13), "晚报转载"), "16个项目集中开工，总投资83.2亿元"));
        launch.Mentions.Add(Mention(Article("南通日报", new DateOnly(2023, 2, 12), "通州区一季度16个产业项目集中开工"), "此次集中开工的产业项目共16个,总投资83.2亿元"));
        var rejected = StoredFacts.Project("通州区", "2023-03", ProjectStage.Started, count: 2, status: FactStatus.Rejected);
        await StoredFacts.AddAsync(database, launch, rejected);

        var rows = await Rows(database, Metric.Projects, new FactFilter());

        var row = Assert.Single(rows);
        Assert.Equal("通州区", row.District);
        Assert.Equal("2023-02-11", row.Date);
        Assert.Equal(DatePrecision.Day, row.Precision);
        Assert.Equal(ProjectStage.Started, row.Stage);
        Assert.Equal(16, row.ProjectCount);
        Assert.Equal(8_320_000_000L, row.InvestmentYuan);
        Assert.Equal(2, row.Reports);
        Assert.Equal("南通日报", row.Publisher);
        Assert.Equal(new DateOnly(2023, 2, 12), row.Published);
        Assert.Equal("通州区一季度16个产业项目集中开工", row.Title);
        Assert.Equal("https://example.cn/20230212", row.Url);
        Assert.Equal("此次集中开工的产业项目共16个,总投资83.2亿元", row.Evidence);
    }

    [Fact]
    public async Task AnUntitledArticleIsNamedByItsFirstHeadingAsOnScreen()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var untitled = Article("通州日报", new DateOnly(2023, 2, 13), "unused");
        untitled.Title = null;
        untitled.Text = "官方微信\n\n## 全区项目建设动员大会召开\n\n# 按下项目攻坚“快进键”\n\n2月11日,我区举行一季度项目集中开工仪式,16个产业项目总投资达83.2亿元。";
        var launch = StoredFacts.Project("通州区", "2023-02-11", ProjectStage.Started, count: 16, yuan: 8_320_000_000);
        launch.Mentions.Add(Mention(untitled, "16个产业项目总投资达83.2亿元"));
        await StoredFacts.AddAsync(database, launch);

        var row = Assert.Single(await Rows(database, Metric.Projects, new FactFilter()));

        Assert.Equal("全区项目建设动员大会召开", row.Title);
    }

    [Fact]
    public async Task CurrentBoundariesShowGangzhaAsChongchuan()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database, StoredFacts.Meeting("港闸区", "2019-05-06"));

        var rows = await Rows(database, Metric.Meetings, new FactFilter { Boundaries = Boundaries.Current });

        Assert.Equal("崇川区", Assert.Single(rows).District);
    }

    private static async Task<List<FactExportRow>> Rows(SqliteDatabase database, Metric metric, FactFilter filter)
    {
        var rows = new List<FactExportRow>();
        await foreach (var row in new FactExportQuery(database.ContextFactory, NantongGazetteer.Load()).RunAsync(metric, filter))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static Article Article(string publisher, DateOnly published, string title) => new()
    {
        SourceName = title,
        Title = title,
        Publisher = publisher,
        Published = published,
        PublishedSource = "sidecar",
        ContentHash = Guid.NewGuid().ToString("N"),
        Text = title,
        Url = $"https://example.cn/{published:yyyyMMdd}",
    };

    private static FactMention Mention(Article article, string evidence) => new()
    {
        Article = article,
        Evidence = evidence,
        ExtractedJson = "{}",
        Signature = Guid.NewGuid().ToString("N"),
    };
}
