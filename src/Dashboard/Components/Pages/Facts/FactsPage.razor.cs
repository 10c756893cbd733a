using Dashboard.Components.Filters;
using Dashboard.Presentation.Parameters;
using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Queries;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Components.Pages.Facts;

/// <summary>
/// <c>/facts</c> (事实明细): the facts behind one number, read-only. The selection is in the URL
/// (<see cref="FactsView"/>); the figure comes from <see cref="SeriesQuery"/>'s yearly series of
/// that selection, the same query behind KPI cards, table cells, timeline bars and embeds, so it
/// equals the number that was clicked; the list holds exactly the facts that figure adds up.
/// </summary>
public sealed partial class FactsPage
{
    private const int PageSize = FactListQuery.MaxPageSize;

    private FactsShown? shown;
    private string? problem;
    private string? loadedQuery;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private SeriesQuery Series { get; set; } = null!;

    [Inject]
    private FactListQuery FactList { get; set; } = null!;

    [Inject]
    private NantongGazetteer Gazetteer { get; set; } = null!;

    // Besides the selection's (SelectionPage): read from the URL as a whole by FactsView.Parse.
    [SupplyParameterFromQuery(Name = "page")]
    public string? PageParameter { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var query = new Uri(Navigation.Uri).Query;
        if (query == loadedQuery)
        {
            return;
        }

        loadedQuery = query;
        (shown, problem) = (null, null);
        FactsView view;
        try
        {
            view = FactsView.Parse(query, Gazetteer);
        }
        catch (ApiParameterException bad)
        {
            problem = PageParameters.Problem(bad);
            return;
        }

        var series = await Series.RunAsync(view.Metric, Interval.Year, view.Filter);
        var facts = await FactList.RunPlacedAsync(view.Metric, view.Filter, view.Page, PageSize);
        shown = new FactsShown(view, series.TotalsByStage(), series.Unplaced.Facts, facts);
    }

    private static int LastPage(FactsShown s) => Math.Max(1, (s.Facts.Total + PageSize - 1) / PageSize);

    /// <summary>
    /// What the page shows: the selection, its figure (one per stage for projects without a stage:
    /// stages are never added together), the facts the figures leave out, and this page of the facts they count.
    /// </summary>
    private sealed record FactsShown(FactsView View, IReadOnlyList<(ProjectStage? Stage, SeriesPoint Total)> Figures, int Unplaced, FactPage Facts)
    {
        public int FactCount => Figures.Sum(f => f.Total.Facts);

        public bool LowerBound => Figures.Any(f => f.Total.LowerBound);
    }
}
