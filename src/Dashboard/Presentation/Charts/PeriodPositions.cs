namespace Dashboard.Presentation.Charts;

/// <summary>
/// Maps periods to x coordinates: one unit per period, consecutive periods on consecutive
/// integers (a year is its number, a quarter <c>year*4 + q-1</c>, a month <c>year*12 + m-1</c>),
/// so a bar of width 0.8 centred on its position never touches its neighbours, and zooming stays
/// linear in time.
/// </summary>
public static class PeriodPositions
{
    /// <summary>Number of periods in one year.</summary>
    public static int PerYear(PeriodInterval interval) => interval switch
    {
        PeriodInterval.Year => 1,
        PeriodInterval.Quarter => 4,
        PeriodInterval.Month => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, null),
    };

    /// <summary>Position of the period that contains <paramref name="date"/>.</summary>
    public static int ToPosition(DateOnly date, PeriodInterval interval) => interval switch
    {
        PeriodInterval.Year => date.Year,
        PeriodInterval.Quarter => (date.Year * 4) + ((date.Month - 1) / 3),
        PeriodInterval.Month => (date.Year * 12) + (date.Month - 1),
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, null),
    };

    /// <summary>First day of the period at <paramref name="position"/>, or null outside years 1-9999.</summary>
    public static DateOnly? FromPosition(int position, PeriodInterval interval)
    {
        var perYear = PerYear(interval);
        var year = Math.DivRem(position, perYear, out var index);
        if (year is < 1 or > 9999 || index < 0)
        {
            return null;
        }

        return new DateOnly(year, 1 + (index * 12 / perYear), 1);
    }
}
