using Metrics.Queries;

namespace Dashboard.Presentation.Charts;

/// <summary>Maps the query layer's <see cref="Interval"/> to the chart axis's <see cref="PeriodInterval"/>.</summary>
public static class ChartIntervals
{
    /// <summary>The axis interval of a series interval.</summary>
    public static PeriodInterval ToPeriodInterval(this Interval interval) => interval switch
    {
        Interval.Year => PeriodInterval.Year,
        Interval.Quarter => PeriodInterval.Quarter,
        Interval.Month => PeriodInterval.Month,
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, null),
    };

    /// <summary>
    /// The axis position of a <c>/api/series</c> period label (<c>2023</c>, <c>2023-Q1</c>, <c>2023-02</c>).
    /// </summary>
    /// <exception cref="FormatException">The label is not a period of <paramref name="interval"/>.</exception>
    public static int PositionOf(string period, PeriodInterval interval) =>
        PeriodRange.Parse(period, interval).Position;
}
