using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Import;
using Metrics.Ingest;
using Metrics.Queries;
using Metrics.Tests.Support;

namespace Metrics.Tests.Queries;

/// <summary>Issue #4's acceptance figures on the seed corpus, imported and extracted into a real SQLite file.</summary>
public sealed class SeedAcceptanceTests
{
    [Fact]
    public async Task TongzhouStarted16ProjectsWorth8320000000YuanIn2023WithoutTheBatchMemberAddedAgain()
    {
        await using var database = await SeededAsync();
        var filter = new FactFilter { Districts = ["通州区"], Stage = ProjectStage.Started };

        var projects = await Query(database).RunAsync(Metric.Projects, Interval.Year, filter);
        var investment = await Query(database).RunAsync(Metric.Investment, Interval.Year, filter);

        Assert.Equal(16, Assert.Single(Assert.Single(projects.Series).Points, p => p.Period == "2023").Value);
        Assert.Equal(new SeriesPoint("2023", 8_320_000_000, false, 1), Assert.Single(Assert.Single(investment.Series).Points, p => p.Period == "2023"));
    }

    [Fact]
    public async Task TheSecondReportOfTheTongzhouLaunchIsCountedOnce()
    {
        await using var database = await SeededAsync();
        await database.Importer.ImportAsync(TestArticles.Make(TestArticles.TongzhouLaunchReport, new DateOnly(2023, 2, 12), publisher: "南通日报"));
        var filter = new FactFilter { Districts = ["通州区"], Stage = ProjectStage.Started };

        var projects = await Query(database).RunAsync(Metric.Projects, Interval.Year, filter);

        Assert.Equal(new SeriesPoint("2023", 16, false, 1), Assert.Single(Assert.Single(projects.Series).Points, p => p.Period == "2023"));
    }

    [Fact]
    public async Task GangzhaHeldSixMeetingsIn2020()
    {
        await using var database = await SeededAsync();

        var meetings = await Query(database).RunAsync(Metric.Meetings, Interval.Year, new FactFilter { Districts = ["港闸区"] });

        Assert.Equal(6, Assert.Single(Assert.Single(meetings.Series).Points, p => p.Period == "2020").Value);
    }

    [Fact]
    public async Task GangzhaInvestmentIn2020Is48000000000YuanFlaggedAsALowerBound()
    {
        await using var database = await SeededAsync();

        var investment = await Query(database).RunAsync(Metric.Investment, Interval.Year, new FactFilter { Districts = ["港闸区"] });

        Assert.Equal(new SeriesPoint("2020", 48_000_000_000, true, 2), Assert.Single(Assert.Single(investment.Series).Points, p => p.Period == "2020"));
    }

    [Fact]
    public async Task HaimenHeldOneMeetingIn2021()
    {
        await using var database = await SeededAsync();

        var meetings = await Query(database).RunAsync(Metric.Meetings, Interval.Year, new FactFilter { Districts = ["海门区"] });

        Assert.Equal(1, Assert.Single(Assert.Single(meetings.Series).Points, p => p.Period == "2021").Value);
    }

    [Fact]
    public async Task AMonthlyGangzhaSeriesReportsTheQuarterDatedSigningAsUnplaced()
    {
        await using var database = await SeededAsync();

        var investment = await Query(database).RunAsync(Metric.Investment, Interval.Month, new FactFilter { Districts = ["港闸区"], Stage = ProjectStage.Signed });

        Assert.Equal(new UnplacedFacts(1, 38_000_000_000, false), investment.Unplaced);
        Assert.DoesNotContain(Assert.Single(investment.Series).Points, p => p.Period.StartsWith("2020-0", StringComparison.Ordinal) && p.Value == 38_000_000_000);
    }

    private static SeriesQuery Query(SqliteDatabase database) => new(database.ContextFactory, NantongGazetteer.Load());

    private static async Task<SqliteDatabase> SeededAsync()
    {
        var database = await SqliteDatabase.CreateAsync();
        var import = new ArticleFileImport(database.Importer);
        await import.ImportAsync([RepositoryPaths.Seed], IngestOptions.Default);
        // Importing everything twice changes nothing: every figure below must hold after the second run too.
        await import.ImportAsync([RepositoryPaths.Seed], IngestOptions.Default);
        return database;
    }
}
