using Metrics.Review;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Components.Pages.Review;

/// <summary><c>/review/audit?page=&amp;entity=&amp;id=</c>: who changed what and when, latest first, with the values before and after.</summary>
public sealed partial class AuditLogPage
{
    private const int PageSize = 50;
    private AuditPage? page;

    [Inject]
    private AuditQuery Query { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    /// <summary><c>fact</c> or <c>article</c>, with <see cref="Id"/>: one record's history.</summary>
    [SupplyParameterFromQuery(Name = "entity")]
    public string? Entity { get; set; }

    [SupplyParameterFromQuery(Name = "id")]
    public int? Id { get; set; }

    private int Page => Math.Max(1, PageNumber ?? 1);

    private int PageCount => page is null ? 1 : Math.Max(1, (page.Total + PageSize - 1) / PageSize);

    protected override async Task OnParametersSetAsync()
    {
        var entity = Entity is "fact" or "article" && Id is not null ? Entity : null;
        page = await Query.RunAsync(Page, PageSize, entity, entity is null ? null : Id);
    }

    private void GoToPage(int number) => Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("page", number));
}
