using Dashboard.Account;
using System.Text.Json;
using Dashboard.Components.Layout;
using Metrics.Review;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Components.Pages.Review;

/// <summary><c>/review?reason=…</c>: the facts the review rules flag, with confirm and reject at hand.</summary>
public sealed partial class ReviewQueue
{
    private const int PageSize = 200;
    private IReadOnlyList<ReviewItem> items = [];
    private bool loading = true;
    private string? error;

    [Inject]
    private ReviewQueueQuery Query { get; set; } = null!;

    [Inject]
    private FactReview Review { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private SignInStamps Stamps { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>One rule's name in snake_case (<c>conflicting_amount</c>), or empty for every rule.</summary>
    [SupplyParameterFromQuery(Name = "reason")]
    public string? Reason { get; set; }

    private IReadOnlyList<ReviewItem> Shown => string.IsNullOrEmpty(Reason) ? items : items.Where(i => ReasonKey(i.Reason) == Reason).ToList();

    protected override async Task OnInitializedAsync() => await LoadAsync();

    internal static string ReasonKey(ReviewReason reason) => JsonNamingPolicy.SnakeCaseLower.ConvertName(reason.ToString());

    // The fact in an article's view, where the editor sets its fields.
    private static string ArticleLink(int articleId, int factId) => $"/articles/{articleId}#fact-{factId}";

    private void SelectReason(string? reason) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("reason", string.IsNullOrEmpty(reason) ? null : reason));

    private async Task LoadAsync()
    {
        loading = true;
        items = await Query.RunAsync();
        loading = false;
    }

    private Task ConfirmAsync(int factId) => ActAsync(user => Review.ConfirmAsync(factId, user));

    private Task RejectAsync(int factId) => ActAsync(user => Review.RejectAsync(factId, user));

    private async Task ActAsync(Func<string, Task> action)
    {
        error = null;
        try
        {
            await action(await CurrentUser.AdminNameAsync(AuthenticationState, Stamps));
        }
        catch (ReviewException e)
        {
            error = e.Message;
        }

        await LoadAsync();
    }
}
