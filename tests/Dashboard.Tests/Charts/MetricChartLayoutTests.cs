using Dashboard.Presentation.Charts;

namespace Dashboard.Tests.Charts;

public class MetricChartLayoutTests
{
    // 100 pixels per period, y pixels growing downwards from 400 at zero, 10 pixels per 亿元.
    private static (double X, double Y) ToPixel(double x, double y) => ((x - 2020) * 100, 400 - (y * 10));

    [Fact]
    public void EveryImageOfAResultSharesOneLayoutPerKind()
    {
        var result = SampleSeries.InvestmentByYear();

        var bars = MetricChartLayout.Of(result, MetricChartKind.Bars);
        var lines = MetricChartLayout.Of(result, MetricChartKind.Lines);

        Assert.Same(bars, MetricChartLayout.Of(result, MetricChartKind.Bars));
        Assert.Same(lines, MetricChartLayout.Of(result, MetricChartKind.Lines));
        Assert.NotSame(bars, lines);
        Assert.Equal(bars, MetricChartLayout.Of(SampleSeries.InvestmentByYear(), MetricChartKind.Bars));
        Assert.All(lines, p => Assert.Equal(0, p.Width));
    }

    [Fact]
    public void APointerOnABarHitsThatBarAndNotItsNeighbour()
    {
        var points = MetricChartLayout.Of(SampleSeries.InvestmentByYear(), MetricChartKind.Bars);

        // 2021: 通州区 from x 60 to 100 (25 亿元, top at y 150); 海门区 from 100 to 140.
        var tongzhou = MetricChartLayout.Hit(points, (80, 300), ToPixel);
        var haimen = MetricChartLayout.Hit(points, (120, 300), ToPixel);

        Assert.Equal(("通州区", "2021", 2_500_000_000L, 2), (tongzhou?.District, tongzhou?.Period, tongzhou?.Value, tongzhou?.Facts));
        Assert.Equal(("海门区", "2021", true), (haimen?.District, haimen?.Period, haimen?.LowerBound));
    }

    [Fact]
    public void ABarAloneInItsPeriodIsCentredOnIt()
    {
        var points = MetricChartLayout.Of(SampleSeries.InvestmentByYear(), MetricChartKind.Bars);

        Assert.Equal(2023, points.Single(p => p.Period == "2023").X, 6);
        Assert.Equal(2022, points.Single(p => p.Period == "2022").X, 6);
        Assert.All(points, p => Assert.Equal(0.4, p.Width, 6));
    }

    [Fact]
    public void APointerAboveABarOrInTheGapHitsNothing()
    {
        var points = MetricChartLayout.Of(SampleSeries.InvestmentByYear(), MetricChartKind.Bars);

        Assert.Null(MetricChartLayout.Hit(points, (80, 100), ToPixel));
        Assert.Null(MetricChartLayout.Hit(points, (150, 390), ToPixel));
    }

    [Fact]
    public void LinesHitTheNearestMarkerWithinReach()
    {
        var points = MetricChartLayout.Of(SampleSeries.InvestmentByYear(), MetricChartKind.Lines);

        var hit = MetricChartLayout.Hit(points, (105, 155), ToPixel);

        Assert.Equal(("通州区", "2021"), (hit?.District, hit?.Period));
        Assert.Null(MetricChartLayout.Hit(points, (150, 155), ToPixel));
    }
}
