using Dashboard.Endpoints;
using Dashboard.Endpoints.Panels;
using Metrics.Gazetteer;
using Metrics.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Components.Pages.Present;

/// <summary>
/// <c>/present?panels=investment,projects&amp;every=20&amp;…</c>: the chosen panels full screen for a
/// projector, one after the other, with the shared filters (district, from, to, interval,
/// boundaries, theme, lang; stage for the project panels, kind for meetings). The slides are the
/// panel PNGs drawn at twice the size of their layout, so every word is large.
/// </summary>
public sealed partial class Present
{
    public const int DefaultSeconds = 15;

    // 960x540 laid out, drawn at scale 2: 1920x1080 pixels with type twice the usual size.
    private const int SlideWidth = 960;
    private const int SlideHeight = 540;

    private readonly List<Slide> slides = [];
    private ApiParameterException? problem;
    private int current;
    private int every = DefaultSeconds;
    private bool dark;
    private Timer? timer;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private NantongGazetteer Gazetteer { get; set; } = null!;

    protected override void OnInitialized()
    {
        var query = QueryHelpers.ParseQuery(new Uri(Navigation.Uri).Query);
        try
        {
            var parameters = new ApiParameters(new QueryCollection(query), Gazetteer);
            every = parameters.ReadInt("every", DefaultSeconds, 5, 3600);
            var names = query.TryGetValue("panels", out var list) ? list.ToString() : "investment,projects,meetings";
            foreach (var name in names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var metric = ApiParameters.MetricFromRoute(name, "panels");
                var request = PanelRequest.Read(name, new QueryCollection(ForMetric(query, metric)), Gazetteer)
                    with { Width = SlideWidth, Height = SlideHeight, Scale = 2 };
                dark = request.Dark;
                slides.Add(new Slide(PanelLinks.File(request, PanelFormat.Png), PanelWords.Title(request.Metric, request.Interval, request.Filter, request.English)));
            }

            if (slides.Count == 0)
            {
                throw ApiParameterException.Missing("panels", ApiParameters.MetricChoices);
            }
        }
        catch (ApiParameterException exception)
        {
            problem = exception;
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && problem is null && slides.Count > 1)
        {
            timer = new Timer(_ => InvokeAsync(Advance), null, TimeSpan.FromSeconds(every), TimeSpan.FromSeconds(every));
        }
    }

    public void Dispose() => timer?.Dispose();

    private void Advance()
    {
        current = (current + 1) % slides.Count;
        StateHasChanged();
    }

    // The shared filters fit every panel: a stage applies to the project panels only, a kind to meetings only.
    private static Dictionary<string, StringValues> ForMetric(Dictionary<string, StringValues> query, Metric metric)
    {
        var own = new Dictionary<string, StringValues>(query, StringComparer.Ordinal);
        own.Remove("panels");
        own.Remove("every");
        own.Remove(metric == Metric.Meetings ? "stage" : "kind");
        return own;
    }

    private sealed record Slide(string ImageUrl, string Title);
}
