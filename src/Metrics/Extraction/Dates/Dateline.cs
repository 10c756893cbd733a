using System.Text.RegularExpressions;

namespace Metrics.Extraction.Dates;

/// <summary>
/// A news dateline at the top of the text (本报讯 3月6日讯, 南通日报2024年3月6日讯, 北京2月2日电) says
/// the day the story was written: its 昨日 and 今天 count from that day, also when the page that
/// carries it was published days later.
/// </summary>
internal static partial class Dateline
{
    private const int TopLength = 300;

    private const int MaxDaysBeforePublication = 31;

    /// <summary>The dateline's day when it is at most a month before <paramref name="published"/>, or null (also for an undated page).</summary>
    public static DateOnly? Anchor(string text, DateOnly? published)
    {
        if (published is not { } page)
        {
            return null;
        }

        var top = text.Length > TopLength ? text[..TopLength] : text;
        var match = DatelinePattern().Match(top);
        if (!match.Success)
        {
            return null;
        }

        var month = int.Parse(match.Groups["month"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : page.Year - (month > page.Month ? 1 : 0);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year.Value, month))
        {
            return null;
        }

        var date = new DateOnly(year.Value, month, day);
        return date <= page && page.DayNumber - date.DayNumber <= MaxDaysBeforePublication ? date : null;
    }

    [GeneratedRegex(@"(?:(?<year>\d{4})年)?(?<month>\d{1,2})月(?<day>\d{1,2})日(?:讯|电)")]
    private static partial Regex DatelinePattern();
}
