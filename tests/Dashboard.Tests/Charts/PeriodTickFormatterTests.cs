using Dashboard.Presentation.Charts;

namespace Dashboard.Tests.Charts;

public class PeriodTickFormatterTests
{
    public static TheoryData<string, string, PeriodInterval, string> Labels()
    {
        var data = new TheoryData<string, string, PeriodInterval, string>();
        foreach (var culture in new[] { "zh-CN", "" })
        {
            data.Add(culture, "2020-01-15", PeriodInterval.Year, "2020");
            data.Add(culture, "2019-12-31", PeriodInterval.Year, "2019");
            data.Add(culture, "2020-03-31", PeriodInterval.Quarter, "2020-Q1");
            data.Add(culture, "2020-04-01", PeriodInterval.Quarter, "2020-Q2");
            data.Add(culture, "2020-12-31", PeriodInterval.Quarter, "2020-Q4");
            data.Add(culture, "2020-06-30", PeriodInterval.Month, "2020-06");
            data.Add(culture, "2021-11-01", PeriodInterval.Month, "2021-11");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void FormatsPeriodsLikeTheSeriesApi(string culture, string date, PeriodInterval interval, string expected)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal(expected, PeriodTickFormatter.Format(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), interval));
    }

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void WritesYearsWithoutThousandsSeparators(string culture)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal("2019", PeriodTickFormatter.FormatYear(2019));
        Assert.Equal("2019", PeriodTickFormatter.FormatPosition(2019, PeriodInterval.Year));
    }

    [Theory]
    [InlineData(PeriodInterval.Year, "2020", "2021")]
    [InlineData(PeriodInterval.Quarter, "2020-Q4", "2021-Q1")]
    [InlineData(PeriodInterval.Month, "2020-12", "2021-01")]
    public void ConsecutivePeriodsAcrossNewYearSitOnConsecutivePositions(PeriodInterval interval, string before, string after)
    {
        var position = PeriodPositions.ToPosition(new DateOnly(2020, 12, 31), interval);

        Assert.Equal(before, PeriodTickFormatter.FormatPosition(position, interval));
        Assert.Equal(after, PeriodTickFormatter.FormatPosition(position + 1, interval));
    }

    [Theory]
    [InlineData(PeriodInterval.Year, "2020-01-01")]
    [InlineData(PeriodInterval.Quarter, "2020-04-01")]
    [InlineData(PeriodInterval.Month, "2020-05-01")]
    public void APositionMapsBackToTheFirstDayOfItsPeriod(PeriodInterval interval, string expected)
    {
        var position = PeriodPositions.ToPosition(new DateOnly(2020, 5, 17), interval);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PeriodPositions.FromPosition(position, interval));
    }

    [Theory]
    [InlineData(PeriodInterval.Month, -1)]
    [InlineData(PeriodInterval.Month, 11)]
    [InlineData(PeriodInterval.Quarter, 0)]
    [InlineData(PeriodInterval.Year, 10_000)]
    public void PositionsOutsideYearsOneToNineThousandHaveNoLabel(PeriodInterval interval, int position)
    {
        Assert.Null(PeriodPositions.FromPosition(position, interval));
        Assert.Null(PeriodTickFormatter.FormatPosition(position, interval));
    }
}
