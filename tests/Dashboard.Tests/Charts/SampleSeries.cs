using Metrics.Facts;
using Metrics.Queries;

namespace Dashboard.Tests.Charts;

/// <summary>Series results as <see cref="SeriesQuery"/> returns them, for chart builder tests (every fact reviewed unless a test says otherwise).</summary>
internal static class SampleSeries
{
    /// <summary>通州区 and 海门区 investment by year, 海门区 2021 a lower bound (超百亿).</summary>
    public static SeriesResult InvestmentByYear() => new(
        Metric.Investment,
        Interval.Year,
        "yuan",
        [
            new DistrictSeries("通州区", [new SeriesPoint("2021", 2_500_000_000, false, 2, ReviewedShare: 1), new SeriesPoint("2023", 8_320_000_000, false, 1, ReviewedShare: 1)]),
            new DistrictSeries("海门区", [new SeriesPoint("2021", 10_000_000_000, true, 1, ReviewedShare: 1), new SeriesPoint("2022", 4_050_000_000, false, 3, ReviewedShare: 1)]),
        ],
        new UnplacedFacts(0, 0, false),
        [new ReportedTotal("通州区", "2022", ProjectStage.Started, 30_000_000_000, false, 7)]);

    /// <summary>通州区's projects by quarter with nothing counted.</summary>
    public static SeriesResult NothingByQuarter() => new(
        Metric.Projects, Interval.Quarter, "projects", [new DistrictSeries("通州区", [])], new UnplacedFacts(0, 0, false), []);

    /// <summary>Projects by month for three districts, with two facts known only to their quarter.</summary>
    public static SeriesResult ProjectsByMonth() => new(
        Metric.Projects,
        Interval.Month,
        "projects",
        [
            new DistrictSeries("通州区", [new SeriesPoint("2023-02", 16, false, 1, ReviewedShare: 1), new SeriesPoint("2023-05", 3, false, 2, ReviewedShare: 1)]),
            new DistrictSeries("崇川区", [new SeriesPoint("2023-03", 5, false, 1, ReviewedShare: 1)]),
            new DistrictSeries("海门区", []),
        ],
        new UnplacedFacts(2, 7, false),
        []);
}
