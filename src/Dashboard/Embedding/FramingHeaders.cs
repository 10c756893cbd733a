using Microsoft.Extensions.Options;

namespace Dashboard.Embedding;

/// <summary>
/// Who may put a page in a frame. <c>/embed</c> pages and <c>/panels</c> images may be framed by
/// the app itself and by <c>Dashboard:EmbedAllowedOrigins</c> (CSP <c>frame-ancestors</c>); every
/// other response refuses framing (<c>frame-ancestors 'none'</c> and <c>X-Frame-Options: DENY</c>).
/// The same policy lets scripts come from the app only (<c>script-src 'self'</c>: the pages have
/// no inline script), and no response may be sniffed into another type (<c>nosniff</c>).
/// </summary>
internal sealed class FramingHeaders(RequestDelegate next, IOptions<EmbedOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (IsFrameable(context.Request.Path))
        {
            var origins = options.Value.AllowedOrigins;
            headers.ContentSecurityPolicy = ScriptPolicy + "frame-ancestors 'self'" + string.Concat(origins.Select(o => " " + o));
        }
        else
        {
            headers.ContentSecurityPolicy = ScriptPolicy + "frame-ancestors 'none'";
            headers.XFrameOptions = "DENY";
        }

        return next(context);
    }

    /// <summary>Scripts from the app's own origin only; no plugins; no <c>&lt;base&gt;</c> pointing elsewhere.</summary>
    public const string ScriptPolicy = "script-src 'self'; object-src 'none'; base-uri 'self'; ";

    /// <summary>True for <c>/embed/…</c> and for PNG and SVG panels.</summary>
    public static bool IsFrameable(PathString path) =>
        path.StartsWithSegments("/embed", StringComparison.OrdinalIgnoreCase)
        || (path.StartsWithSegments("/panels", StringComparison.OrdinalIgnoreCase)
            && (path.Value!.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || path.Value.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)));
}
