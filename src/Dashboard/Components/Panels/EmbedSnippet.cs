using System.Net;
using Dashboard.Embedding;
using Dashboard.Presentation.Panels;
using Dashboard.Presentation.Words;

namespace Dashboard.Components.Panels;

/// <summary>
/// What the 嵌入 dialog hands out for the current view: the iframe code, the embed URL, the image
/// URL — signed when a signing key is configured — and the warnings a user needs before pasting
/// them somewhere (no framing origins configured, or sign-in required without a signing key).
/// </summary>
public sealed record EmbedSnippet(string EmbedUrl, string StaticEmbedUrl, string ImageUrl, string IframeCode, bool Signed, DateTimeOffset? Expires, IReadOnlyList<string> Warnings)
{
    /// <summary>Builds the snippet for <paramref name="request"/> on the app at <paramref name="baseUri"/> (<c>https://host/</c>).</summary>
    public static EmbedSnippet For(PanelRequest request, string baseUri, SignedLinks links, EmbedOptions options, TimeProvider clock)
    {
        var signed = links.CanSign;
        var expires = signed ? clock.GetUtcNow().AddDays(options.EmbedLinkDays) : (DateTimeOffset?)null;
        string Absolute(string pathAndQuery) =>
            baseUri.TrimEnd('/') + (expires is { } until ? links.Sign(pathAndQuery, until) : pathAndQuery);

        var embed = Absolute(PanelLinks.Embed(request, staticImage: false));
        var warnings = new List<string>();
        if (options.AllowedOrigins.Count == 0)
        {
            warnings.Add("其他网站暂时还不能嵌入此面板：浏览器只允许本站页面嵌入，请管理员在服务器设置中加入允许嵌入的网站地址。图片地址不受影响。");
        }

        if (options.RequireLoginForViewing && !signed)
        {
            warnings.Add("本站需要登录才能查看，而服务器还没有设置链接签名：这些嵌入和图片链接在其他网站上打不开，请联系管理员。");
        }

        var title = PanelWords.Title(request.Metric, request.Interval, request.Filter, request.English);
        // Above and below the chart: the zoom bar (32 px), a line of legend, the caption and the padding
        // take 97 px at 1200 wide; the rest leaves room for the caption to wrap once.
        var height = request.Height + 120;
        var iframe = $"<iframe src=\"{WebUtility.HtmlEncode(embed)}\" title=\"{WebUtility.HtmlEncode(title)}\" width=\"{request.Width}\" height=\"{height}\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>";
        return new EmbedSnippet(
            embed,
            Absolute(PanelLinks.Embed(request, staticImage: true)),
            Absolute(PanelLinks.File(request, PanelFormat.Png)),
            iframe,
            signed,
            expires,
            warnings);
    }
}
