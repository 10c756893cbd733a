using Microsoft.AspNetCore.Components;

namespace Dashboard.Components.Filters;

/// <summary>
/// A page whose view is a selection named by the API's parameters in its URL (CONTRACTS.md):
/// <c>metric</c>, <c>district</c> (repeatable), <c>from</c>, <c>to</c>, <c>stage</c>, <c>kind</c>,
/// <c>boundaries</c>, <c>reviewed</c>. Declaring them makes a query-only navigation (a filter change, a pager, back,
/// forward) set the page's parameters again; pages read them with the API's rules (<see cref="PageParameters"/>).
/// </summary>
public abstract class SelectionPage : ComponentBase
{
    [SupplyParameterFromQuery(Name = "metric")]
    public string? MetricParameter { get; set; }

    [SupplyParameterFromQuery(Name = "district")]
    public string[]? DistrictParameter { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? FromParameter { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? ToParameter { get; set; }

    [SupplyParameterFromQuery(Name = "stage")]
    public string? StageParameter { get; set; }

    [SupplyParameterFromQuery(Name = "kind")]
    public string? KindParameter { get; set; }

    [SupplyParameterFromQuery(Name = "boundaries")]
    public string? BoundariesParameter { get; set; }

    [SupplyParameterFromQuery(Name = "reviewed")]
    public string? ReviewedParameter { get; set; }
}
