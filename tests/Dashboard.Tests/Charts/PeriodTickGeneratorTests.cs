using Dashboard.Presentation.Charts;

namespace Dashboard.Tests.Charts;

public class PeriodTickGeneratorTests
{
    // A label is 7 px per character: "2020-06" is 49 px, "2020" 28 px.
    private static float Measure(string label) => label.Length * 7f;

    private static List<string> Labels(IEnumerable<PeriodTick> ticks) =>
        [.. ticks.Where(t => t.IsMajor).OrderBy(t => t.Position).Select(t => t.Label!)];

    private static (double Min, double Max) Months(int year, int month, int count)
    {
        var first = PeriodPositions.ToPosition(new DateOnly(year, month, 1), PeriodInterval.Month);
        return (first - 0.5, first + count - 0.5);
    }

    [Fact]
    public void AShortSpanLabelsEveryMonth()
    {
        var (min, max) = Months(2020, 1, 6);

        var ticks = PeriodTickGenerator.Choose(min, max, PeriodInterval.Month, 800, Measure);

        Assert.Equal(["2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06"], Labels(ticks));
        Assert.DoesNotContain(ticks, t => !t.IsMajor);
    }

    [Fact]
    public void ACrowdedSpanLabelsFewerMonthsAlignedToTheCalendarWithMinorTicksBetween()
    {
        var (min, max) = Months(2020, 2, 24);

        var ticks = PeriodTickGenerator.Choose(min, max, PeriodInterval.Month, 400, Measure);

        Assert.Equal(["2020-07", "2021-01", "2021-07", "2022-01"], Labels(ticks));
        Assert.Equal(20, ticks.Count(t => !t.IsMajor));
    }

    [Fact]
    public void ALongSpanIsLabelledByYears()
    {
        var (min, max) = Months(2015, 1, 120);

        var ticks = PeriodTickGenerator.Choose(min, max, PeriodInterval.Month, 800, Measure);

        Assert.Equal(["2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024"], Labels(ticks));
        Assert.All(ticks.Where(t => t.IsMajor), t => Assert.Equal(1, PeriodPositions.FromPosition(t.Position, PeriodInterval.Month)!.Value.Month));
    }

    [Fact]
    public void QuartersAreLabelledWithTheirNumber()
    {
        var first = PeriodPositions.ToPosition(new DateOnly(2020, 1, 1), PeriodInterval.Quarter);

        var ticks = PeriodTickGenerator.Choose(first - 0.5, first + 5.5, PeriodInterval.Quarter, 800, Measure);

        Assert.Equal(["2020-Q1", "2020-Q2", "2020-Q3", "2020-Q4", "2021-Q1", "2021-Q2"], Labels(ticks));
    }

    [Fact]
    public void CrowdedYearsStepByTwoFromEvenYears()
    {
        var ticks = PeriodTickGenerator.Choose(1990.5, 2030.5, PeriodInterval.Year, 1000, Measure);

        Assert.Equal(Enumerable.Range(0, 20).Select(i => (1992 + (2 * i)).ToString(System.Globalization.CultureInfo.InvariantCulture)), Labels(ticks));
    }

    [Theory]
    [InlineData(-10, 10)]
    [InlineData(200_000, 300_000)]
    public void RangesOutsideTheCalendarHaveNoTicks(double min, double max)
    {
        Assert.Empty(PeriodTickGenerator.Choose(min, max, PeriodInterval.Month, 800, Measure));
    }

    [Fact]
    public void AnInvertedRangeGetsTheSameTicks()
    {
        var (min, max) = Months(2020, 1, 6);

        Assert.Equal(
            PeriodTickGenerator.Choose(min, max, PeriodInterval.Month, 800, Measure),
            PeriodTickGenerator.Choose(max, min, PeriodInterval.Month, 800, Measure));
    }
}
