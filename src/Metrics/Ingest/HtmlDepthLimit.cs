using System.Text;

namespace Metrics.Ingest;

/// <summary>
/// Caps how deep the elements of a page nest before the HTML parser sees it. The parser's tree
/// builder looks down the stack of open elements at every start tag (a &lt;div&gt; closes an open
/// &lt;p&gt; first), so 100,000 nested elements cost it 10^10 steps; a page nested deeper than
/// <see cref="MaxDepth"/> keeps its text and loses only the tags beyond that depth, as browsers
/// attach elements past their own limit to the last element within it. Linear in the page.
/// </summary>
internal static class HtmlDepthLimit
{
    /// <summary>As deep as Chromium's parser nests (it stops at 512); real pages stay far below.</summary>
    public const int MaxDepth = 512;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    // Elements whose end tag may be left out (<p>, <li>, <td>...): a new one closes the last, so they do not nest deep.
    private static readonly HashSet<string> OptionalEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "rtc", "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body",
    };

    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp" };

    /// <summary>The page itself when it nests no deeper than <see cref="MaxDepth"/>; else the page without the tags beyond it.</summary>
    public static string Apply(string html) => Rewrite(html, write: false) is null ? html : Rewrite(html, write: true)!;

    // One pass over the tags: without write, null when the page is shallow enough (and "" otherwise);
    // with write, the page without the tags opened or closed beyond MaxDepth.
    private static string? Rewrite(string html, bool write)
    {
        var output = write ? new StringBuilder(html.Length) : null;
        var depth = 0;
        var deep = false;
        var copied = 0;
        var i = html.IndexOf('<');
        while (i >= 0 && i + 1 < html.Length)
        {
            var end = TagEnd(html, i, out var name, out var closing, out var selfClosing);
            if (end < 0)
            {
                i = html.IndexOf('<', i + 1);
                continue;
            }

            var resume = end;
            var drop = false;
            if (name is not null && !OptionalEnd.Contains(name))
            {
                if (closing)
                {
                    drop = depth > MaxDepth;
                    depth = Math.Max(0, depth - 1);
                }
                else if (!selfClosing && !VoidElements.Contains(name))
                {
                    depth++;
                    drop = depth > MaxDepth;
                    deep |= drop;
                    if (RawTextElements.Contains(name))
                    {
                        // Its text is no markup: read on from its end tag, and keep the element whole.
                        var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                        resume = close < 0 ? html.Length : close;
                        drop = false;
                    }
                }
            }

            if (drop && output is not null)
            {
                output.Append(html, copied, i - copied);
                copied = end;
            }

            i = resume < html.Length ? html.IndexOf('<', resume) : -1;
        }

        if (!deep)
        {
            return null;
        }

        return output?.Append(html, copied, html.Length - copied).ToString() ?? "";
    }

    /// <summary>The offset after the tag, comment or declaration opening at <paramref name="at"/>, or -1 when none opens there.</summary>
    private static int TagEnd(string html, int at, out string? name, out bool closing, out bool selfClosing)
    {
        (name, closing, selfClosing) = (null, false, false);
        if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        var j = at + 1;
        closing = j < html.Length && html[j] == '/';
        if (closing)
        {
            j++;
        }

        if (j >= html.Length || !(char.IsAsciiLetter(html[j]) || (!closing && html[j] is '!' or '?')))
        {
            closing = false;
            return -1;
        }

        var nameStart = j;
        while (j < html.Length && !char.IsWhiteSpace(html[j]) && html[j] is not ('>' or '/'))
        {
            j++;
        }

        var tagName = html[nameStart..j];
        char? quote = null;
        for (; j < html.Length; j++)
        {
            var c = html[j];
            if (quote is { } open)
            {
                quote = c == open ? null : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                selfClosing = html[j - 1] == '/';
                name = char.IsAsciiLetter(tagName[0]) ? tagName : null;
                return j + 1;
            }
        }

        return html.Length;
    }
}
