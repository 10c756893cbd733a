using Dashboard.Account;
using Dashboard.Components.Layout;
using Metrics.Review;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Components.Pages.Review;

/// <summary>The review queue's list of held texts (a suspicious re-import at a known url), each to accept or drop.</summary>
public sealed partial class HeldTexts
{
    private IReadOnlyList<KeptVersionRow> held = [];
    private string? error;

    [Inject]
    private ArticleVersionReview Versions { get; set; } = null!;

    [Inject]
    private SignInStamps Stamps { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync() => held = await Versions.HeldAsync();

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

        held = await Versions.HeldAsync();
    }
}
