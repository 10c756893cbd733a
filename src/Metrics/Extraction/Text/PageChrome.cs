using System.Text.RegularExpressions;

namespace Metrics.Extraction.Text;

/// <summary>
/// Lines of a scraped page that are its machinery, not its story: a CMS property line
/// (<c>2023-11-29 今年签约47个重大项目 1 1 南通日报 content_156359.html 1 3 /enpproperty--&gt;</c>)
/// repeats the headline with the page's date and would give its figures twice.
/// </summary>
internal static partial class PageChrome
{
    public static bool IsChrome(string text, TextLine line) =>
        line.ContentEnd > line.ContentStart && ChromeMarks().IsMatch(text.AsSpan(line.ContentStart, line.ContentEnd - line.ContentStart));

    // An HTML comment's edge, or a page file name written bare (content_156359.html).
    [GeneratedRegex(@"<!--|-->|(?<![/:.\w])[A-Za-z][A-Za-z0-9_\-]*\.(?:s?html?|jsp|php|aspx?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ChromeMarks();
}
