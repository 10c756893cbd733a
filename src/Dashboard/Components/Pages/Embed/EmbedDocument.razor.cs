using Dashboard.Embedding;
using Dashboard.Presentation.Charts;
using Dashboard.Presentation.Panels;
using Dashboard.Presentation.Parameters;
using Metrics.Export;
using Metrics.Gazetteer;
using Metrics.Queries;
using Metrics.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Dashboard.Components.Pages.Embed;

/// <summary>
/// <c>/embed/{metric}</c>: one panel alone for an iframe, as a plain page that holds no
/// connection: title and filters on top, the chart filling the rest of the frame (drawn by
/// <c>js/embed.js</c> from <c>/embed/{metric}/chart.svg</c> at the frame's size, with hover
/// tooltips and a click that opens the facts), the legend and the source line below. With
/// <c>static=1</c>, or for a visitor let in by a signed link alone when viewing requires sign-in
/// (the API behind the tooltips is behind the sign-in), the panel's PNG instead.
/// </summary>
public sealed partial class EmbedDocument
{
    /// <summary><c>projects</c>, <c>investment</c> or <c>meetings</c>, as the route has it.</summary>
    [Parameter]
    public string Metric { get; set; } = "";

    /// <summary>The request being answered.</summary>
    [Parameter]
    public HttpContext Context { get; set; } = null!;

    [Inject]
    private NantongGazetteer Gazetteer { get; set; } = null!;

    [Inject(Key = PanelReadContexts.Key)]
    private DataSourceQuery Sources { get; set; } = null!;

    [Inject(Key = PanelReadContexts.Key)]
    private SeriesQuery Series { get; set; } = null!;

    [Inject]
    private SignedLinks Links { get; set; } = null!;

    [Inject]
    private IOptions<EmbedOptions> EmbedOptions { get; set; } = null!;

    private PanelRequest? Request { get; set; }

    private PanelCaption? Caption { get; set; }

    private ApiParameterException? Problem { get; set; }

    private bool Static { get; set; }

    private string? ImageUrl { get; set; }

    private string ChartUrl => EmbedChartSvg.Url(Metric, Context.Request.Query);

    private string NoScriptImageUrl => PanelLinks.File(Request!, PanelFormat.Png);

    private IReadOnlyList<LegendEntry> Legend { get; set; } = [];

    private string FullViewUrl => PanelLinks.Timeline(Request!);

    private static string Footer(PanelCaption caption) => caption.Footer;

    protected override async Task OnInitializedAsync()
    {
        var query = Context.Request.Query;
        try
        {
            Request = PanelRequest.Read(Metric, query, Gazetteer);
            Static = new ApiParameters(query, Gazetteer).ReadChoice("static", "0", "0", "1") == "1"
                || (EmbedOptions.Value.RequireLoginForViewing && Context.User.Identity?.IsAuthenticated != true);
        }
        catch (ApiParameterException problem)
        {
            Problem = problem;
            Context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var source = await Sources.RunAsync(Context.RequestAborted);
        Caption = PanelCaption.For(Request, source);
        if (Static)
        {
            // Twice the pixels for sharp text on high-density screens; the signed embed passes its signature on.
            // (Once, when twice would pass the pixel budget of a large panel.)
            var image = PanelLinks.File(Request with { Scale = Request.FitsAt(2) ? 2 : 1 }, PanelFormat.Png);
            ImageUrl = Context.Items.ContainsKey(EmbedAccess.SignedItem) && SignedLinks.ExpiryOf(query) is { } expires
                ? Links.Sign(image, expires)
                : image;
            return;
        }

        var result = await Series.RunAsync(Request.Metric, Request.Interval, Request.Filter, Context.RequestAborted);
        Legend = MetricChart.Legend(result, PanelImage.Options(Request, caption: null).DistrictNames, Request.English ? ChartLanguage.En : ChartLanguage.Zh);
    }
}
