using Dashboard.Presentation.Charts;
using Dashboard.Presentation.Words;
using Metrics.Queries;

namespace Dashboard.Tests.Charts;

public class ChartWordsTests
{
    [Theory]
    [InlineData(8_320_000_000, false, "83.2亿元")]
    [InlineData(48_000_000_000, true, "≥480亿元")]
    [InlineData(5_000_000, false, "0.05亿元")]
    [InlineData(123_456_789, false, "1.23亿元")]
    public void InvestmentIsShownIn100MillionYuanWithLowerBoundsMarked(long yuan, bool lowerBound, string expected)
    {
        Assert.Equal(expected, ChartWords.Value(Metric.Investment, yuan, lowerBound, ChartLanguage.Zh));
    }

    [Fact]
    public void CountsAreWholeNumbersWithTheirMeasureWord()
    {
        Assert.Equal("16个", ChartWords.Value(Metric.Projects, 16, false, ChartLanguage.Zh));
        Assert.Equal("6次", ChartWords.Value(Metric.Meetings, 6, false, ChartLanguage.Zh));
        Assert.Equal("1 meeting", ChartWords.Value(Metric.Meetings, 1, false, ChartLanguage.En));
        Assert.Equal("2019 projects", ChartWords.Value(Metric.Projects, 2019, false, ChartLanguage.En));
    }

    [Theory]
    [InlineData(Interval.Month, false, "另有 1 条事实仅知年份/季度（合计380亿元），未计入各月")]
    [InlineData(Interval.Quarter, false, "另有 1 条事实仅知年份（合计380亿元），未计入各季度")]
    [InlineData(Interval.Month, true, "另有 1 条事实仅知年份/季度或跨出所选日期范围（合计380亿元），未计入各月")]
    public void TheUnplacedNoteSaysWhatIsLeftOutAndWhy(Interval interval, bool rangeGiven, string expected)
    {
        var result = new SeriesResult(Metric.Investment, interval, "yuan", [], new UnplacedFacts(1, 38_000_000_000, false), []);

        Assert.Equal(expected, ChartWords.UnplacedNote(result, rangeGiven, ChartLanguage.Zh));
    }

    [Fact]
    public void NothingUnplacedMeansNoNote()
    {
        Assert.Null(ChartWords.UnplacedNote(SampleSeries.InvestmentByYear(), false, ChartLanguage.Zh));
    }
}
