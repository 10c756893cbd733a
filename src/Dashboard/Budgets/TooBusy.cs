using System.Globalization;

namespace Dashboard.Budgets;

/// <summary>The 429 answer of a budget or rate limit: a problem body and <c>Retry-After</c>.</summary>
internal static class TooBusy
{
    public static Task WriteAsync(HttpContext context, TimeSpan retryAfter, string detail)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ETag = default;
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", detail: detail).ExecuteAsync(context);
    }
}
