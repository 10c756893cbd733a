using Dashboard.Components.Facts;
using Dashboard.Presentation.Charts;
using Dashboard.Presentation.Panels;
using Dashboard.Presentation.Parameters;
using Dashboard.Presentation.Words;
using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Queries;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Components.Pages.Timeline;

/// <summary>
/// 时间线: a metric per district over time, every filter in the URL (a copied link restores the
/// view; back and forward step through filter changes), zoom and pan on the time axis, and a
/// drawer with the facts and evidence behind any bar.
/// </summary>
public sealed partial class Timeline
{
    private const int ChartHeight = 380;
    private const int DrillPageSize = FactListQuery.MaxPageSize;

    private TimelineView view = TimelineView.Default;
    private TimelineLinkException? linkProblem;
    private SeriesResult? result;
    private MetricChartOptions chartOptions = new();
    private IReadOnlyList<LegendEntry> legend = [];
    private bool drawerOpen;
    private DrillDown? drill;
    private string? loadedQuery;
    private string? loadedKey;
    private bool loadedDark;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private SeriesQuery Series { get; set; } = null!;

    [Inject]
    private FactListQuery FactList { get; set; } = null!;

    [Inject]
    private NantongGazetteer Gazetteer { get; set; } = null!;

    /// <summary>The layout's dark mode; the chart takes its colours from it.</summary>
    [CascadingParameter(Name = "IsDarkMode")]
    public bool IsDarkMode { get; set; }

    // Besides the selection's (SelectionPage): read from the URL as a whole by TimelineView.Parse.
    [SupplyParameterFromQuery(Name = "interval")]
    public string? IntervalParameter { get; set; }

    [SupplyParameterFromQuery(Name = "chart")]
    public string? ChartParameter { get; set; }

    private IReadOnlyList<string> DistrictChoices => Gazetteer.AllDistricts;

    /// <summary>The view as a panel, for the export menu's files and embeds.</summary>
    private PanelRequest ExportRequest => new() { Metric = view.Metric, Interval = view.Interval, Filter = view.Filter, Kind = view.Kind };

    private string ChartTitle
    {
        get
        {
            var what = view.Metric == Metric.Meetings
                ? view.Filter.Kind is { } kind ? FactWords.Kind(kind) : "会议"
                : view.Filter.Stage is { } stage ? $"{FactWords.Stage(stage)}项目" : "各阶段项目";
            var measure = view.Metric switch
            {
                Metric.Investment => $"{what}投资额（亿元）",
                Metric.Projects => $"{what}数（个）",
                _ => $"{what}数（次）",
            };
            var by = view.Interval switch { Interval.Month => "按月", Interval.Quarter => "按季度", _ => "按年" };
            var stages = view.Metric != Metric.Meetings && view.Filter.Stage is null ? " · 按阶段堆叠，不相加" : "";
            var reviewed = view.Filter.ReviewedOnly ? " · 仅已审核" : "";
            return $"{measure} · {by}{stages}{reviewed}";
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        var query = new Uri(Navigation.Uri).Query;
        if (query == loadedQuery && IsDarkMode == loadedDark)
        {
            return;
        }

        if (query != loadedQuery)
        {
            try
            {
                view = TimelineView.Parse(query, Gazetteer);
                linkProblem = null;
            }
            catch (TimelineLinkException problem)
            {
                view = TimelineView.Default;
                linkProblem = problem;
            }

            // A reader's zoom or pan only moves the URL: the chart already shows it.
            if (result is not null && view.DrawnKey == loadedKey && IsDarkMode == loadedDark)
            {
                loadedQuery = query;
                return;
            }

            loadedKey = view.DrawnKey;

            result = await Series.RunAsync(view.Metric, view.Interval, view.Filter);
        }

        loadedQuery = query;
        loadedDark = IsDarkMode;
        chartOptions = new MetricChartOptions
        {
            Kind = view.Kind,
            Theme = ChartTheme.For(IsDarkMode),
            ShowAxisTitle = true,
            AxisFrom = view.Filter.From,
            AxisTo = view.Filter.To,
        };
        legend = MetricChart.Legend(result!);
    }

    // Another filter draws another chart: it starts at every period.
    private void Show(TimelineView next) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters((next with { Zoom = null }).ToQuery()));


    private void SetMetric(Metric metric) => Show(view.WithMetric(metric));

    private void SetInterval(Interval interval) => Show(view with { Interval = interval });

    private void SetDistricts(IEnumerable<string>? districts) =>
        Show(view with { Filter = view.Filter with { Districts = (districts ?? []).OrderBy(Order).ToArray() } });

    private void SetStage(ProjectStage? stage) => Show(view with { Filter = view.Filter with { Stage = stage } });

    private void SetKind(MeetingKind? kind) => Show(view with { Filter = view.Filter with { Kind = kind } });

    private void SetFrom(DateTime? date) => Show(view with { Filter = Range(date is null ? null : DateOnly.FromDateTime(date.Value), view.Filter.To) });

    private void SetTo(DateTime? date) => Show(view with { Filter = Range(view.Filter.From, date is null ? null : DateOnly.FromDateTime(date.Value)) });

    private void SetBoundaries(Boundaries boundaries) => Show(view with { Filter = view.Filter with { Boundaries = boundaries } });

    private void SetReviewed(bool reviewedOnly) => Show(view with { Filter = view.Filter with { ReviewedOnly = reviewedOnly } });

    private void SetChartKind(MetricChartKind kind) => Show(view with { Kind = kind });

    // Zoom and pan replace the current history entry: back goes to the previous filters, not through every wheel step.
    private void SetZoom((string From, string To)? zoom) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters((view with { Zoom = zoom }).ToQuery()), replace: true);

    // A reversed range would be a bad link: picking a start after the end moves the end along.
    private FactFilter Range(DateOnly? from, DateOnly? to) =>
        view.Filter with { From = from, To = from is { } f && to is { } t && t < f ? f : to };

    private int Order(string district)
    {
        var index = Gazetteer.AllDistricts.ToList().IndexOf(district);
        return index < 0 ? int.MaxValue : index;
    }

    private static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    private async Task OpenPointAsync(MetricChartPoint point)
    {
        var heading = point.Stage is { } pointStage ? $"{point.District} · {FactWords.Stage(pointStage)} · {point.Period}" : $"{point.District} · {point.Period}";
        var summary = $"{FactWords.Metric(view.Metric)} {ChartWords.Value(view.Metric, point.Value, point.LowerBound, ChartLanguage.Zh)}，由 {point.Facts} 条事实累计";
        drill = null;
        drawerOpen = true;
        StateHasChanged();

        var selection = FactsView.ForPoint(view.Metric, view.Interval, view.Filter with { Stage = point.Stage ?? view.Filter.Stage }, point.District, point.Period);
        var page = await FactList.RunPlacedAsync(view.Metric, selection.Filter, 1, DrillPageSize);
        drill = new DrillDown(heading, summary, page.Items, page.Total - page.Items.Count, selection.Url);
    }

    private async Task OpenReportedAsync(ReportedTotal total)
    {
        var period = FactPeriod.Parse(total.Date);
        drill = null;
        drawerOpen = true;
        StateHasChanged();

        var filter = new FactFilter
        {
            Districts = [total.District],
            From = period?.Start,
            To = period?.End,
            Stage = total.Stage,
            Boundaries = view.Filter.Boundaries,
        };
        var page = await FactList.RunAsync(null, filter, 1, DrillPageSize);
        var facts = page.Items.Where(f => f.Id == total.FactId).ToList();
        drill = new DrillDown(
            $"{total.District} · {total.Date ?? "日期不详"} · 自报总数",
            $"{ChartWords.Value(view.Metric, total.Value, total.LowerBound, ChartLanguage.Zh)}（区县自报，未计入图中）",
            facts,
            0,
            FactsUrl: null);
    }

    /// <param name="FactsUrl">The same facts on their own page (<c>/facts</c>), when they are a number's.</param>
    private sealed record DrillDown(string Heading, string? Summary, IReadOnlyList<FactRow> Facts, int More, string? FactsUrl);
}
