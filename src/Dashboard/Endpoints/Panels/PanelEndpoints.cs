using Dashboard.Budgets;
using Dashboard.Embedding;
using Dashboard.Presentation.Panels;
using Metrics.Gazetteer;
using Metrics.Queries;
using Metrics.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dashboard.Endpoints.Panels;

/// <summary><c>GET /panels/{metric}.{png,svg,csv,xlsx}</c> (CONTRACTS.md, HTTP).</summary>
internal static class PanelEndpoints
{
    public static IEndpointRouteBuilder MapPanels(this IEndpointRouteBuilder endpoints)
    {
        // Access is checked by EmbedAccess (signed links, sign-in), not by the app's own policy.
        endpoints.MapGet("/panels/{file}", HandleAsync).NamesBadParameters().AllowAnonymous();
        return endpoints;
    }

    private static async Task HandleAsync(
        HttpContext context, string file, NantongGazetteer gazetteer, PanelExporter exporter, [FromKeyedServices(PanelReadContexts.Key)] DataVersionQuery versions,
        ImageRenderBudget budget, TimeProvider clock, IOptions<EmbedOptions> options, CancellationToken cancellationToken)
    {
        var (metric, format) = PanelRequest.SplitFileName(file);
        var request = PanelRequest.Read(metric, context.Request.Query, gazetteer, clock);

        var response = context.Response;
        if (format is PanelFormat.Png or PanelFormat.Svg)
        {
            // The panels' version, of the database the exporter reads (PanelReadContexts).
            var etag = DataETag.For(context.Request, await versions.RunAsync(cancellationToken));
            if (DataETag.Apply(context, etag, privateOnly: options.Value.RequireLoginForViewing))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        else
        {
            response.Headers.CacheControl = "no-store";
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(exporter.FileName(request, format));
            response.Headers.ContentDisposition = disposition.ToString();
        }

        if (format is PanelFormat.Png or PanelFormat.Svg)
        {
            // An SVG's layout is settled on a raster surface of its size first.
            using var pixels = await budget.TryAcquireAsync(format == PanelFormat.Png ? request.Pixels : (long)request.Width * request.Height, cancellationToken);
            if (pixels is null)
            {
                await TooBusy.WriteAsync(context, ImageRenderBudget.MaxWait, "The server is drawing as many images as it can hold; try again shortly.");
                return;
            }

            response.ContentType = PanelExporter.ContentType(format);
            await exporter.WriteAsync(request, format, response.Body, cancellationToken);
            return;
        }

        response.ContentType = PanelExporter.ContentType(format);
        await exporter.WriteAsync(request, format, response.Body, cancellationToken);
    }
}
