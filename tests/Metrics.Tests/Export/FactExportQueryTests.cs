using Metrics.Export;
using Metrics.Extraction.Facts;
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
        var cells = FactExportQuery.Columns.Select((c, i) => (c.Header, Value: row[i])).ToDictionary(p => p.Header, p => p.Value);
        Assert.Equal("通州区", cells["区县"]);
        Assert.Equal("2023-02-11", cells["日期"]);
        Assert.Equal("日", cells["日期精度"]);
        Assert.Equal("开工", cells["阶段/会议类型"]);
        Assert.Equal(16, cells["项目数"]);
        Assert.Equal(8_320_000_000L, cells["投资额（元）"]);
        Assert.Equal(2, cells["报道篇数"]);
        Assert.Equal("南通日报", cells["发布者"]);
        Assert.Equal(new DateOnly(2023, 2, 12), cells["发布日期"]);
        Assert.Equal("通州区一季度16个产业项目集中开工", cells["文章标题"]);
        Assert.Equal("此次集中开工的产业项目共16个,总投资83.2亿元", cells["证据原文"]);
    }

    [Fact]
    public async Task CurrentBoundariesShowGangzhaAsChongchuan()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database, StoredFacts.Meeting("港闸区", "2019-05-06"));

        var rows = await Rows(database, Metric.Meetings, new FactFilter { Boundaries = Boundaries.Current });

        Assert.Equal("崇川区", Assert.Single(rows)[1]);
    }

    private static async Task<List<object?[]>> Rows(SqliteDatabase database, Metric metric, FactFilter filter)
    {
        var table = new FactExportQuery(database.ContextFactory, NantongGazetteer.Load()).Run(metric, filter);
        var rows = new List<object?[]>();
        await foreach (var row in table.Rows)
        {
            Assert.Equal(table.Columns.Count, row.Length);
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
