using Dashboard.Account;
using Dashboard.Components.Layout;
using Metrics.Review;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Components.Pages.Articles;

/// <summary>An article's kept texts (older, held, dropped), for the admin on the article page; an older one can be restored (audited).</summary>
public sealed partial class ArticleVersions
{
    private IReadOnlyList<KeptVersionRow> versions = [];
    private string? error;

    [Parameter, EditorRequired]
    public int ArticleId { get; set; }

    /// <summary>Called after a restore, so that the page shows the restored text and its facts.</summary>
    [Parameter]
    public EventCallback<string> OnRestored { get; set; }

    [Inject]
    private ArticleVersionReview Versions { get; set; } = null!;

    [Inject]
    private SignInStamps Stamps { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnParametersSetAsync() => versions = await Versions.ForArticleAsync(ArticleId);

    private async Task RestoreAsync(int versionId)
    {
        error = null;
        try
        {
            await Versions.RestoreAsync(versionId, await CurrentUser.AdminNameAsync(AuthenticationState, Stamps));
        }
        catch (ReviewException e)
        {
            error = e.Message;
            return;
        }

        versions = await Versions.ForArticleAsync(ArticleId);
        await OnRestored.InvokeAsync($"已恢复版本 #{versionId}；被替换的文本已另存为旧版本，事实已重新抽取（已审核的事实不变）。");
    }
}
