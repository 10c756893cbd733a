using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Dashboard.Account;
using Metrics.Import;
using Metrics.Ingest;
using Metrics.Review;
using Microsoft.Extensions.Options;

namespace Dashboard.Endpoints;

/// <summary><c>POST /api/articles</c> (CONTRACTS.md): scripts add an article with the admin cookie or <c>X-Api-Key</c>.</summary>
internal static class ArticleApiEndpoints
{
    public static IEndpointRouteBuilder MapArticleApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/articles", async (
            HttpRequest request, ClaimsPrincipal user, StaffImport import, ArticleDetailQuery details, IOptions<DashboardOptions> options, CancellationToken cancellationToken) =>
        {
            try
            {
                var post = await ReadAsync(request, cancellationToken);
                var article = Ingest(post, options.Value.MaxArticleBytes);
                var result = await import.ImportAsync(article, user.Identity?.Name ?? ApiKeyAuthenticationHandler.UserName, cancellationToken);
                var detail = await details.RunAsync(result.ArticleId, cancellationToken);
                var body = new
                {
                    id = result.ArticleId,
                    outcome = ApiJson.Name(result.Outcome),
                    facts = detail!.Facts.Select(f => f.Fact).DistinctBy(f => f.Id).ToList(),
                    warnings = result.Warnings,
                };
                return result.Outcome == ImportOutcome.Unchanged
                    ? Results.Json(body, ApiJson.Options)
                    : Results.Json(body, ApiJson.Options, statusCode: StatusCodes.Status201Created);
            }
            catch (ApiParameterException problem)
            {
                return MetricsApiEndpoints.BadParameter(problem);
            }
        }).RequireAuthorization(AdminRole.ApiPolicy).DisableAntiforgery();
        return endpoints;
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

    private static IngestedArticle Ingest(ArticlePost post, long maxBytes)
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

        if (post.Url is { Length: > 0 } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            throw ApiParameterException.Other("url", $"url must be an absolute URL, not \"{url}\".", $"无效：应为完整的网址，而不是“{url}”。");
        }

        var metadata = new ArticleMetadata { Published = published, Publisher = Blank(post.Publisher), Title = Blank(post.Title), Url = Blank(post.Url) };
        var sourceName = "api-" + ContentHash.Compute(post.Text)[..12];
        var read = ArticleTextReader.Read(post.Text, sourceName, post.Format ?? ArticleFormats.Txt, new IngestOptions { MaxArticleBytes = maxBytes }, metadata);
        if (!read.Succeeded)
        {
            throw ApiParameterException.Other(read.Failure.Reason.StartsWith("unsupported format", StringComparison.Ordinal) ? "format" : "text", read.Failure.Reason, "无效：文章无法读取。");
        }

        return read.Article;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
