using Metrics.Queries;

namespace Dashboard.Presentation.Parameters;

/// <summary>
/// How much time a chart, table or series may span, in one place: every page, panel and API that
/// draws a range reads its <c>from</c>/<c>to</c> through here. The data run from 2015; the limits
/// leave that and a decade either way, and keep a wild link (<c>from=1901&amp;to=9999</c>) from
/// drawing thousands of empty periods.
/// </summary>
internal static class SpanLimits
{
    /// <summary>No date before 1 January of this year is drawn.</summary>
    public const int EarliestYear = 1990;

    /// <summary>No date after 31 December of this many years from now is drawn (plans reach a few years ahead).</summary>
    public const int YearsAhead = 10;

    /// <summary>The longest range a yearly chart or table may span, in years.</summary>
    public const int MaxYearsByYear = 30;

    /// <summary>The longest range a quarterly chart may span, in years (80 quarters).</summary>
    public const int MaxYearsByQuarter = 20;

    /// <summary>The longest range a monthly chart may span, in years (180 months).</summary>
    public const int MaxYearsByMonth = 15;

    /// <summary>The latest year a range may reach, as of <paramref name="clock"/>.</summary>
    public static int LatestYear(TimeProvider clock) => clock.GetLocalNow().Year + YearsAhead;

    /// <summary>The longest span allowed at <paramref name="interval"/>, in years.</summary>
    public static int MaxYears(Interval interval) => interval switch
    {
        Interval.Month => MaxYearsByMonth,
        Interval.Quarter => MaxYearsByQuarter,
        _ => MaxYearsByYear,
    };

    /// <summary>Checks dates given as <c>from</c> and <c>to</c>; either may be open (the data's own start or end).</summary>
    /// <exception cref="ApiParameterException">A date outside the years allowed, or a range longer than the interval allows.</exception>
    public static void Check(DateOnly? from, DateOnly? to, Interval interval, TimeProvider clock)
    {
        var latest = LatestYear(clock);
        foreach (var (name, date) in new[] { ("from", from), ("to", to) })
        {
            if (date is { } d && (d.Year < EarliestYear || d.Year > latest))
            {
                throw ApiParameterException.OutsideYears(name, d.Year, EarliestYear, latest);
            }
        }

        if (from is { } start && to is { } end && end >= start.AddYears(MaxYears(interval)))
        {
            throw ApiParameterException.SpanTooLong(interval, MaxYears(interval));
        }
    }

    /// <summary>Checks calendar years given as <c>from</c> and <c>to</c> (<c>/districts</c>), both known.</summary>
    public static void CheckYears(int from, int to, TimeProvider clock) =>
        Check(new DateOnly(from, 1, 1), new DateOnly(to, 12, 31), Interval.Year, clock);
}
