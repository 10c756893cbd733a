using Metrics.Extraction.Numbers;
using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Queries;
using Metrics.Storage;
using Metrics.Tests.Support;

namespace Metrics.Tests.Queries;

public sealed class SeriesQueryTests
{
    private static readonly FactFilter All = new();

    [Fact]
    public async Task InvestmentIsTheExactSumOfEventAmountsWithBatchMembersLeftOut()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Project("通州区", "2023-02-11", count: 16, yuan: 8_320_000_000),
            StoredFacts.Project("通州区", "2023-02-11", count: 1, yuan: 5_000_000_000, member: true, projects: ["康源电路"]),
            StoredFacts.Project("通州区", "2023-06", count: 3, yuan: 1_230_000_001));

        var result = await Query(database).RunAsync(Metric.Investment, Interval.Year, All);

        var point = Assert.Single(Assert.Single(result.Series).Points);
        Assert.Equal(new SeriesPoint("2023", 9_550_000_001, false, 2), point);
        Assert.Equal("yuan", result.Unit);
    }

    [Fact]
    public async Task ProjectsCountANamedSingleProjectWithoutACountAsOne()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Project("海门区", "2021-11-20", ProjectStage.Completed, projects: ["S356沿江公路路面大中修工程"]),
            StoredFacts.Project("海门区", "2021-10", ProjectStage.Completed, count: 4));

        var result = await Query(database).RunAsync(Metric.Projects, Interval.Year, All);

        Assert.Equal(new SeriesPoint("2021", 5, false, 2), Assert.Single(Assert.Single(result.Series).Points));
    }

    [Fact]
    public async Task ALowerBoundAmountFlagsItsPointAndOnlyItsPoint()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Project("港闸区", "2020-Q1", ProjectStage.Signed, count: 1, yuan: 38_000_000_000),
            StoredFacts.Project("港闸区", "2020-05-28", ProjectStage.Signed, count: 12, yuan: 10_000_000_000, qualifier: AmountQualifier.AtLeast),
            StoredFacts.Project("港闸区", "2019-03-01", ProjectStage.Signed, count: 2, yuan: 7));

        var result = await Query(database).RunAsync(Metric.Investment, Interval.Year, All);

        Assert.Equal(
            [new SeriesPoint("2019", 7, false, 1), new SeriesPoint("2020", 48_000_000_000, true, 2)],
            Assert.Single(result.Series).Points);
    }

    [Fact]
    public async Task AQuarterDatedFactIsUnplacedInAMonthlySeriesButPlacedInAQuarterlyOne()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Project("港闸区", "2020-Q1", ProjectStage.Signed, count: 1, yuan: 38_000_000_000),
            StoredFacts.Project("港闸区", "2020-05-28", ProjectStage.Signed, count: 12, yuan: 10_000_000_000, qualifier: AmountQualifier.AtLeast));

        var monthly = await Query(database).RunAsync(Metric.Investment, Interval.Month, All);
        var quarterly = await Query(database).RunAsync(Metric.Investment, Interval.Quarter, All);

        Assert.Equal([new SeriesPoint("2020-05", 10_000_000_000, true, 1)], Assert.Single(monthly.Series).Points);
        Assert.Equal(new UnplacedFacts(1, 38_000_000_000, false), monthly.Unplaced);
        Assert.Equal(["2020-Q1", "2020-Q2"], Assert.Single(quarterly.Series).Points.Select(p => p.Period));
        Assert.Equal(new UnplacedFacts(0, 0, false), quarterly.Unplaced);
    }

    [Fact]
    public async Task AFactOnlyPartlyInsideTheDateRangeIsUnplacedAndOneOutsideItIsLeftOut()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Meeting("通州区", "2023"),
            StoredFacts.Meeting("通州区", "2023-03-02"),
            StoredFacts.Meeting("通州区", "2023-07-01"),
            StoredFacts.Meeting("通州区", null));
        var firstHalf = All with { From = new DateOnly(2023, 1, 1), To = new DateOnly(2023, 6, 30) };

        var result = await Query(database).RunAsync(Metric.Meetings, Interval.Month, firstHalf);

        Assert.Equal([new SeriesPoint("2023-03", 1, false, 1)], Assert.Single(result.Series).Points);
        Assert.Equal(1, result.Unplaced.Facts);
    }

    [Fact]
    public async Task AnUndatedFactIsUnplacedWhenNoRangeIsGiven()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database, StoredFacts.Meeting("通州区", null), StoredFacts.Meeting("通州区", "2023-03-02"));

        var result = await Query(database).RunAsync(Metric.Meetings, Interval.Year, All);

        Assert.Equal(new UnplacedFacts(1, 1, false), result.Unplaced);
    }

    [Fact]
    public async Task PeriodTotalsAreReportedBesideTheSumsAndNeverAddedIn()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Project("通州区", "2022-05-01", count: 4),
            StoredFacts.Project("通州区", "2022", count: 19, scope: FactScope.Period));

        var result = await Query(database).RunAsync(Metric.Projects, Interval.Year, All);

        Assert.Equal(new SeriesPoint("2022", 4, false, 1), Assert.Single(Assert.Single(result.Series).Points));
        var reported = Assert.Single(result.Reported);
        Assert.Equal(("通州区", "2022", ProjectStage.Started, 19L), (reported.District, reported.Date, reported.Stage, reported.Value));
    }

    [Fact]
    public async Task HistoricalBoundariesKeepGangzhaApartAndCurrentOnesRollItIntoChongchuan()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Meeting("港闸区", "2020-06-25"),
            StoredFacts.Meeting("港闸区", "2020-04-10"),
            StoredFacts.Meeting("崇川区", "2020-09-01"));

        var historical = await Query(database).RunAsync(Metric.Meetings, Interval.Year, All);
        var current = await Query(database).RunAsync(Metric.Meetings, Interval.Year, All with { Boundaries = Boundaries.Current });
        var chongchuanToday = await Query(database).RunAsync(Metric.Meetings, Interval.Year, new FactFilter { Districts = ["崇川区"], Boundaries = Boundaries.Current });

        Assert.Equal([("崇川区", 1L), ("港闸区", 2L)], historical.Series.Select(s => (s.District, Assert.Single(s.Points).Value)).OrderBy(p => p.District, StringComparer.Ordinal));
        Assert.Equal(new SeriesPoint("2020", 3, false, 3), Assert.Single(Assert.Single(current.Series, s => s.District == "崇川区").Points));
        Assert.Equal(3, Assert.Single(Assert.Single(chongchuanToday.Series).Points).Value);
    }

    [Fact]
    public async Task RejectedFactsAreNotCountedAndReviewedOnesAre()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Meeting("海门区", "2021-11-28", status: FactStatus.Rejected),
            StoredFacts.Meeting("海门区", "2021-11-29", status: FactStatus.Confirmed),
            StoredFacts.Meeting("海门区", "2021-11-30", status: FactStatus.Manual));

        var result = await Query(database).RunAsync(Metric.Meetings, Interval.Year, All);

        Assert.Equal(2, Assert.Single(Assert.Single(result.Series).Points).Value);
    }

    [Fact]
    public async Task StageKindAndDistrictFiltersNarrowTheSelection()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Project("通州区", "2023-02-11", ProjectStage.Started, count: 16),
            StoredFacts.Project("通州区", "2023-03-11", ProjectStage.Signed, count: 5),
            StoredFacts.Project("海门区", "2023-03-11", ProjectStage.Started, count: 2),
            StoredFacts.Meeting("通州区", "2023-02-11", MeetingKind.Mobilization),
            StoredFacts.Meeting("通州区", "2023-02-12", MeetingKind.StandingCommittee));

        var started = await Query(database).RunAsync(Metric.Projects, Interval.Year, new FactFilter { Districts = ["通州区"], Stage = ProjectStage.Started });
        var mobilizations = await Query(database).RunAsync(Metric.Meetings, Interval.Year, new FactFilter { Kind = MeetingKind.Mobilization });

        Assert.Equal(16, Assert.Single(Assert.Single(started.Series).Points).Value);
        Assert.Equal(1, Assert.Single(Assert.Single(mobilizations.Series).Points).Value);
    }

    [Fact]
    public async Task ARequestedDistrictWithoutFactsHasAnEmptySeries()
    {
        await using var database = await SqliteDatabase.CreateAsync();

        var result = await Query(database).RunAsync(Metric.Meetings, Interval.Year, new FactFilter { Districts = ["如东县"] });

        Assert.Equal([new DistrictSeries("如东县", [])], result.Series, (a, b) => a.District == b.District && a.Points.Count == b.Points.Count);
    }

    [Fact]
    public async Task TheTotalsFollowReviewDecisionsCorrectionsAndDeletions()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Project("通州区", "2023-02-11", count: 16, yuan: 8_320_000_000),
            StoredFacts.Project("通州区", "2023-02-20", count: 2, yuan: 100),
            StoredFacts.Project("通州区", "2023-02-21", count: 3, yuan: 1_000, qualifier: AmountQualifier.AtLeast));
        await using (var review = database.Open())
        {
            var facts = review.Facts.OrderBy(f => f.Id).ToList();
            facts[0].ProjectCount = 15;
            facts[0].Status = FactStatus.Corrected;
            Metrics.Import.FactRecords.SetCountedValues(facts[0]);
            facts[1].Status = FactStatus.Rejected;
            review.Facts.Remove(facts[2]);
            await review.SaveChangesAsync();
        }

        var projects = await Query(database).RunAsync(Metric.Projects, Interval.Month, All);
        var investment = await Query(database).RunAsync(Metric.Investment, Interval.Month, All);

        Assert.Equal([new SeriesPoint("2023-02", 15, false, 1, ReviewedShare: 1)], Assert.Single(projects.Series).Points);
        Assert.Equal([new SeriesPoint("2023-02", 8_320_000_000, false, 1, ReviewedShare: 1)], Assert.Single(investment.Series).Points);
    }

    [Fact]
    public async Task ADayExactRangeCountsTheDaysInsideAndLeavesTheirMonthUnplaced()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database,
            StoredFacts.Meeting("通州区", "2023-03-01"),
            StoredFacts.Meeting("通州区", "2023-03-02"),
            StoredFacts.Meeting("通州区", "2023-03"));
        var secondOfMarch = All with { From = new DateOnly(2023, 3, 2), To = new DateOnly(2023, 3, 31) };

        var result = await Query(database).RunAsync(Metric.Meetings, Interval.Month, secondOfMarch);

        Assert.Equal([new SeriesPoint("2023-03", 1, false, 1)], Assert.Single(result.Series).Points);
        Assert.Equal(1, result.Unplaced.Facts);
    }

    [Fact]
    public async Task TotalsAndFactsGiveTheSameSeriesForAWholeMonthRange()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await StoredFacts.AddAsync(database, StoredFacts.Mixed(300, seed: 7));
        var months = All with { From = new DateOnly(2020, 2, 1), To = new DateOnly(2021, 7, 31) };

        // Every stage and kind together reads TypeTotals; one stage or kind reads FactTotals.
        foreach (var filter in new[] { All, months, months with { Districts = ["港闸区"] } })
        {
            foreach (var metric in Enum.GetValues<Metric>())
            {
                var narrowed = metric == Metric.Meetings ? filter with { Kind = MeetingKind.StandingCommittee } : filter with { Stage = ProjectStage.Started };
                foreach (var selection in new[] { filter, narrowed })
                {
                    foreach (var interval in Enum.GetValues<Interval>())
                    {
                        var fromTotals = await Query(database).RunAsync(metric, interval, selection);
                        var fromFacts = await Query(database).RunAsync(metric, interval, selection, useTotals: false);
                        Assert.Equal(Flatten(fromFacts), Flatten(fromTotals));
                        Assert.Equal(fromFacts.Unplaced, fromTotals.Unplaced);
                    }
                }
            }
        }
    }

    private static string[] Flatten(SeriesResult result) =>
        result.Series.SelectMany(s => s.Points.Select(p => $"{s.District} {p}")).ToArray();

    private static SeriesQuery Query(SqliteDatabase database) => new(database.ContextFactory, NantongGazetteer.Load());
}
