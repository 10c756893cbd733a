using Dashboard.Presentation.Charts;

namespace Dashboard.Tests.Charts;

/// <summary>A metric chart's SVG frame is drawn once per result, options and size; another result (another data version) draws anew.</summary>
public class ChartFrameCacheTests
{
    [Fact]
    public void TheSameResultOptionsAndSizeAreDrawnOnce()
    {
        using var cache = new ChartFrameCache();
        var result = SampleSeries.InvestmentByYear();
        var draws = 0;

        var first = cache.GetOrDraw(result, new MetricChartOptions(), 800, 400, () => new SvgFrame($"<svg>{++draws}</svg>", 0, 1));
        var second = cache.GetOrDraw(result, new MetricChartOptions(), 800, 400, () => new SvgFrame($"<svg>{++draws}</svg>", 0, 1));

        Assert.Equal(1, draws);
        Assert.Same(first, second);
        Assert.Equal(1, cache.Drawn);
    }

    [Fact]
    public void AnEqualResultOfAnotherQueryIsDrawnAgain()
    {
        using var cache = new ChartFrameCache();
        var draws = 0;

        cache.GetOrDraw(SampleSeries.InvestmentByYear(), new MetricChartOptions(), 800, 400, () => new SvgFrame($"<svg>{++draws}</svg>", 0, 1));
        cache.GetOrDraw(SampleSeries.InvestmentByYear(), new MetricChartOptions(), 800, 400, () => new SvgFrame($"<svg>{++draws}</svg>", 0, 1));

        Assert.Equal(2, draws);
    }

    [Fact]
    public void AnotherSizeOrThemeIsAnotherFrame()
    {
        using var cache = new ChartFrameCache();
        var result = SampleSeries.InvestmentByYear();
        var draws = 0;
        SvgFrame Draw() => new($"<svg>{++draws}</svg>", 0, 1);

        cache.GetOrDraw(result, new MetricChartOptions(), 800, 400, Draw);
        cache.GetOrDraw(result, new MetricChartOptions(), 801, 400, Draw);
        cache.GetOrDraw(result, new MetricChartOptions { Theme = ChartTheme.Dark }, 800, 400, Draw);
        cache.GetOrDraw(result, new MetricChartOptions { Kind = MetricChartKind.Lines }, 800, 400, Draw);

        Assert.Equal(4, draws);
    }
}
