using Dashboard.Budgets;
using Microsoft.AspNetCore.Components;
using Dashboard.Presentation.Panels;
using Dashboard.Presentation.Parameters;
using Metrics.Gazetteer;
using Metrics.Queries;
using Metrics.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Endpoints.Embeds;

/// <summary>
/// <c>GET /embed/{metric}</c> (CONTRACTS.md, HTTP) as a static page with no Blazor circuit, and
/// <c>GET /embed/{metric}/chart.svg</c>, the chart its script draws at the frame's size. Signed
/// links, framing and ETags are handled before these run (EmbedAccess, FramingHeaders).
/// </summary>
internal static class EmbedEndpoints
{
    /// <summary>
    /// Maps both routes; <typeparamref name="TPage"/> is the page's component, which takes the
    /// route's <c>Metric</c> and the request's <c>Context</c> as parameters.
    /// </summary>
    public static IEndpointRouteBuilder MapEmbeds<TPage>(this IEndpointRouteBuilder endpoints) where TPage : IComponent
    {
        // Access is checked by EmbedAccess (signed links, sign-in), not by the app's own policy.
        endpoints.MapGet("/embed/{metric}", (string metric, HttpContext context) =>
            new RazorComponentResult<TPage>(new Dictionary<string, object?> { ["Metric"] = metric, ["Context"] = context })).AllowAnonymous();
        endpoints.MapGet("/embed/{metric}/chart.svg", ChartAsync).NamesBadParameters().AllowAnonymous();
        return endpoints;
    }

    private static async Task ChartAsync(
        HttpContext context, string metric, NantongGazetteer gazetteer, [FromKeyedServices(PanelReadContexts.Key)] SeriesQuery series, ImageRenderBudget budget, TimeProvider clock, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        var parameters = new ApiParameters(query, gazetteer, clock);
        // A frame's chart area may be smaller than an exported image may be.
        var width = parameters.ReadInt("width", PanelRequest.DefaultWidth, 80, PanelRequest.MaxSide);
        var height = parameters.ReadInt("height", PanelRequest.DefaultHeight, 60, PanelRequest.MaxSide);
        var rest = new QueryCollection(query.Where(p => p.Key is not ("width" or "height")).ToDictionary(p => p.Key, p => p.Value));
        var request = PanelRequest.Read(metric, rest, gazetteer, clock);

        using var pixels = await budget.TryAcquireAsync((long)width * height, cancellationToken);
        if (pixels is null)
        {
            await TooBusy.WriteAsync(context, ImageRenderBudget.MaxWait, "The server is drawing as many images as it can hold; try again shortly.");
            return;
        }

        var result = await series.RunAsync(request.Metric, request.Interval, request.Filter, cancellationToken);
        var svg = EmbedChartSvg.Render(result, request, width, height, TextScale(width, height));
        context.Response.ContentType = PanelExporter.ContentType(PanelFormat.Svg);
        await context.Response.WriteAsync(svg, cancellationToken);
    }

    /// <summary>How much larger than an 700 × 380 chart's text a frame's text is drawn: 1 up to that size, growing with larger frames, at most 3.</summary>
    public static double TextScale(int width, int height) => Math.Clamp(Math.Min(width / 700.0, height / 380.0), 1, 3);
}
