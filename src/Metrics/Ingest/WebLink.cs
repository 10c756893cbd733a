namespace Metrics.Ingest;

/// <summary>
/// Whether an article's url may be shown as a link: an absolute <c>http</c> or <c>https</c> url
/// only. Anything else (<c>javascript:</c>, <c>data:</c>, <c>file:</c>, a relative path) is at most
/// plain text: a link to it would run script or open local files in the reader's browser.
/// </summary>
public static class WebLink
{
    public static bool IsWeb(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
