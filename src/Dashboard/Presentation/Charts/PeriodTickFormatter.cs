using System.Globalization;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// Period labels for axes and tooltips, the same text as the <c>period</c> field of
/// <c>/api/series</c>: <c>2020</c>, <c>2020-Q1</c>, <c>2020-06</c>. Culture-invariant on purpose:
/// ScottPlot's defaults print <c>01/01/2021</c> or <c>2,019</c>.
/// </summary>
public static class PeriodTickFormatter
{
    /// <summary>Label of the period of width <paramref name="interval"/> that contains <paramref name="date"/>.</summary>
    public static string Format(DateOnly date, PeriodInterval interval) => interval switch
    {
        PeriodInterval.Year => FormatYear(date.Year),
        PeriodInterval.Quarter => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-Q{((date.Month - 1) / 3) + 1}"),
        PeriodInterval.Month => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}"),
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, null),
    };

    /// <summary>A year alone, as used when a long span is labelled by years only.</summary>
    public static string FormatYear(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Label of the period at an axis <paramref name="position"/> (see <see cref="PeriodPositions"/>), or null outside years 1-9999.</summary>
    public static string? FormatPosition(int position, PeriodInterval interval) =>
        PeriodPositions.FromPosition(position, interval) is { } date ? Format(date, interval) : null;
}
