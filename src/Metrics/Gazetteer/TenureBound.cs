using System.Globalization;

namespace Metrics.Gazetteer;

/// <summary>
/// One end of a validity or tenure interval as the data files write it: <c>2020-07-27</c>,
/// <c>2020-07</c> or <c>2019</c>, optionally prefixed with <c>~</c> when the date is only
/// where a source attests the state (the real start may be earlier, the real end later).
/// </summary>
/// <param name="Date">The first day (for a start) or last day (for an end) of what was written.</param>
/// <param name="IsApproximate">True for a <c>~</c> bound: attested, not the real boundary.</param>
public readonly record struct TenureBound(DateOnly Date, bool IsApproximate)
{
    /// <summary>Parses a start bound: a year or month means its first day.</summary>
    public static TenureBound? ParseStart(string? text) => Parse(text, isEnd: false);

    /// <summary>Parses an end bound: a year or month means its last day.</summary>
    public static TenureBound? ParseEnd(string? text) => Parse(text, isEnd: true);

    private static TenureBound? Parse(string? text, bool isEnd)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var approximate = text[0] == '~';
        var body = approximate ? text[1..] : text;
        var parts = body.Split('-');
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var date = parts.Length switch
        {
            1 => isEnd ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1),
            2 => MonthBound(year, int.Parse(parts[1], CultureInfo.InvariantCulture), isEnd),
            3 => DateOnly.ParseExact(body, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => throw new FormatException($"'{text}' is not a date, month or year."),
        };
        return new TenureBound(date, approximate);
    }

    private static DateOnly MonthBound(int year, int month, bool isEnd) =>
        isEnd ? new DateOnly(year, month, DateTime.DaysInMonth(year, month)) : new DateOnly(year, month, 1);
}
