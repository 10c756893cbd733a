using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// Makes an exported SVG carry its glyphs: the characters of its text, cut from the bundled font
/// (<see cref="FontSubset"/>), go into the file as an <c>@font-face</c> with a data URL under the
/// family name the text asks for. A machine without Noto Sans SC (or any Chinese font) then shows
/// the same characters as the PNG, and the text stays text (selectable, searchable).
/// </summary>
public sealed partial class SvgFontEmbedding(FontSubset font, string familyName)
{
    /// <summary>Adds the <c>@font-face</c> for the characters of <paramref name="svg"/>'s text elements; an SVG without text is returned as it is.</summary>
    public string Embed(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var characters = new StringBuilder();
        foreach (Match text in TextContent().Matches(svg))
        {
            characters.Append(WebUtility.HtmlDecode(text.Groups[1].Value));
        }

        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var openEnd = start < 0 ? -1 : svg.IndexOf('>', start);
        if (characters.Length == 0 || openEnd < 0)
        {
            return svg;
        }

        var used = string.Concat(characters.ToString().EnumerateRunes().Distinct().Order().Select(r => r.ToString()));
        var data = Convert.ToBase64String(font.For(used));
        var style = $"<style>@font-face{{font-family:\"{familyName}\";src:url(data:font/ttf;base64,{data}) format(\"truetype\");}}</style>";
        return svg.Insert(openEnd + 1, style);
    }

    [GeneratedRegex("<text[^>]*>([^<]*)</text>", RegexOptions.CultureInvariant)]
    private static partial Regex TextContent();
}
