using System.Text.RegularExpressions;

namespace Dashboard.Components.Pages.Articles;

/// <summary>How a run of an article's text is shown: as it is, hidden, or as a heading of a level.</summary>
internal readonly record struct TextLook(bool Hidden, int HeadingLevel)
{
    public static readonly TextLook Plain = new(false, 0);

    /// <summary>The CSS class of the run; null for plain text.</summary>
    public string? CssClass => Hidden ? "article-hidden" : HeadingLevel > 0 ? $"article-heading article-h{HeadingLevel}" : null;
}

/// <summary>
/// Reads a scraped article for the view only: Markdown heading marks (<c>#</c>, <c>##</c>) make
/// their line a heading and are hidden; share-button lines (官方微信, 官方微博, 分享到…) are hidden;
/// a run of blank lines shows as one. Nothing is removed: hidden text stays in the page (not drawn),
/// so the stored text, the evidence offsets and a selection's offsets are those of the article.
/// </summary>
internal static partial class ArticleTextLayout
{
    /// <summary>The look of every character of <paramref name="text"/>.</summary>
    public static TextLook[] Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var looks = new TextLook[text.Length];
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var line = text[lineStart..lineEnd];
            if (ShareButtons().IsMatch(line))
            {
                // The line and its line break.
                Fill(looks, lineStart, Math.Min(text.Length, lineEnd + 1), new TextLook(true, 0));
            }
            else if (Heading().Match(line) is { Success: true } heading)
            {
                var level = heading.Groups[1].Length;
                var textStart = lineStart + heading.Groups[2].Index;
                Fill(looks, lineStart, textStart, new TextLook(true, 0));
                Fill(looks, textStart, lineStart + line.TrimEnd().Length, new TextLook(false, level));
            }

            lineStart = lineEnd + 1;
        }

        CollapseBlankLines(text, looks);
        return looks;
    }

    // Leading and trailing blank lines go; between paragraphs at most one blank line shows (two line breaks).
    private static void CollapseBlankLines(string text, TextLook[] looks)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsBlankOrHidden(text, looks, i))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && IsBlankOrHidden(text, looks, end))
            {
                end++;
            }

            var allowed = i == 0 || end == text.Length ? 0 : 2;
            var shown = 0;
            for (var k = i; k < end; k++)
            {
                if (text[k] == '\n' && !looks[k].Hidden && ++shown > allowed)
                {
                    looks[k] = new TextLook(true, 0);
                }
            }

            i = end;
        }
    }

    private static bool IsBlankOrHidden(string text, TextLook[] looks, int i) =>
        looks[i].Hidden || text[i] is '\n' or '\r' or ' ' or '\t' or '\u3000' or '\u00A0';

    private static void Fill(TextLook[] looks, int start, int end, TextLook look) => Array.Fill(looks, look, start, Math.Max(0, end - start));

    [GeneratedRegex(@"^[ \t\u3000]*(官方微信|官方微博|微信|微博|分享到.{0,8}|返回顶部|扫一扫.{0,10}|【打印此页】.{0,12}|【关闭窗口】)[ \t\u3000\r]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ShareButtons();

    [GeneratedRegex(@"^(#{1,6})[ \t\u3000]+(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();
}
