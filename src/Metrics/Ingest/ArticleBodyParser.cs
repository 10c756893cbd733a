using System.Text.RegularExpressions;

namespace Metrics.Ingest;

/// <summary>Parses an article text by its format: front matter and stray HTML for txt/md, the page
/// for html; then, when the file names no date, looks for one printed near the top of the text.</summary>
internal static partial class ArticleBodyParser
{
    /// <summary>The text proper and what it says about itself.</summary>
    /// <param name="text">Text with <c>\n</c> line endings and no byte-order mark.</param>
    /// <param name="format">A canonical name from <see cref="ArticleFormats"/>.</param>
    public static ArticleBody Parse(string text, string format)
    {
        var body = format == ArticleFormats.Html ? FromHtml(text) : FromPlain(text, format);
        if (body.Published is null && TextDateFinder.Find(body.Text) is { } printed)
        {
            body = body with { Published = printed, PublishedSource = PublishedDateSource.Text };
        }

        return body;
    }

    private static ArticleBody FromHtml(string text)
    {
        var page = HtmlPageReader.Read(text);
        return new ArticleBody
        {
            Text = page.Text,
            Title = page.Title,
            Published = page.Published,
            PublishedSource = page.Published is null ? PublishedDateSource.None : PublishedDateSource.HtmlMeta,
            Publisher = page.Publisher,
            Url = page.Url,
            EmptyReason = "no text in the HTML page",
        };
    }

    private static ArticleBody FromPlain(string text, string format)
    {
        var (frontMatter, rest) = FrontMatterParser.Split(text);
        var emptyReason = frontMatter is null ? "no article text" : "no article text after the front matter";
        if (HtmlishText.LooksLikeHtml(rest))
        {
            rest = HtmlishText.ToText(rest);
            emptyReason = "no text left once the HTML tags are removed";
        }

        var title = frontMatter?.Title;
        if (title is null && format == ArticleFormats.Md && MarkdownHeading().Match(rest) is { Success: true } heading)
        {
            title = heading.Groups["title"].Value;
        }

        return new ArticleBody
        {
            Text = rest,
            Title = title,
            Published = frontMatter?.Date,
            PublishedSource = frontMatter?.Date is null ? PublishedDateSource.None : PublishedDateSource.FrontMatter,
            Publisher = frontMatter?.Publisher,
            Url = frontMatter?.Url,
            Categories = frontMatter?.Categories ?? [],
            Tags = frontMatter?.Tags ?? [],
            EmptyReason = emptyReason,
        };
    }

    // The first level-one ATX heading: "# 标题" (closing #s allowed).
    [GeneratedRegex(@"^#[ \t]+(?<title>.*?\S)[ \t]*#*[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex MarkdownHeading();
}
