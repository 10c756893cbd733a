using System.Data.Common;
using System.Text.Json.Serialization;
using Metrics.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Endpoints;

internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", CheckAsync).ExcludeFromDescription().AllowAnonymous();
        return endpoints;
    }

    /// <summary><c>GET /healthz</c>: 200 with the article count when the app and its database answer, 503 otherwise.</summary>
    private static async Task<JsonHttpResult<Health>> CheckAsync(IDbContextFactory<MetricsDbContext> contextFactory, CancellationToken cancellationToken)
    {
        try
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
            var articles = await context.Articles.CountAsync(cancellationToken);
            return TypedResults.Json(new Health("ok", articles, null));
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            return TypedResults.Json(new Health("database unavailable", null, exception.Message), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>The answer: <c>{"status": "ok", "articles": 5}</c>, or the status and the database's error.</summary>
    private sealed record Health(
        string Status,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Articles,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error);
}
