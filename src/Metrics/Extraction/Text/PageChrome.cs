using System.Text.RegularExpressions;

namespace Metrics.Extraction.Text;

/// <summary>
/// Lines of a scraped page that are its machinery, not its story: a CMS property line
/// (<c>2023-11-29 今年签约47个重大项目 1 1 南通日报 content_156359.html 1 3 /enpproperty--&gt;</c>)
/// repeats the headline with the page's date and would give its figures twice; the links to other
/// stories (<c>相关新闻</c>, <c>上一篇:</c>, <c>· 我市召开一季度重大项目观摩会 2023-04-12</c>) tell of other days
/// and other districts. The footer stays: its 主办单位 and 版权所有 name the site's district.
/// </summary>
internal static partial class PageChrome
{
    /// <summary>Which of <paramref name="lines"/> are chrome: each such line, and 相关新闻 with the short headlines under it up to the first line of prose.</summary>
    public static bool[] Mark(string text, IReadOnlyList<TextLine> lines)
    {
        var chrome = new bool[lines.Count];
        var inLinkList = false;
        for (var k = 0; k < lines.Count; k++)
        {
            Budget.ExtractionBudget.Step();
            var line = lines[k];
            inLinkList = OpensLinkList(text, line) || (inLinkList && (line.IsBlank || IsLinkListItem(text, line)));
            chrome[k] = inLinkList || IsChrome(text, line);
        }

        return chrome;
    }

    private static bool IsChrome(string text, TextLine line) =>
        line.ContentEnd > line.ContentStart && ChromeLine().IsMatch(Content(text, line));

    // How long a link list's heading may run (【相關新聞】).
    private const int HeadingLength = 12;

    /// <summary>相关新闻, also in traditional script or in brackets (【相關新聞】).</summary>
    private static bool OpensLinkList(string text, TextLine line)
    {
        var content = Content(text, line);
        if (content.IsEmpty || content.Length > HeadingLength)
        {
            return false;
        }

        Span<char> folded = stackalloc char[content.Length];
        for (var i = 0; i < content.Length; i++)
        {
            folded[i] = Numbers.HanFold.Fold(content[i]);
        }

        return LinkListHeading().IsMatch(folded.Trim("【】[]〖〗"));
    }

    // How long a linked headline may run.
    private const int LinkLength = 60;

    // A line of a link list: a short headline, bulleted or with no sentence end (the list ends where prose starts again).
    private static bool IsLinkListItem(string text, TextLine line) =>
        line.ContentEnd - line.ContentStart <= LinkLength && (!line.ReadsAsProse || Bullets.Contains(text[line.ContentStart]));

    private const string Bullets = "·•●▪◆►▶";

    private static ReadOnlySpan<char> Content(string text, TextLine line) => text.AsSpan(line.ContentStart, line.ContentEnd - line.ContentStart);

    // An HTML comment's edge; a page file name written bare (content_156359.html); a link to the story before or after;
    // a bulleted headline with its date; the footer's marks.
    [GeneratedRegex(
        @"<!--|-->|(?<![/:.\w])[A-Za-z][A-Za-z0-9_\-]*\.(?:s?html?|jsp|php|aspx?)\b"
        + @"|^(?:上一篇|下一篇|上一条|下一条|上一页|下一页)\s*[:：]"
        + "|^[" + Bullets + @"]\s*\S.{0,80}?\s*[(\[（【]?20\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?[)\]）】]?$"
        + @"|【打印本页】|【关闭窗口】|【打印】|【关闭】",
        RegexOptions.CultureInvariant)]
    private static partial Regex ChromeLine();

    [GeneratedRegex(@"^(?:相关新闻|相关阅读|相关链接|相关文章|相关报道|推荐阅读|延伸阅读|热点新闻|热门新闻|热门文章|热门推荐|猜你喜欢|更多新闻|最新新闻|往期回顾|往期推荐|往期精彩|精彩推荐|热文推荐|相关推荐)\s*[:：]?$", RegexOptions.CultureInvariant)]
    private static partial Regex LinkListHeading();
}
