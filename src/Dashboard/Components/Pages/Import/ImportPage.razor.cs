using Dashboard.Account;
using System.Globalization;
using Dashboard.Components.Layout;
using Metrics.Extraction.Budget;
using Metrics.Import;
using Metrics.Ingest;
using Metrics.Review;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace Dashboard.Components.Pages.Import;

/// <summary>
/// <c>/import</c>: uploads several files or a pasted text; each goes through the same ingest as the
/// <c>import</c> verb (formats, encodings, size limit) and is imported and audited as the signed-in admin.
/// </summary>
public sealed partial class ImportPage
{
    private readonly List<ImportRow> rows = [];
    private PastedArticle paste = new();
    private bool busy;
    private bool interactive;

    [Inject]
    private StaffImport Import { get; set; } = null!;

    [Inject]
    private IOptions<DashboardOptions> Options { get; set; } = null!;

    [Inject]
    private SignInStamps Stamps { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private long MaxBytes => Options.Value.MaxArticleBytes;

    private string MaxSizeText => MaxBytes >= 1024 * 1024
        ? (MaxBytes / 1024d / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
        : (MaxBytes / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " KB";

    private double Progress => rows.Count == 0 ? 0 : 100.0 * rows.Count(r => r.State > ImportState.Reading) / rows.Count;

    // Marks the page once its circuit runs: before that, a chosen file would reach no handler.
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            interactive = true;
            StateHasChanged();
        }
    }

    private int Count(ImportState state) => rows.Count(r => r.State == state);

    private async Task ImportFilesAsync(IReadOnlyList<IBrowserFile>? files)
    {
        if (files is null || files.Count == 0 || busy)
        {
            return;
        }

        busy = true;
        rows.Clear();
        var batch = files.Select(f => (File: f, Row: new ImportRow(f.Name))).ToList();
        rows.AddRange(batch.Select(b => b.Row));
        var options = new IngestOptions { MaxArticleBytes = MaxBytes, Clock = Clock };
        foreach (var (file, row) in batch)
        {
            row.State = ImportState.Reading;
            StateHasChanged();
            if (file.Size > MaxBytes)
            {
                Reject(row, $"文件 {file.Size:N0} 字节，超过上限 {MaxBytes:N0} 字节");
                continue;
            }

            byte[] bytes;
            try
            {
                await using var stream = file.OpenReadStream(MaxBytes);
                using var memory = new MemoryStream((int)file.Size);
                await stream.CopyToAsync(memory);
                bytes = memory.ToArray();
            }
            catch (IOException e)
            {
                Reject(row, "读取失败：" + e.Message);
                continue;
            }

            await ImportAsync(row, ArticleFileReader.ReadUploaded(bytes, file.Name, options));
        }

        busy = false;
    }

    private async Task ImportPastedAsync()
    {
        if (busy)
        {
            return;
        }

        var row = new ImportRow(string.IsNullOrWhiteSpace(paste.Title) ? "粘贴的文本" : paste.Title.Trim());
        rows.Clear();
        rows.Add(row);
        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(paste.Published))
        {
            if (!DateOnly.TryParseExact(paste.Published.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Reject(row, $"发布日期“{paste.Published}”应写成 YYYY-MM-DD");
                return;
            }

            published = date;
        }

        if (string.IsNullOrWhiteSpace(paste.Text))
        {
            Reject(row, "正文为空");
            return;
        }

        if (!string.IsNullOrWhiteSpace(paste.Url) && !WebLink.IsWeb(paste.Url.Trim()))
        {
            Reject(row, $"网址“{paste.Url}”应以 http:// 或 https:// 开头");
            return;
        }

        busy = true;
        var metadata = new ArticleMetadata { Published = published, Title = Blank(paste.Title), Publisher = Blank(paste.Publisher), Url = Blank(paste.Url) };
        var read = ArticleTextReader.Read(paste.Text, "pasted-" + ContentHash.Compute(paste.Text)[..12], ArticleFormats.Txt,
            new IngestOptions { MaxArticleBytes = MaxBytes, Clock = Clock }, metadata);
        await ImportAsync(row, read);
        if (row.State != ImportState.Rejected)
        {
            paste = new PastedArticle();
        }

        busy = false;
    }

    // The sign-in is checked for each article: a sign-out elsewhere stops the rest of a batch.
    private async Task ImportAsync(ImportRow row, IngestResult read)
    {
        if (!read.Succeeded)
        {
            Reject(row, IngestFailureWords.Chinese(read.Failure.Reason));
            return;
        }

        string user;
        try
        {
            user = await CurrentUser.AdminNameAsync(AuthenticationState, Stamps);
        }
        catch (ReviewException e)
        {
            Reject(row, e.Message);
            return;
        }

        ArticleImportResult result;
        try
        {
            result = await Import.ImportAsync(read.Article, user);
        }
        catch (ExtractionBudgetExceededException tooLong)
        {
            Reject(row, tooLong.ChineseReason);
            return;
        }

        row.ArticleId = result.ArticleId;
        row.Facts = result.Outcome is ImportOutcome.Unchanged or ImportOutcome.Held ? null : result.Facts;
        row.Reason = result.Outcome == ImportOutcome.Held ? $"与已存文本差异可疑（{result.HeldReason}），文章保持不变；请到“审核”采用或放弃" : null;
        row.Warnings = result.Warnings;
        row.State = result.Outcome switch
        {
            ImportOutcome.Added => ImportState.Added,
            ImportOutcome.Updated => ImportState.Updated,
            ImportOutcome.Held => ImportState.Held,
            _ => ImportState.Unchanged,
        };
        StateHasChanged();
    }

    private void Reject(ImportRow row, string reason)
    {
        row.State = ImportState.Rejected;
        row.Reason = reason;
        StateHasChanged();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string StateText(ImportState state) => state switch
    {
        ImportState.Waiting => "等待",
        ImportState.Reading => "导入中",
        ImportState.Added => "已新增",
        ImportState.Updated => "已更新",
        ImportState.Unchanged => "未变化",
        ImportState.Held => "暂缓待审",
        _ => "已拒绝",
    };

    private static Color StateColor(ImportState state) => state switch
    {
        ImportState.Added or ImportState.Updated => Color.Success,
        ImportState.Unchanged => Color.Info,
        ImportState.Held => Color.Warning,
        ImportState.Rejected => Color.Error,
        _ => Color.Default,
    };
}
