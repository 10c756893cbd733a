using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Dashboard.Account;
using Dashboard.Presentation.Parameters;
using Metrics.Extraction.Budget;
using Metrics.Import;
using Metrics.Ingest;
using Metrics.Review;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Dashboard.Endpoints;

/// <summary><c>POST /api/articles</c> (CONTRACTS.md): scripts add an article with the admin cookie or <c>X-Api-Key</c>.</summary>
internal static class ArticleApiEndpoints
{
    public static IEndpointRouteBuilder MapArticleApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/articles", PostAsync).NamesBadParameters().RequireAuthorization(AdminRole.ApiPolicy).DisableAntiforgery();
        return endpoints;
    }

    /// <summary>201 for a new or replaced article, 200 for the same text again, 202 for a text held for review; a bad body is 400.</summary>
    private static async Task<JsonHttpResult<ArticlePosted>> PostAsync(
        HttpRequest request, ClaimsPrincipal user, StaffImport import, ArticleDetailQuery details, IOptions<DashboardOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var post = await ReadAsync(request, cancellationToken);
        var article = Ingest(post, new IngestOptions { MaxArticleBytes = options.Value.MaxArticleBytes, Clock = clock });
        ArticleImportResult result;
        try
        {
            result = await import.ImportAsync(article, user.Identity?.Name ?? ApiKeyAuthenticationHandler.UserName, cancellationToken);
        }
        catch (ExtractionBudgetExceededException tooLong)
        {
            // The request's token reaches the extraction too: a client that has gone stops it (499 from Kestrel, no body).
            throw ApiParameterException.Other("text", $"The article was not imported: {tooLong.Message}.", $"无效：{tooLong.ChineseReason}。");
        }

        var detail = await details.RunAsync(result.ArticleId, cancellationToken);
        var body = new ArticlePosted(
            result.ArticleId,
            ApiJson.Name(result.Outcome),
            detail!.Facts.Select(f => f.Fact).DistinctBy(f => f.Id).ToList(),
            result.Outcome == ImportOutcome.Held ? new HeldText(result.VersionId, result.HeldReason) : null,
            result.Warnings);
        // Held: the text waits in /review and the article (whose facts are returned) is unchanged.
        var status = result.Outcome switch
        {
            ImportOutcome.Unchanged => StatusCodes.Status200OK,
            ImportOutcome.Held => StatusCodes.Status202Accepted,
            _ => StatusCodes.Status201Created,
        };
        return TypedResults.Json(body, ApiJson.Options, statusCode: status);
    }

    private static async Task<ArticlePost> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            throw ApiParameterException.Other("body", "Send the article as JSON (Content-Type: application/json).", "无效：文章应以 JSON 发送（Content-Type: application/json）。");
        }

        try
        {
            return await request.ReadFromJsonAsync<ArticlePost>(ApiJson.Options, cancellationToken)
                ?? throw ApiParameterException.Other("body", "The body is empty: send {\"text\": ...}.", "为空：请发送 {\"text\": ...}。");
        }
        catch (JsonException e)
        {
            throw ApiParameterException.Other("body", $"The body is not valid JSON: {e.Message}", "无效：不是有效的 JSON。");
        }
    }

    private static IngestedArticle Ingest(ArticlePost post, IngestOptions options)
    {
        if (string.IsNullOrWhiteSpace(post.Text))
        {
            throw ApiParameterException.Other("text", "text is required: the article's text.", "缺失：应为文章正文。");
        }

        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(post.Published))
        {
            if (!DateOnly.TryParseExact(post.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw ApiParameterException.Other("published", $"published must be a date as YYYY-MM-DD, not \"{post.Published}\".", $"无效：应为 YYYY-MM-DD 格式的日期，而不是“{post.Published}”。");
            }

            published = date;
        }

        if (!string.IsNullOrWhiteSpace(post.Url) && !WebLink.IsWeb(post.Url.Trim()))
        {
            throw ApiParameterException.Other("url", $"url must be an absolute http or https URL, not \"{post.Url}\".", $"无效：应为以 http:// 或 https:// 开头的完整网址，而不是“{post.Url}”。");
        }

        var metadata = new ArticleMetadata { Published = published, Publisher = Blank(post.Publisher), Title = Blank(post.Title), Url = Blank(post.Url) };
        var sourceName = "api-" + ContentHash.Compute(post.Text)[..12];
        var read = ArticleTextReader.Read(post.Text, sourceName, post.Format ?? ArticleFormats.Txt, options, metadata);
        if (!read.Succeeded && FuturePublication.WhyRefused(published, options.Clock) is { } future)
        {
            throw ApiParameterException.Other("published", future, $"无效：发布日期 {post.Published} 晚于今天，请改正后再导入。");
        }

        if (!read.Succeeded)
        {
            throw ApiParameterException.Other(read.Failure.Reason.StartsWith("unsupported format", StringComparison.Ordinal) ? "format" : "text", read.Failure.Reason, "无效：文章无法读取。");
        }

        return read.Article;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
