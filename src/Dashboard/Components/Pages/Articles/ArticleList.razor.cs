using System.Globalization;
using Dashboard.Components.Filters;
using Dashboard.Presentation.Parameters;
using Metrics.Gazetteer;
using Metrics.Queries;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Components.Pages.Articles;

/// <summary>
/// <c>/articles</c>: the imported articles, latest first, searched by headline, district and
/// publication date. Every filter and the page number live in the URL (<c>q</c>, <c>district</c>,
/// <c>from</c>, <c>to</c>, <c>page</c>), so a copied link restores the list and back/forward work.
/// </summary>
public partial class ArticleList
{
    /// <summary>Articles per page.</summary>
    public const int PageSize = 20;


    private string? title;
    private IReadOnlyList<string> districts = [];
    private DateOnly? from;
    private DateOnly? to;
    private ArticlePage? result;
    private string? problem;

    [Inject]
    private ArticleListQuery Query { get; set; } = null!;

    [Inject]
    private NantongGazetteer Gazetteer { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    /// <summary>Text the headline contains.</summary>
    [SupplyParameterFromQuery(Name = "q")]
    public string? TitleParameter { get; set; }

    [SupplyParameterFromQuery(Name = "district")]
    public string[]? DistrictParameter { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? FromParameter { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? ToParameter { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    public string? PageParameter { get; set; }

    private bool Filtered => !string.IsNullOrWhiteSpace(title) || districts.Count > 0 || from is not null || to is not null;

    private int PageCount => result is null ? 0 : Math.Max(1, (result.Total + PageSize - 1) / PageSize);

    protected override async Task OnParametersSetAsync()
    {
        problem = null;
        try
        {
            var parameters = PageParameters.Read(Gazetteer, ("district", DistrictParameter), ("from", FromParameter), ("to", ToParameter), ("page", PageParameter));
            var filter = parameters.ReadFilter(metric: null);
            var page = parameters.ReadInt("page", 1, 1, int.MaxValue / PageSize);
            (title, districts, from, to) = (TitleParameter?.Trim(), filter.Districts, filter.From, filter.To);
            result = await Query.RunAsync(new ArticleSearch { Title = title, Districts = districts, From = from, To = to }, page, PageSize);
        }
        catch (ApiParameterException bad)
        {
            problem = PageParameters.Problem(bad);
            result = null;
        }
    }

    private Task SearchTitleAsync(string? text) => NavigateAsync(text, districts, from, to, page: null);

    private Task ChooseDistrictsAsync(IReadOnlyList<string> chosen) => NavigateAsync(title, chosen, from, to, page: null);

    private Task ChooseRangeAsync(DateTime? date, bool isFrom)
    {
        var day = date is { } d ? DateOnly.FromDateTime(d) : (DateOnly?)null;
        return isFrom ? NavigateAsync(title, districts, day, to, page: null) : NavigateAsync(title, districts, from, day, page: null);
    }

    private Task GoToPageAsync(int page) => NavigateAsync(title, districts, from, to, page);

    private Task ClearAsync() => NavigateAsync(null, [], null, null, page: null);

    private Task NavigateAsync(string? text, IReadOnlyList<string> chosen, DateOnly? first, DateOnly? last, int? page)
    {
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["q"] = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            ["district"] = chosen.ToArray(),
            ["from"] = PageParameters.Iso(first),
            ["to"] = PageParameters.Iso(last),
            ["page"] = page is > 1 ? page : null,
        }));
        return Task.CompletedTask;
    }

    private static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);
}
