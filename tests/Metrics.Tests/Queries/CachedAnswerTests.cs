using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Queries;
using Metrics.Storage;
using Metrics.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Queries;

/// <summary>Answers kept in memory until a fact changes, and the facts total read from the totals.</summary>
public sealed class CachedAnswerTests
{
    private static readonly NantongGazetteer Gazetteer = NantongGazetteer.Load();

    [Fact]
    public async Task ASeriesAskedAgainShowsEveryFactChangeAtOnce()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Meeting("通州区", "2023-02-11"),
            StoredFacts.Meeting("通州区", "2023-02-20"),
            StoredFacts.Meeting("海门区", "2023-03-01"));
        var query = new SeriesQuery(database.ContextFactory, Gazetteer);
        var filter = new FactFilter { Districts = ["通州区"] };
        Assert.Equal(2, await TongzhouFebruaryAsync(query, filter));

        await Edit(database, async context => (await context.Facts.FirstAsync(f => f.District == "通州区")).Status = FactStatus.Rejected);
        Assert.Equal(1, await TongzhouFebruaryAsync(query, filter with { Districts = ["通州区"] }));

        await StoredFacts.AddAsync(database, StoredFacts.Meeting("通州区", "2023-02-25"), StoredFacts.Meeting("通州区", "2023-02-26"));
        Assert.Equal(3, await TongzhouFebruaryAsync(query, filter));

        await Edit(database, async context => context.Facts.Remove(await context.Facts.FirstAsync(f => f.Date == "2023-02-26")));
        Assert.Equal(2, await TongzhouFebruaryAsync(query, filter));
    }

    [Fact]
    public async Task TheFactsTotalIsTheCountOfTheSelectionWhetherReadFromTheTotalsOrCounted()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Meeting("通州区", "2023-02-11"),
            StoredFacts.Meeting("通州区", "2023-Q1", kind: MeetingKind.Plenary),
            StoredFacts.Meeting("通州区", null),
            StoredFacts.Meeting("海门区", "2023-03-01", status: FactStatus.Rejected),
            StoredFacts.Project("港闸区", "2020", count: 3, yuan: 10_000_000_000),
            StoredFacts.Project("港闸区", "2020-05-28", count: 2),
            StoredFacts.Project("港闸区", "2020-05-28", count: 1, yuan: 5, member: true),
            StoredFacts.Project("港闸区", "2020", count: 30, yuan: 50, scope: FactScope.Period),
            StoredFacts.Project("通州区", "2023-02-11", stage: ProjectStage.Signed, yuan: 8_000_000));
        var query = new FactListQuery(database.ContextFactory, Gazetteer);
        FactFilter[] filters =
        [
            new(),
            new() { Districts = ["港闸区"] },
            new() { Districts = ["崇川区"], Boundaries = Boundaries.Current },
            new() { From = new DateOnly(2020, 5, 1), To = new DateOnly(2020, 5, 31) },
            new() { From = new DateOnly(2023, 2, 1) },
            new() { From = new DateOnly(2023, 2, 12) },
            new() { Stage = ProjectStage.Signed },
            new() { Kind = MeetingKind.Plenary },
        ];

        var checkedTotals = new List<int>();
        foreach (var metric in new Metric?[] { null, Metric.Meetings, Metric.Projects, Metric.Investment })
        {
            foreach (var filter in filters)
            {
                await using var context = database.Open();
                var selected = FactSelection.Counted(context.Facts.AsNoTracking(), metric, filter, Gazetteer);
                var counted = await selected.CountAsync();
                Assert.Equal(counted, await query.CountAsync(context, selected, metric, filter, placedOnly: false, CancellationToken.None));
                Assert.Equal(counted, (await query.RunAsync(metric, filter, 1, 10)).Total);
                checkedTotals.Add(counted);
            }
        }

        Assert.Contains(checkedTotals, t => t >= 3);
        await Edit(database, async context => (await context.Facts.FirstAsync(f => f.Date == "2023-02-11" && f.Type == FactType.Meeting)).Status = FactStatus.Rejected);
        Assert.Equal(1, (await query.RunAsync(Metric.Meetings, new FactFilter { From = new DateOnly(2023, 1, 1) }, 1, 10)).Total);
    }

    private static async Task<long> TongzhouFebruaryAsync(SeriesQuery query, FactFilter filter)
    {
        var result = await query.RunAsync(Metric.Meetings, Interval.Month, filter);
        return result.Series.Single(s => s.District == "通州区").Points.Where(p => p.Period == "2023-02").Sum(p => p.Value);
    }

    private static async Task Edit(SqliteDatabase database, Func<MetricsDbContext, Task> change)
    {
        await using var context = database.Open();
        await change(context);
        await context.SaveChangesAsync();
    }
}
