using System.Globalization;
using Dashboard.Account;
using Dashboard.Components.Layout;
using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Review;
using Metrics.Storage;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Dashboard.Components.Pages.Articles;

/// <summary>
/// <c>/articles/{id}</c>: the article's text with every fact's evidence highlighted, and its facts.
/// Viewers read; the admin edits, confirms, rejects, adds a fact from a selected sentence and re-dates the article.
/// </summary>
public sealed partial class ArticleView
{
    private ArticleDetail? article;
    private IReadOnlyList<TextSegment> segments = [];
    private bool loaded;
    private bool isAdmin;
    private bool interactive;
    private string? publishedText;
    private int? focused;
    private int? editingId;
    private FactEditModel? editing;
    private FactEditModel? adding;
    private int addStart;
    private int addLength;
    private string? editError;
    private string? message;
    private Severity messageSeverity = Severity.Success;
    private ElementReference textElement;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private ArticleDetailQuery Query { get; set; } = null!;

    [Inject]
    private FactReview Review { get; set; } = null!;

    [Inject]
    private ArticleConfirmation Confirmation { get; set; } = null!;

    [Inject]
    private NantongGazetteer Gazetteer { get; set; } = null!;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    [Inject]
    private SignInStamps Stamps { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The request while the page is rendered on the server (null in the circuit): a missing article answers 404.</summary>
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (AuthenticationState is not null)
        {
            isAdmin = (await AuthenticationState).User.IsInRole(AdminRole.Name);
        }

        await LoadAsync();
    }

    // Marks the page once its circuit runs: before that, buttons reach no handler.
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            interactive = true;
            StateHasChanged();
        }
    }

    private async Task LoadAsync()
    {
        article = await Query.RunAsync(Id);
        loaded = true;
        if (article is null && HttpContext is { Response.HasStarted: false })
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
        }

        segments = article is null ? [] : TextSegments.Split(article.Text, article.Facts.Select(f => (f.Fact.Id, f.EvidenceStart, f.EvidenceLength)), ArticleTextLayout.Of(article.Text));
        publishedText = article?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private string MarkClass(TextSegment segment)
    {
        var facts = article!.Facts.Where(f => segment.FactIds.Contains(f.Fact.Id)).Select(f => f.Fact).ToList();
        var status = facts.All(f => f.Status == FactStatus.Rejected) ? "rejected" : facts.Any(f => f.Status == FactStatus.Extracted) ? "open" : "decided";
        return $"evidence {status}{(focused is { } id && segment.FactIds.Contains(id) ? " focused" : "")}";
    }

    private void Focus(int factId) => focused = factId;

    private async Task StartEditAsync(int factId)
    {
        editError = null;
        editingId = factId;
        editing = FactEditModel.From(await Review.FieldsAsync(factId));
        focused = factId;
    }

    private async Task SaveEditAsync()
    {
        if (editing is null || editingId is not { } id)
        {
            return;
        }

        if (await TryAsync(user => Review.EditAsync(id, editing.ToValues(), user), $"事实 #{id} 已更正。"))
        {
            editing = null;
            editingId = null;
        }
    }

    private Task ConfirmAsync(int factId) => TryAsync(user => Review.ConfirmAsync(factId, user), $"事实 #{factId} 已确认。");

    private async Task ConfirmAllAsync()
    {
        var counts = (Confirmed: 0, WithoutDistrict: 0);
        if (await TryAsync(async user => counts = await Confirmation.ConfirmAllAsync(Id, user), ""))
        {
            Show(counts.WithoutDistrict == 0
                ? $"已确认本文 {counts.Confirmed} 条事实。"
                : $"已确认本文 {counts.Confirmed} 条事实；另有 {counts.WithoutDistrict} 条没有区县，请编辑设定区县后再确认。", Severity.Success);
        }
    }

    private Task RejectAsync(int factId) => TryAsync(user => Review.RejectAsync(factId, user), $"事实 #{factId} 已驳回，不再计入统计。");

    private async Task StartAddAsync()
    {
        var span = await JS.InvokeAsync<SelectedSpan?>("articleSelection.offsets", textElement);
        if (span is not { Length: > 0 })
        {
            Show("请先在正文中选中作为依据的句子，再点“用选中的句子添加事实”。", Severity.Warning);
            return;
        }

        editError = null;
        (addStart, addLength) = (span.Start, span.Length);
        var district = article!.Facts.Select(f => f.Fact.District).FirstOrDefault(d => d != Fact.NoDistrict) ?? Gazetteer.AllDistricts[0];
        adding = new FactEditModel { Fields = { District = district, Date = publishedText } };
    }

    private async Task SaveAddedAsync()
    {
        if (adding is null)
        {
            return;
        }

        var values = adding.ToValues();
        if (await TryAsync(user => Review.AddAsync(Id, addStart, addLength, values, user), "已添加人工录入的事实。"))
        {
            adding = null;
        }
    }

    private async Task SetPublishedAsync()
    {
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(publishedText))
        {
            if (!DateOnly.TryParseExact(publishedText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                Show($"发布日期“{publishedText}”应写成 YYYY-MM-DD。", Severity.Error);
                return;
            }

            date = parsed;
        }

        await TryAsync(user => Review.SetPublishedAsync(Id, date, user), "发布日期已保存，事实已按新日期重新抽取（已审核的事实不变）。");
    }

    private async Task<bool> TryAsync(Func<string, Task> action, string done)
    {
        editError = null;
        try
        {
            await action(await CurrentUser.AdminNameAsync(AuthenticationState, Stamps));
        }
        catch (ReviewException e)
        {
            editError = e.Message;
            Show(e.Message, Severity.Error);
            return false;
        }

        Show(done, Severity.Success);
        await LoadAsync();
        return true;
    }

    private async Task RestoredAsync(string done)
    {
        Show(done, Severity.Success);
        await LoadAsync();
    }

    private void Show(string text, Severity severity)
    {
        message = text;
        messageSeverity = severity;
    }

    private sealed record SelectedSpan(int Start, int Length);
}
