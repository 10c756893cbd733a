using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Queries;
using Metrics.Tests.Support;

namespace Metrics.Tests.Queries;

public sealed class DistrictKpiQueryTests
{
    [Fact]
    public async Task EachDistrictsYearIsSetAgainstThePreviousCalendarYear()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Meeting("通州区", "2022-05-01"),
            StoredFacts.Meeting("通州区", "2023-02-11"),
            StoredFacts.Meeting("通州区", "2023-02-10"),
            StoredFacts.Project("通州区", "2022-06-01", count: 10, yuan: 1_000),
            StoredFacts.Project("通州区", "2023-02-11", count: 16, yuan: 8_320_000_000, qualifier: AmountQualifier.AtLeast),
            StoredFacts.Project("通州区", "2021-02-11", count: 99, yuan: 99),
            StoredFacts.Meeting("海门区", "2022-11-28"));
        var gazetteer = NantongGazetteer.Load();
        var query = new DistrictKpiQuery(new SeriesQuery(database.ContextFactory, gazetteer), gazetteer);

        var kpis = await query.RunAsync(2023, new FactFilter { Stage = ProjectStage.Started });

        Assert.Equal(["通州区", "海门区"], kpis.Select(k => k.District));
        var tongzhou = kpis[0];
        Assert.Equal(new Kpi(2, 1, false), tongzhou.Meetings);
        Assert.Equal(new Kpi(16, 10, false), tongzhou.Projects);
        Assert.Equal(new Kpi(8_320_000_000, 1_000, true), tongzhou.Investment);
        Assert.Equal(0.6, tongzhou.Projects.ChangeShare!.Value, 6);
        Assert.Equal((-1L, -1.0), (kpis[1].Meetings.Change, kpis[1].Meetings.ChangeShare!.Value));
    }
}
