using Metrics.Facts;

namespace Metrics.Extraction.Dates;

/// <summary>
/// A news dateline at the top of the text (本报讯 3月6日讯, 南通日报2024年3月6日讯, 北京2月2日电) says
/// the day the story was written: its 昨日 and 今天 count from that day, also when the page that
/// carries it was published days later.
/// </summary>
internal static class Dateline
{
    private const int TopLength = 300;

    private const int MaxDaysBeforePublication = 31;

    /// <summary>
    /// The day of the dateline among <paramref name="dates"/> (found against <paramref name="published"/>)
    /// when it is before the page's date by at most a month; null for none, and for an undated page.
    /// </summary>
    public static DateOnly? Anchor(string text, IReadOnlyList<DateMention> dates, DateOnly? published)
    {
        if (published is not { } page)
        {
            return null;
        }

        foreach (var date in dates)
        {
            if (date.Start >= TopLength)
            {
                break;
            }

            if (IsDateline(text, date) && date.RangeStart is { } day)
            {
                return day < page && page.DayNumber - day.DayNumber <= MaxDaysBeforePublication ? day : null;
            }
        }

        return null;
    }

    /// <summary>北京2月2日电, 3月6日讯: a day at the top of the text that stamps the story rather than dating an event.</summary>
    public static bool IsDateline(string text, DateMention date)
    {
        var end = date.Start + date.Length;
        return date.Start < TopLength && date.Precision == DatePrecision.Day && end < text.Length && text[end] is '讯' or '电';
    }
}
