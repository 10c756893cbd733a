using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Metrics.Ingest;

/// <summary>Plain-text articles that are really HTML fragments (a blog export whose body is
/// <c>&lt;p&gt;…&lt;/p&gt;</c> after its front matter) are turned into lines of text. Only tags with
/// known HTML names are removed, so text such as a Markdown autolink <c>&lt;http://…&gt;</c> or
/// <c>a&lt;b</c> survives as written.</summary>
internal static partial class HtmlishText
{
    /// <summary>True when <paramref name="text"/> holds block-level HTML markup.</summary>
    public static bool LooksLikeHtml(string text) => BlockTag().IsMatch(text);

    /// <summary>The text with scripts, styles and comments dropped, block tags turned into line
    /// breaks, other known tags removed and character references decoded; each resulting line is
    /// trimmed and blank lines are dropped.</summary>
    public static string ToText(string text)
    {
        var stripped = Comment().Replace(text, "");
        stripped = ScriptOrStyle().Replace(stripped, "\n");
        stripped = BlockTag().Replace(stripped, "\n");
        stripped = InlineTag().Replace(stripped, "");
        stripped = WebUtility.HtmlDecode(stripped);

        var result = new StringBuilder(stripped.Length);
        foreach (var line in stripped.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                result.Append(trimmed).Append('\n');
            }
        }

        return result.ToString();
    }

    [GeneratedRegex(@"<!--.*?(?:-->|\z)", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<(?<tag>script|style|noscript|template)\b[^>]*>.*?(?:</\k<tag>\s*>|\z)", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"</?(?:p|br|div|h[1-6]|li|ul|ol|dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|caption|section|article|header|footer|aside|nav|main|figure|figcaption|blockquote|pre|hr|address|center|form|fieldset)\b[^<>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"</?(?:a|span|b|strong|i|em|u|s|strike|font|img|sup|sub|small|big|label|abbr|cite|code|mark|q|time|wbr|ins|del|[a-z]+:[a-z]+)\b[^<>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineTag();
}
