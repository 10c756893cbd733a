using Dashboard.Presentation.Charts;
using Dashboard.Presentation.Panels;
using Dashboard.Presentation.Words;
using Metrics.Queries;
using ScottPlot.Plottables;

namespace Dashboard.Tests.Charts;

/// <summary>
/// Issue 15: 港闸区 was abolished on 2020-07-28 (merged into 崇川区). Its line ends with the period it
/// ended in, instead of running at 0 through 2023 beside the districts that go on; lang=en panels
/// name districts in English from the gazetteer.
/// </summary>
public sealed class AbolishedDistrictLineTests
{
    // On its own (the first chart test of the process) no other test has registered the bundled font.
    public AbolishedDistrictLineTests() => ChartFonts.EnsureRegistered();

    [Theory]
    [InlineData(Interval.Year, "2019", "2023", "2020")]
    [InlineData(Interval.Month, "2020-03", "2023-05", "2020-07")]
    public void GangzhasLineEndsWithThePeriodTheDistrictEndedIn(Interval interval, string gangzhaPeriod, string tongzhouPeriod, string lastGangzha)
    {
        var result = new SeriesResult(Metric.Meetings, interval, "meetings",
            [
                new DistrictSeries("港闸区", [new SeriesPoint(gangzhaPeriod, 2, false, 2)]),
                new DistrictSeries("通州区", [new SeriesPoint(tongzhouPeriod, 3, false, 3)]),
            ],
            new UnplacedFacts(0, 0, false), []);

        using var chart = MetricChart.Build(result, new MetricChartOptions { Kind = MetricChartKind.Lines });

        var lines = chart.Plot.GetPlottables<Scatter>().ToList();
        var gangzha = lines[0].Data.GetScatterPoints();
        var tongzhou = lines[1].Data.GetScatterPoints();
        var periodInterval = interval.ToPeriodInterval();
        Assert.Equal(ChartIntervals.PositionOf(lastGangzha, periodInterval), gangzha.Max(p => p.X));
        Assert.Equal(ChartIntervals.PositionOf(tongzhouPeriod, periodInterval), tongzhou.Max(p => p.X));
    }

    [Fact]
    public void EnglishPanelsNameDistrictsFromTheGazetteer()
    {
        Assert.Equal("Chongchuan District", EnglishDistricts.Name("崇川区"));
        Assert.Equal("Gangzha District", EnglishDistricts.Name("港闸区"));
        Assert.Equal("Rugao City", EnglishDistricts.Name("如皋市"));
        Assert.Equal("Nantong", EnglishDistricts.Name("南通市"));
        Assert.Equal("Districts: Tongzhou District, Haimen District", "Districts: " + PanelWords.Filters(new FactFilter { Districts = ["通州区", "海门区"] }, english: true).Split(" · ")[0]);
    }
}
