using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Queries;
using Metrics.Storage;
using Metrics.Tests.Support;

namespace Metrics.Tests.Queries;

/// <summary>Project figures per stage, never summed across stages; reviewed=only and reviewedShare (issue 14).</summary>
public sealed class StageAndReviewedSeriesTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ProjectsWithoutAStageComeOneSeriesPerDistrictAndStage(bool useTotals)
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Project("港闸区", "2020-05-28", ProjectStage.Signed, count: 13, yuan: 10_000_000_000),
            StoredFacts.Project("港闸区", "2020-06-10", ProjectStage.Production, count: 1, yuan: 500_000_000),
            StoredFacts.Project("通州区", "2020-06-10", ProjectStage.Signed, count: 2));
        var query = new SeriesQuery(database.ContextFactory, NantongGazetteer.Load());

        var projects = await query.RunAsync(Metric.Projects, Interval.Year, new FactFilter(), useTotals);
        var investment = await query.RunAsync(Metric.Investment, Interval.Year, new FactFilter(), useTotals);

        Assert.Equal(
            ["港闸区 Signed 2020=13", "港闸区 Production 2020=1", "通州区 Signed 2020=2"],
            projects.Series.Select(s => $"{s.District} {s.Stage} {string.Join(",", s.Points.Select(p => $"{p.Period}={p.Value}"))}"));
        Assert.DoesNotContain(projects.Series.SelectMany(s => s.Points), p => p.Value == 14);
        Assert.Equal(
            ["港闸区 Signed 2020=10000000000", "港闸区 Production 2020=500000000"],
            investment.Series.Select(s => $"{s.District} {s.Stage} {string.Join(",", s.Points.Select(p => $"{p.Period}={p.Value}"))}"));
        Assert.Throws<InvalidOperationException>(() => projects.Total());
        Assert.Equal([(ProjectStage.Signed, 15L), (ProjectStage.Production, 1L)], projects.TotalsByStage().Select(t => (t.Stage!.Value, t.Total.Value)));
    }

    [Fact]
    public async Task MeetingSeriesHaveNoStage()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database, StoredFacts.Meeting("通州区", "2023-02-11"));

        var result = await new SeriesQuery(database.ContextFactory, NantongGazetteer.Load()).RunAsync(Metric.Meetings, Interval.Year, new FactFilter());

        Assert.Null(Assert.Single(result.Series).Stage);
    }

    [Theory]
    [InlineData(Metric.Projects)]
    [InlineData(Metric.Investment)]
    [InlineData(Metric.Meetings)]
    public async Task ReviewedOnlyGrowsAsFactsAreConfirmedOneByOneAndTheShareFollows(Metric metric)
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Project("通州区", "2023-02-11", ProjectStage.Signed, count: 16, yuan: 8_000_000_000),
            StoredFacts.Project("通州区", "2023-05-01", ProjectStage.Signed, count: 3, yuan: 2_000_000_000),
            StoredFacts.Project("通州区", "2023-07-01", ProjectStage.Signed, count: 1, yuan: 100_000_000),
            StoredFacts.Meeting("通州区", "2023-02-11"),
            StoredFacts.Meeting("通州区", "2023-03-11"));
        var query = new SeriesQuery(database.ContextFactory, NantongGazetteer.Load());
        var filter = new FactFilter { Stage = metric == Metric.Meetings ? null : ProjectStage.Signed };
        var type = metric == Metric.Meetings ? FactType.Meeting : FactType.ProjectEvent;
        int[] ids;
        await using (var context = database.Open())
        {
            ids = context.Facts.Where(f => f.Type == type).OrderBy(f => f.Id).Select(f => f.Id).ToArray();
        }

        var all = (await query.RunAsync(metric, Interval.Year, filter)).Total("2023");
        long confirmedSoFar = 0;
        foreach (var id in ids)
        {
            await using (var context = database.Open())
            {
                var fact = context.Facts.Single(f => f.Id == id);
                fact.Status = FactStatus.Confirmed;
                confirmedSoFar += metric switch
                {
                    Metric.Projects => fact.ProjectsCounted,
                    Metric.Investment => fact.InvestmentYuan ?? 0,
                    _ => 1,
                };
                await context.SaveChangesAsync();
            }

            var reviewed = (await query.RunAsync(metric, Interval.Year, filter with { ReviewedOnly = true })).Total("2023");
            var shared = (await query.RunAsync(metric, Interval.Year, filter)).Total("2023");
            Assert.Equal(confirmedSoFar, reviewed.Value);
            Assert.Equal(1.0, reviewed.ReviewedShare);
            Assert.Equal(all.Value, shared.Value);
            Assert.Equal(Math.Round((double)confirmedSoFar / all.Value, 4), shared.ReviewedShare, 4);
        }
    }

    [Fact]
    public async Task RejectedAndExtractedFactsAreLeftOutOfReviewedOnlyWhileCorrectedAndManualOnesCount()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Meeting("通州区", "2023-02-11", status: FactStatus.Extracted),
            StoredFacts.Meeting("通州区", "2023-02-12", status: FactStatus.Rejected),
            StoredFacts.Meeting("通州区", "2023-02-13", status: FactStatus.Corrected),
            StoredFacts.Meeting("通州区", "2023-02-14", status: FactStatus.Manual));

        var result = await new SeriesQuery(database.ContextFactory, NantongGazetteer.Load())
            .RunAsync(Metric.Meetings, Interval.Year, new FactFilter { ReviewedOnly = true });

        Assert.Equal(2, Assert.Single(Assert.Single(result.Series).Points).Value);
    }
}
