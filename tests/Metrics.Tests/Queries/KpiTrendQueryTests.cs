using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Queries;
using Metrics.Storage;
using Metrics.Tests.Support;

namespace Metrics.Tests.Queries;

public sealed class KpiTrendQueryTests
{
    private static readonly KpiMeasure Signed = new(Metric.Projects, ProjectStage.Signed);
    private static readonly KpiMeasure StartedInvestment = new(Metric.Investment, ProjectStage.Started);
    private static readonly KpiMeasure Meetings = new(Metric.Meetings, null);

    [Fact]
    public async Task TheSelectedDistrictsAreAddedUpPerYearAndSetAgainstThePreviousYear()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Project("通州区", "2021-03-01", ProjectStage.Signed, count: 4),
            StoredFacts.Project("通州区", "2022-05-01", ProjectStage.Signed, count: 10),
            StoredFacts.Project("海门区", "2023-01", ProjectStage.Signed, count: 3),
            StoredFacts.Project("通州区", "2023-02-11", ProjectStage.Signed, count: 2),
            StoredFacts.Project("通州区", "2023-02-11", ProjectStage.Started, count: 16, yuan: 8_320_000_000),
            StoredFacts.Project("海门区", "2023-Q3", ProjectStage.Started, count: 1, yuan: 10_000_000_000, qualifier: AmountQualifier.AtLeast),
            StoredFacts.Project("崇川区", "2023-04-01", ProjectStage.Signed, count: 50),
            StoredFacts.Meeting("通州区", "2022-12-30"),
            StoredFacts.Meeting("海门区", "2023-11-28"),
            StoredFacts.Meeting("海门区", "2023-11-29", status: FactStatus.Rejected));

        var trends = await Query(database).RunAsync([Signed, StartedInvestment, Meetings], 2023, 4, new FactFilter { Districts = ["通州区", "海门区"] });

        Assert.Equal([Signed, StartedInvestment, Meetings], trends.Select(t => t.Measure));
        Assert.Equal(new Kpi(5, 10, false), trends[0].Kpi);
        Assert.Equal([("2020", 0L), ("2021", 4L), ("2022", 10L), ("2023", 5L)], trends[0].Years.Select(p => (p.Period, p.Value)));
        Assert.Equal(new Kpi(18_320_000_000, 0, true), trends[1].Kpi);
        Assert.Null(trends[1].Kpi.ChangeShare);
        Assert.Equal(new Kpi(1, 1, false), trends[2].Kpi);
    }

    [Fact]
    public async Task EachYearEqualsTheDistrictKpisAddedUp()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Project("港闸区", "2020-05-28", ProjectStage.Signed, count: 12, yuan: 10_000_000_000, qualifier: AmountQualifier.AtLeast),
            StoredFacts.Project("崇川区", "2020-09-01", ProjectStage.Signed, count: 3, yuan: 2_000_000_000),
            StoredFacts.Project("通州区", "2019-09-01", ProjectStage.Signed, count: 7, yuan: 700_000_000),
            StoredFacts.Project("通州区", "2020-09-01", ProjectStage.Signed, count: 1, yuan: 100_000_000, member: true));
        var gazetteer = NantongGazetteer.Load();
        var seriesQuery = new SeriesQuery(database.ContextFactory, gazetteer);
        var filter = new FactFilter { Stage = ProjectStage.Signed };

        var trends = await new KpiTrendQuery(seriesQuery, database.ContextFactory).RunAsync([Signed, new KpiMeasure(Metric.Investment, ProjectStage.Signed)], 2020, 2, filter);
        var districts = await new DistrictKpiQuery(seriesQuery, gazetteer).RunAsync(2020, filter);

        Assert.Equal(new Kpi(districts.Sum(d => d.Projects.Value), districts.Sum(d => d.Projects.Previous), false), trends[0].Kpi);
        Assert.Equal(new Kpi(districts.Sum(d => d.Investment.Value), districts.Sum(d => d.Investment.Previous), true), trends[1].Kpi);
        Assert.Equal((15L, 7L), (trends[0].Kpi.Value, trends[0].Kpi.Previous));
    }

    [Fact]
    public async Task TodaysChongchuanTakesInGangzhaOnlyUnderCurrentBoundaries()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Meeting("港闸区", "2020-05-30"),
            StoredFacts.Meeting("崇川区", "2020-09-01"));

        var historical = await Query(database).RunAsync([Meetings], 2020, 2, new FactFilter { Districts = ["崇川区"] });
        var current = await Query(database).RunAsync([Meetings], 2020, 2, new FactFilter { Districts = ["崇川区"], Boundaries = Boundaries.Current });

        Assert.Equal(1, historical[0].Kpi.Value);
        Assert.Equal(2, current[0].Kpi.Value);
    }

    [Fact]
    public async Task TheYearsAreThoseOfDatedFactsThatAreNotRejected()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Meeting("通州区", "2023-02-11"),
            StoredFacts.Meeting("通州区", "2021-Q2"),
            StoredFacts.Meeting("通州区", "2021-05-02"),
            StoredFacts.Meeting("通州区", null),
            StoredFacts.Meeting("通州区", "2024-01-01", status: FactStatus.Rejected));

        Assert.Equal([2021, 2023], await Query(database).YearsAsync());
    }

    [Fact]
    public async Task TheYearsFollowANewFactAtOnce()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database, StoredFacts.Meeting("通州区", "2023-02-11"));
        var query = Query(database);
        Assert.Equal([2023], await query.YearsAsync());

        await StoredFacts.AddAsync(database, StoredFacts.Meeting("海门区", "2025-03"));

        Assert.Equal([2023, 2025], await query.YearsAsync());
    }

    private static KpiTrendQuery Query(SqliteDatabase database) =>
        new(new SeriesQuery(database.ContextFactory, NantongGazetteer.Load()), database.ContextFactory);
}
