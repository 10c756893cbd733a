using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Metrics.Ingest;

/// <summary>Reads an HTML page with AngleSharp's HTML5 parser, which recovers from malformed markup
/// the way browsers do instead of throwing.</summary>
internal static class HtmlPageReader
{
    // Meta names that carry a publication date, most specific first.
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "datePublished",
        "pubdate", "publishdate", "publish_date", "publication_date", "PubDate", "dc.date.issued",
        "dcterms.issued", "dc.date", "date",
    ];

    private static readonly string[] PublisherKeys = ["og:site_name", "ContentSource"];

    /// <summary>The page's text and metadata.</summary>
    public static HtmlPage Read(string html)
    {
        var document = new HtmlParser().ParseDocument(HtmlDepthLimit.Apply(html));
        var meta = MetaContents(document);
        return new HtmlPage
        {
            Text = HtmlText.Extract(document.Body ?? (INode?)document.DocumentElement ?? document),
            Title = Title(document),
            Published = PublishedKeys.Select(key => LooseDate.Parse(Lookup(meta, key))).FirstOrDefault(date => date is not null),
            Publisher = PublisherKeys.Select(key => Lookup(meta, key)).FirstOrDefault(value => value is not null),
            Url = CanonicalUrl(document, meta),
        };
    }

    private static Dictionary<string, string> MetaContents(IHtmlDocument document)
    {
        var contents = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var content = element.GetAttribute("content")?.Trim();
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrEmpty(content))
            {
                contents.TryAdd(key.Trim(), content);
            }
        }

        return contents;
    }

    private static string? Lookup(Dictionary<string, string> meta, string key) =>
        meta.TryGetValue(key, out var value) ? value : null;

    private static string? Title(IHtmlDocument document)
    {
        var title = Collapse(document.QuerySelector("title")?.TextContent);
        return title ?? Collapse(document.QuerySelector("h1")?.TextContent);
    }

    private static string? CanonicalUrl(IHtmlDocument document, Dictionary<string, string> meta)
    {
        var candidates = new[] { document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href"), Lookup(meta, "og:url") };
        return candidates
            .Select(candidate => candidate?.Trim())
            .FirstOrDefault(candidate => Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
    }

    private static string? Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
