using Metrics.Queries;
using Metrics.Storage;
using Microsoft.Extensions.Options;

namespace Dashboard.Embedding;

/// <summary>
/// Guards <c>/embed</c> and <c>/panels</c>: a signed link that was tampered with or has expired
/// gets 403; when viewing requires sign-in, a visitor who is not signed in gets in only through a
/// valid signed link. Runs after authentication so that it sees the signed-in user.
/// </summary>
internal sealed class EmbedAccess(RequestDelegate next, SignedLinks links, [FromKeyedServices(PanelReadContexts.Key)] DataVersionQuery versions, IOptions<EmbedOptions> options)
{
    /// <summary>Set on <see cref="HttpContext.Items"/> when the request came through a valid signed link.</summary>
    public const string SignedItem = "Dashboard.SignedLink";

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/embed", StringComparison.OrdinalIgnoreCase) && !path.StartsWithSegments("/panels", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var check = links.Check(path.Value!, context.Request.Query);
        var refusal = check switch
        {
            LinkCheck.Tampered => "The link's signature does not match its parameters (or this server has no signing key).",
            LinkCheck.Expired => "The signed link has expired; ask for a new one.",
            LinkCheck.Unsigned when options.Value.RequireLoginForViewing && context.User.Identity?.IsAuthenticated != true =>
                "Viewing requires sign-in: embeds and images work only through signed links.",
            _ => null,
        };
        if (refusal is not null)
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: refusal,
                extensions: new Dictionary<string, object?> { ["link"] = check.ToString().ToLowerInvariant() }).ExecuteAsync(context);
            return;
        }

        if (check == LinkCheck.Valid)
        {
            context.Items[SignedItem] = true;
        }

        // An embed page and its chart are drawn from the data alone: the same URL is the same
        // answer until the data version moves (the panels' version: the embed reads the same database).
        if (HttpMethods.IsGet(context.Request.Method) && path.StartsWithSegments("/embed", StringComparison.OrdinalIgnoreCase))
        {
            var etag = DataETag.For(context.Request, await versions.RunAsync(context.RequestAborted));
            if (DataETag.Apply(context, etag, privateOnly: options.Value.RequireLoginForViewing))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            // The page's rendering (antiforgery, the prerendered component) marks every response
            // no-store; the embed's own policy, set above, is the one that goes out.
            var cacheControl = context.Response.Headers.CacheControl;
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status200OK)
                {
                    context.Response.Headers.CacheControl = cacheControl;
                    context.Response.Headers.Pragma = default;
                }

                return Task.CompletedTask;
            });
        }

        await next(context);
    }
}
