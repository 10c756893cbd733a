using Metrics.Facts;

namespace Metrics.Extraction.Dates;

/// <summary>The span a calendar expression covers once its year and month are known.</summary>
internal static class CalendarSpans
{
    /// <summary>
    /// The span of <paramref name="syntax"/> in <paramref name="year"/> (and, for months and
    /// days, <paramref name="month"/>); null when it does not exist (<c>2月30日</c>).
    /// </summary>
    public static ResolvedSpan? At(CalendarSyntax syntax, int year, int month)
    {
        if (year is < 1 or > 9998)
        {
            return null;
        }

        return syntax.Unit switch
        {
            CalendarUnit.Year => Year(year, syntax.Part),
            // 上半年 (D12) is dated by its end, 2023-Q2: precision quarter.
            CalendarUnit.Half => Months(year, syntax.First == 1 ? 1 : 7, syntax.First == 1 ? 6 : 12, DatePrecision.Quarter),
            CalendarUnit.Quarter => Quarters(year, syntax.First, syntax.Last, syntax.Part),
            CalendarUnit.Month => MonthRun(year, month, month + (syntax.Last - syntax.First), syntax.Part),
            _ => Day(year, month, syntax.First),
        };
    }

    /// <summary>The whole quarter with index <paramref name="quarterIndex"/> = year × 4 + (quarter − 1).</summary>
    public static ResolvedSpan Quarter(int quarterIndex)
    {
        var year = quarterIndex / 4;
        var first = ((quarterIndex % 4) * 3) + 1;
        return Months(year, first, first + 2, DatePrecision.Quarter);
    }

    /// <summary>The last day of a month.</summary>
    public static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    // 年初 (D6, D7): Jan–Feb, and the gold writes it as the first quarter. 年底 (D34): December.
    private static ResolvedSpan Year(int year, UnitPart part) => part switch
    {
        UnitPart.Early => new(new DateOnly(year, 1, 1), EndOfMonth(year, 2), DatePrecision.Quarter),
        UnitPart.Middle => new(new DateOnly(year, 6, 1), new DateOnly(year, 7, 31), DatePrecision.Year),
        UnitPart.Late => Months(year, 12, 12, DatePrecision.Month),
        _ => Months(year, 1, 12, DatePrecision.Year),
    };

    // 前三季度 (D39) is quarters 1..3; 一季度末 is March.
    private static ResolvedSpan Quarters(int year, int first, int last, UnitPart part)
    {
        var firstMonth = (first * 3) - 2;
        var lastMonth = last * 3;
        return part switch
        {
            UnitPart.Early => Months(year, firstMonth, firstMonth, DatePrecision.Month),
            UnitPart.Late => Months(year, lastMonth, lastMonth, DatePrecision.Month),
            _ => Months(year, firstMonth, lastMonth, DatePrecision.Quarter),
        };
    }

    // 7月上旬 (D19): 1–10; 6月下旬 (D20): 21–30; 月底 (D21): 21 to the end.
    private static ResolvedSpan? MonthRun(int year, int first, int last, UnitPart part)
    {
        if (first < 1 || last > 12 || last < first)
        {
            return null;
        }

        var end = EndOfMonth(year, last);
        return part switch
        {
            UnitPart.FirstTen or UnitPart.Early => new(new DateOnly(year, first, 1), new DateOnly(year, first, 10), DatePrecision.Month),
            UnitPart.MiddleTen or UnitPart.Middle => new(new DateOnly(year, first, 11), new DateOnly(year, first, 20), DatePrecision.Month),
            UnitPart.LastTen or UnitPart.Late => new(new DateOnly(year, first, 21), end, DatePrecision.Month),
            _ => new(new DateOnly(year, first, 1), end, DatePrecision.Month),
        };
    }

    private static ResolvedSpan? Day(int year, int month, int day) =>
        month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            ? null
            : new ResolvedSpan(new DateOnly(year, month, day), new DateOnly(year, month, day), DatePrecision.Day);

    private static ResolvedSpan Months(int year, int first, int last, DatePrecision precision) =>
        new(new DateOnly(year, first, 1), EndOfMonth(year, last), precision);
}
