using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Import;
using Metrics.Ingest;
using Metrics.Queries;
using Metrics.Storage;
using Metrics.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Queries;

public sealed class FactListQueryTests
{
    [Fact]
    public async Task ALaunchReportedTwiceIsOneRowWithBothArticlesAsSources()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await new ArticleFileImport(database.Importer).ImportAsync([RepositoryPaths.Seed], IngestOptions.Default);
        await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, new DateOnly(2023, 2, 12), "http://ntrb.example/kaigong", "南通日报"));

        var page = await Query(database).RunAsync(Metric.Projects, new FactFilter { Districts = ["通州区"], Stage = ProjectStage.Started }, 1, 50);

        var launch = Assert.Single(page.Items);
        Assert.Equal((1, 16, 8_320_000_000L), (page.Total, launch.ProjectCount!.Value, launch.InvestmentYuan!.Value));
        Assert.Equal([("南通日报", (string?)"http://ntrb.example/kaigong"), ("通州日报", null)], launch.Sources.Select(s => (s.Publisher!, s.Url)));
        Assert.All(launch.Sources, s => Assert.Contains("83.2亿元", s.Evidence));
    }

    [Fact]
    public async Task PagesAreLatestFirstAndTheTotalCountsTheWholeSelection()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Meeting("通州区", "2023-01-05"),
            StoredFacts.Meeting("通州区", "2023-03-05"),
            StoredFacts.Meeting("通州区", "2023-02-05"),
            StoredFacts.Meeting("通州区", "2023-04-05", status: FactStatus.Rejected));

        var second = await Query(database).RunAsync(Metric.Meetings, new FactFilter(), 2, 2);

        Assert.Equal((3, 2, 2), (second.Total, second.Page, second.PageSize));
        Assert.Equal(["2023-01-05"], second.Items.Select(i => i.Date));
    }

    [Fact]
    public async Task TheTotalFromTheKeptTotalsIsTheCountOfTheFactsThemselves()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database, StoredFacts.Mixed(400, seed: 11));
        var months = new FactFilter { From = new DateOnly(2020, 2, 1), To = new DateOnly(2021, 7, 31) };
        FactFilter[] filters =
        [
            new FactFilter(), months, months with { Districts = ["港闸区", "海门区"] },
            new FactFilter { Stage = ProjectStage.Signed }, months with { Kind = MeetingKind.Plenary },
        ];

        foreach (var filter in filters)
        {
            foreach (var metric in new Metric?[] { null, Metric.Meetings, Metric.Projects, Metric.Investment })
            {
                if ((metric == Metric.Meetings && filter.Stage is not null) || (metric is Metric.Projects or Metric.Investment && filter.Kind is not null))
                {
                    continue;
                }

                await using var context = database.Open();
                var counted = await FactSelection.Counted(context.Facts, metric, filter, NantongGazetteer.Load()).CountAsync();
                Assert.True(counted > 0, $"{metric} {filter}");
                Assert.Equal(counted, (await Query(database).RunAsync(metric, filter, 1, 1)).Total);
            }
        }
    }

    [Fact]
    public async Task PlacedFactsAreExactlyTheOnesTheSeriesAddsUpForTheSelection()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Meeting("通州区", "2023-02-11"),
            StoredFacts.Meeting("通州区", "2023-02"),
            StoredFacts.Meeting("通州区", "2023-Q1"),
            StoredFacts.Meeting("通州区", "2023"),
            StoredFacts.Meeting("通州区", null),
            StoredFacts.Meeting("港闸区", "2020-05-28"),
            StoredFacts.Project("通州区", "2023", count: 3, yuan: 1_000_000_000),
            StoredFacts.Project("通州区", "2023-02-11", count: 2, yuan: 500_000_000),
            StoredFacts.Project("通州区", "2023-02-20", projects: ["某某项目"]),
            StoredFacts.Project("通州区", "2023-02-11", count: 1, yuan: 7, member: true),
            StoredFacts.Project("通州区", "2023", count: 30, yuan: 50, scope: FactScope.Period),
            StoredFacts.Project("港闸区", "2020-Q2", count: 4, yuan: 80_000_000));
        var series = new SeriesQuery(database.ContextFactory, NantongGazetteer.Load());
        FactFilter[] filters =
        [
            new(),
            new() { Districts = ["通州区"], From = new DateOnly(2023, 1, 1), To = new DateOnly(2023, 12, 31) },
            new() { From = new DateOnly(2023, 1, 1), To = new DateOnly(2023, 3, 31) },
            new() { Districts = ["通州区"], From = new DateOnly(2023, 2, 1), To = new DateOnly(2023, 2, 28) },
            new() { From = new DateOnly(2023, 2, 5), To = new DateOnly(2023, 2, 28) },
            new() { Districts = ["崇川区"], Boundaries = Boundaries.Current, From = new DateOnly(2020, 1, 1), To = new DateOnly(2020, 12, 31) },
        ];

        var leftOut = 0;
        foreach (var metric in Enum.GetValues<Metric>())
        {
            foreach (var filter in filters)
            {
                var placed = await Query(database).RunPlacedAsync(metric, filter, 1, FactListQuery.MaxPageSize);
                var result = await series.RunAsync(metric, Interval.Year, filter);
                var points = result.Series.SelectMany(s => s.Points).ToArray();

                Assert.Equal(points.Sum(p => p.Facts), placed.Total);
                Assert.Equal(placed.Total, placed.Items.Count);
                Assert.Equal(points.Sum(p => p.Value), placed.Items.Sum(f => ValueOf(metric, f)));
                leftOut += (await Query(database).RunAsync(metric, filter, 1, FactListQuery.MaxPageSize)).Total - placed.Total;
            }
        }

        // The February bar of a monthly series: the quarter- and year-dated reports overlap it but are not in it.
        var february = new FactFilter { Districts = ["通州区"], From = new DateOnly(2023, 2, 1), To = new DateOnly(2023, 2, 28) };
        var bar = (await series.RunAsync(Metric.Meetings, Interval.Month, february)).Series.Single().Points.Single();
        Assert.Equal((2L, 2), (bar.Value, (await Query(database).RunPlacedAsync(Metric.Meetings, february, 1, 10)).Total));
        Assert.True(leftOut > 0, "no selection had a fact that only overlaps its range");
    }

    private static long ValueOf(Metric metric, FactRow fact) => metric switch
    {
        Metric.Investment => fact.InvestmentYuan ?? 0,
        Metric.Projects => fact.ProjectCount ?? (fact.Projects.Count == 1 ? 1 : 0),
        _ => 1,
    };

    private static FactListQuery Query(SqliteDatabase database) => new(database.ContextFactory, NantongGazetteer.Load());
}
