using System.Globalization;
using Metrics.Queries;
using Metrics.Storage;
using Microsoft.AspNetCore.OutputCaching;

namespace Dashboard.Budgets;

/// <summary>
/// Keeps the PNG and SVG panels and the embed pages and their charts that anonymous visitors
/// ask for, keyed by the whole URL (path and every query parameter) and the data version: the same
/// image twice is one render, and any change to an article or fact makes a new key. Requests for
/// the same key while it is being drawn wait for that one drawing. Signed-in requests, answers
/// other than 200 and responses that set a cookie are never kept. An embed holds no connection, so
/// hundreds of viewers of one embed are one render of its page and one of its chart at each frame size.
/// </summary>
internal sealed class PanelOutputCachePolicy : IOutputCachePolicy
{
    /// <summary>How long an unused entry is kept; the data version, not this, decides whether it is still right.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (!IsCacheable(http))
        {
            return;
        }

        // The panels' version: the answers kept under it are read from the same database (PanelReadContexts).
        var version = await http.RequestServices.GetRequiredKeyedService<DataVersionQuery>(PanelReadContexts.Key).RunAsync(cancellation);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["data"] = version.ToString(CultureInfo.InvariantCulture);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>An anonymous GET of a PNG or SVG panel, an embed page or an embed's chart.</summary>
    public static bool IsCacheable(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            || context.User.Identity?.IsAuthenticated == true || request.Headers.Authorization.Count > 0)
        {
            return false;
        }

        var path = request.Path;
        if (path.StartsWithSegments("/embed", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return path.StartsWithSegments("/panels", StringComparison.OrdinalIgnoreCase)
            && (path.Value!.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || path.Value.EndsWith(".svg", StringComparison.OrdinalIgnoreCase));
    }
}
