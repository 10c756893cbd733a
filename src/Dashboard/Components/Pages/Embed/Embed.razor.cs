using Dashboard.Embedding;
using Dashboard.Endpoints;
using Dashboard.Endpoints.Panels;
using Metrics.Export;
using Metrics.Gazetteer;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Dashboard.Components.Pages.Embed;

/// <summary>
/// <c>/embed/{metric}</c>: one panel alone for an iframe, the page rendered on the server: the
/// live chart (wheel zoom, drag pan, hover) as an interactive island, or with <c>static=1</c> a
/// plain PNG and no connection at all; a caption line and a link back to the full view. Signed
/// links, framing and ETags are handled before the page runs (<see cref="EmbedAccess"/>,
/// <see cref="FramingHeaders"/>).
/// </summary>
public sealed partial class Embed
{
    [Parameter]
    public string Metric { get; set; } = "";

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = null!;

    [Inject]
    private NantongGazetteer Gazetteer { get; set; } = null!;

    [Inject]
    private DataSourceQuery Sources { get; set; } = null!;

    [Inject]
    private SignedLinks Links { get; set; } = null!;

    [Inject]
    private IOptions<EmbedOptions> EmbedOptions { get; set; } = null!;

    private PanelRequest? Request { get; set; }

    private PanelCaption? Caption { get; set; }

    private ApiParameterException? Problem { get; set; }

    private bool Static { get; set; }

    private string? ImageUrl { get; set; }

    private string FullViewUrl => PanelLinks.Timeline(Request!);

    // A signed link lets the embed in without a sign-in; the facts page it links to has no such pass.
    private bool DetailsNeedSignIn => EmbedOptions.Value.RequireLoginForViewing && HttpContext.Items.ContainsKey(EmbedAccess.SignedItem);

    protected override async Task OnInitializedAsync()
    {
        var query = HttpContext.Request.Query;
        try
        {
            Request = PanelRequest.Read(Metric, query, Gazetteer);
            // A visitor let in by a signed link alone cannot open the live chart's circuit when viewing
            // requires sign-in (the hub is behind the sign-in): such an embed is the image.
            Static = new ApiParameters(query, Gazetteer).ReadChoice("static", "0", "0", "1") == "1"
                || (EmbedOptions.Value.RequireLoginForViewing && HttpContext.User.Identity?.IsAuthenticated != true);
        }
        catch (ApiParameterException problem)
        {
            Problem = problem;
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var source = await Sources.RunAsync(HttpContext.RequestAborted);
        Caption = PanelCaption.For(Request, source);
        if (Static)
        {
            // Twice the pixels for sharp text on high-density screens; the signed embed passes its signature on.
            // (Once, when twice would pass the pixel budget of a large panel.)
            var image = PanelLinks.File(Request with { Scale = Request.FitsAt(2) ? 2 : 1 }, PanelFormat.Png);
            ImageUrl = HttpContext.Items.ContainsKey(EmbedAccess.SignedItem) && SignedLinks.ExpiryOf(query) is { } expires
                ? Links.Sign(image, expires)
                : image;
        }
    }
}
