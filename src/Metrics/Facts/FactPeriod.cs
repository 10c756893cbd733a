using System.Globalization;

namespace Metrics.Facts;

/// <summary>The days a fact's date covers, and the period keys the series query groups by.</summary>
/// <param name="Start">First day (2023-Q1 → 2023-01-01).</param>
/// <param name="End">Last day (2023-Q1 → 2023-03-31).</param>
/// <param name="Year">The year.</param>
/// <param name="Quarter">1–4 when the date is quarter-precise or finer.</param>
/// <param name="Month">1–12 when the date is month-precise or finer.</param>
public sealed record FactPeriod(DateOnly Start, DateOnly End, int Year, int? Quarter, int? Month)
{
    /// <summary>Reads <c>2023-02-11</c>, <c>2023-02</c>, <c>2023-Q1</c> or <c>2023</c>; null for null or anything else.</summary>
    public static FactPeriod? Parse(string? date)
    {
        if (date is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new FactPeriod(day, day, day.Year, QuarterOf(day.Month), day.Month);
        }

        if (DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return new FactPeriod(month, month.AddMonths(1).AddDays(-1), month.Year, QuarterOf(month.Month), month.Month);
        }

        if (date.Length == 7 && date[4..6] == "-Q" && date[6] is >= '1' and <= '4'
            && int.TryParse(date[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var quarterYear) && quarterYear >= 1)
        {
            var quarter = date[6] - '0';
            var start = new DateOnly(quarterYear, (quarter - 1) * 3 + 1, 1);
            return new FactPeriod(start, start.AddMonths(3).AddDays(-1), quarterYear, quarter, null);
        }

        if (date.Length == 4 && int.TryParse(date, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            return new FactPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year, null, null);
        }

        return null;
    }

    /// <summary>The precision of the date string <see cref="Parse"/> accepted.</summary>
    public DatePrecision Precision => Month is not null ? (Start == End ? DatePrecision.Day : DatePrecision.Month)
        : Quarter is not null ? DatePrecision.Quarter
        : DatePrecision.Year;

    /// <summary>True when every day of <paramref name="other"/> lies in this period.</summary>
    public bool Contains(FactPeriod other) => Start <= other.Start && other.End <= End;

    private static int QuarterOf(int month) => (month - 1) / 3 + 1;
}
