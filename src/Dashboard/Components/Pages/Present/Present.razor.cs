using Dashboard.Presentation.Panels;
using Dashboard.Presentation.Parameters;
using Dashboard.Presentation.Words;
using Metrics.Export;
using Metrics.Gazetteer;
using Metrics.Queries;
using Metrics.Storage;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Components.Pages.Present;

/// <summary>
/// <c>/present?panels=investment,projects&amp;every=20&amp;…</c>: the chosen panels full screen for a
/// projector, one after the other, with the shared filters (district, from, to, interval,
/// boundaries, theme, lang; stage for the project panels, kind for meetings). The slides are the
/// panel PNGs drawn at twice the size of their layout, so every word is large. The arrow keys
/// step back and forth, space pauses, S shows the slide's source line full size.
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
    private bool paused;
    private bool showSource;
    private Timer? timer;
    private ElementReference stage;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private NantongGazetteer Gazetteer { get; set; } = null!;

    [Inject(Key = PanelReadContexts.Key)]
    private DataSourceQuery Sources { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        var query = QueryHelpers.ParseQuery(new Uri(Navigation.Uri).Query);
        try
        {
            var parameters = new ApiParameters(new QueryCollection(query), Gazetteer);
            every = parameters.ReadInt("every", DefaultSeconds, 5, 3600);
            var source = await Sources.RunAsync();
            var names = query.TryGetValue("panels", out var list) ? list.ToString() : "investment,projects,meetings";
            foreach (var name in names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var metric = ApiParameters.MetricFromRoute(name, "panels");
                var request = PanelRequest.Read(name, new QueryCollection(ForMetric(query, metric)), Gazetteer)
                    with { Width = SlideWidth, Height = SlideHeight, Scale = 2 };
                dark = request.Dark;
                slides.Add(new Slide(PanelLinks.File(request, PanelFormat.Png), PanelWords.Title(request.Metric, request.Interval, request.Filter, request.English), PanelCaption.For(request, source).Footer));
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

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || problem is not null || !RendererInfo.IsInteractive)
        {
            return;
        }

        if (slides.Count > 1)
        {
            timer = new Timer(_ => InvokeAsync(Advance), null, Period, Period);
        }

        // Keys reach the page without a click first.
        await stage.FocusAsync();
    }

    public void Dispose() => timer?.Dispose();

    private TimeSpan Period => TimeSpan.FromSeconds(every);

    private void Advance()
    {
        if (paused || showSource)
        {
            return;
        }

        current = (current + 1) % slides.Count;
        StateHasChanged();
    }

    private Task StepAsync(int by)
    {
        if (slides.Count > 0)
        {
            current = (current + by + slides.Count) % slides.Count;
            // A slide stepped to by hand gets its full time.
            timer?.Change(Period, Period);
        }

        return Task.CompletedTask;
    }

    private void TogglePause() => paused = !paused;

    private async Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        switch (e.Key)
        {
            case "ArrowRight" or "PageDown":
                await StepAsync(1);
                break;
            case "ArrowLeft" or "PageUp":
                await StepAsync(-1);
                break;
            case " " or "Spacebar":
                TogglePause();
                break;
            case "s" or "S":
                showSource = !showSource;
                break;
            case "Escape":
                showSource = false;
                break;
        }
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

    private sealed record Slide(string ImageUrl, string Title, string Footer);
}
