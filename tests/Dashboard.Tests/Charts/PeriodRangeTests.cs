using Dashboard.Presentation.Charts;

namespace Dashboard.Tests.Charts;

public class PeriodRangeTests
{
    [Theory]
    [InlineData("2023", PeriodInterval.Year, "2023-01-01", "2023-12-31")]
    [InlineData("2023-Q1", PeriodInterval.Quarter, "2023-01-01", "2023-03-31")]
    [InlineData("2024-Q4", PeriodInterval.Quarter, "2024-10-01", "2024-12-31")]
    [InlineData("2024-02", PeriodInterval.Month, "2024-02-01", "2024-02-29")]
    public void APeriodLabelCoversItsWholePeriod(string label, PeriodInterval interval, string first, string last)
    {
        var range = PeriodRange.Parse(label, interval);

        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), (range.First, range.Last));
        Assert.Equal(label, range.Label);
        Assert.Equal(range, PeriodRange.At(range.Position, interval));
    }

    [Theory]
    [InlineData("2023-Q5", PeriodInterval.Quarter)]
    [InlineData("2023-13", PeriodInterval.Month)]
    [InlineData("2023-02", PeriodInterval.Year)]
    [InlineData("23", PeriodInterval.Year)]
    [InlineData("2023-2", PeriodInterval.Month)]
    public void ABadLabelIsAFormatErrorNamingIt(string label, PeriodInterval interval)
    {
        var error = Assert.Throws<FormatException>(() => PeriodRange.Parse(label, interval));
        Assert.Contains(label, error.Message);
    }
}
