using System.Globalization;
using System.Text.RegularExpressions;

namespace Metrics.Ingest;

/// <summary>Reads the calendar date at the start of a date or date-time value as publishers write
/// it: <c>2021-12-31 11:38:35 +0800</c>, <c>2020-12-31T14:38:58+08:00</c>, <c>2020/3/31</c>,
/// <c>2020年3月31日</c>.</summary>
internal static partial class LooseDate
{
    /// <summary>The date as written, or null. A time zone is not applied: the date the publisher
    /// printed is the publication date, even where UTC has another day.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var match = DatePrefix().Match(value.Trim());
        return match.Success ? FromParts(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value) : null;
    }

    /// <summary>A date from its year, month and day digits, or null when they name no day
    /// (<c>2021-02-30</c>).</summary>
    public static DateOnly? FromParts(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return new DateOnly(y, m, d);
    }

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:[-/.](?<m>[0-9]{1,2})[-/.](?<d>[0-9]{1,2})(?=$|[T\s_])|\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*[日号])", RegexOptions.CultureInvariant)]
    private static partial Regex DatePrefix();
}
