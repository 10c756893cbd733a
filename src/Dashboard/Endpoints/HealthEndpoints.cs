using System.Data.Common;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Endpoints;

internal static class HealthEndpoints
{
    /// <summary><c>GET /healthz</c>: 200 when the app and its database answer, 503 otherwise.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (IDbContextFactory<MetricsDbContext> contextFactory, CancellationToken cancellationToken) =>
        {
            try
            {
                await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
                var articles = await context.Articles.CountAsync(cancellationToken);
                return Results.Ok(new { status = "ok", articles });
            }
            catch (Exception exception) when (exception is DbException or InvalidOperationException)
            {
                return Results.Json(new { status = "database unavailable", error = exception.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).ExcludeFromDescription().AllowAnonymous();
        return endpoints;
    }
}
