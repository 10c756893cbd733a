using System.Globalization;
using System.Text.RegularExpressions;

namespace Metrics.Extraction.English;

/// <summary>
/// A day written in English (On January 4, January 4, 2024, 4 Jan 2024, Sept. 12), resolved
/// against the publication date when it has no year: the most recent such day on or before it.
/// </summary>
internal static partial class EnglishDates
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private const string MonthName =
        @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";

    [GeneratedRegex(MonthName + @"\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)[0-9]{2}))?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\s+" + MonthName + @"(?:,?\s+(?<year>(?:19|20)[0-9]{2}))?", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    /// <summary>The first day written in <paramref name="sentence"/>, or null (also when its year cannot be known).</summary>
    public static DateOnly? FirstDay(string sentence, DateOnly? published)
    {
        var match = new[] { MonthFirst().Match(sentence), DayFirst().Match(sentence) }
            .Where(m => m.Success)
            .OrderBy(m => m.Index)
            .FirstOrDefault();
        if (match is null)
        {
            return null;
        }

        var month = Array.IndexOf(Months, match.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["year"].Success)
        {
            return Valid(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), month, day);
        }

        if (published is not { } anchor)
        {
            return null;
        }

        var candidate = Valid(anchor.Year, month, day);
        return candidate > anchor ? Valid(anchor.Year - 1, month, day) : candidate;
    }

    private static DateOnly? Valid(int year, int month, int day) =>
        day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
