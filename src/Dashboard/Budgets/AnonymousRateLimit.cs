using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dashboard.Budgets;

/// <summary>
/// ASP.NET's rate limiter for visitors who are not signed in, one token bucket per client address,
/// on pages, panels, embeds and the API (not on static files, Blazor's connection or the health
/// check), and one limit on how many of all such requests are worked on at once and wait
/// (<see cref="UseAnonymousCapacityLimit"/>, after the output cache). Signed-in
/// staff are never limited. <c>Dashboard:RateLimitPerMinute</c> (0 = off), <c>Dashboard:RateLimitBurst</c>,
/// <c>Dashboard:AnonymousConcurrentRequests</c> (0 = off) and <c>Dashboard:AnonymousQueuedRequests</c>
/// set them; over them, 429 with <c>Retry-After</c>.
/// </summary>
internal static class AnonymousRateLimit
{
    // With no capacity limit, the pool floor still covers as many busy requests as the default limit.
    private const int DefaultFloorPerKind = 16;

    public static IServiceCollection AddAnonymousRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<DashboardOptions>>((limiter, dashboard) =>
        {
            var (perMinute, burst) = (dashboard.Value.RateLimitPerMinute, dashboard.Value.RateLimitBurst);
            var perAddress = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                perMinute <= 0 || !IsLimited(context)
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetTokenBucketLimiter("address " + context.Connection.RemoteIpAddress, _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = Math.Max(1, burst),
                        TokensPerPeriod = Math.Max(1, perMinute / 60),
                        ReplenishmentPeriod = TimeSpan.FromSeconds(perMinute >= 60 ? 1 : 60.0 / perMinute),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
            limiter.GlobalLimiter = perAddress;
            limiter.OnRejected = Reject;
        });
        return services;
    }

    /// <summary>
    /// However many addresses ask, only so many anonymous requests are worked on at once and a
    /// bounded number wait: an overload is answered with 429 instead of a backlog that grows in
    /// memory and is still being worked on after its clients have gone. Pages, images and the API
    /// each have their own places, so that a millisecond series never waits behind page renders.
    /// Used after the output cache: an image or embed already drawn takes no place and never waits.
    /// </summary>
    public static IApplicationBuilder UseAnonymousCapacityLimit(this IApplicationBuilder app)
    {
        var dashboard = app.ApplicationServices.GetRequiredService<IOptions<DashboardOptions>>().Value;
        var (concurrent, queue) = (dashboard.AnonymousConcurrentRequests, dashboard.AnonymousQueuedRequests);
        ThreadPoolFloor.Raise(concurrent > 0 ? concurrent : DefaultFloorPerKind);
        if (concurrent <= 0)
        {
            return app;
        }

        var all = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            !IsLimited(context)
                ? RateLimitPartition.GetNoLimiter("unlimited")
                : RateLimitPartition.GetConcurrencyLimiter(Kind(context.Request.Path), _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = concurrent,
                    QueueLimit = Math.Max(0, queue),
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
        return app.UseRateLimiter(new RateLimiterOptions { GlobalLimiter = all, OnRejected = Reject });
    }

    private static ValueTask Reject(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        return new ValueTask(TooBusy.WriteAsync(rejected.HttpContext, retryAfter,
            "Too many requests from this address, or the server is at capacity; wait as Retry-After says (signed-in staff are not limited)."));
    }

    private static string Kind(PathString path) =>
        path.StartsWithSegments("/api") ? "api" : path.StartsWithSegments("/panels") || path.StartsWithSegments("/embed") ? "panels" : "pages";

    /// <summary>True for an anonymous request to a page, a panel, an embed or the API.</summary>
    public static bool IsLimited(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            return false;
        }

        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/panels") || path.StartsWithSegments("/embed"))
        {
            return true;
        }

        // Pages have no file extension; /_blazor, /_framework, /_content, /fonts and static files are not pages.
        var value = path.Value ?? "/";
        var lastSegment = value[(value.LastIndexOf('/') + 1)..];
        return !value.StartsWith("/_", StringComparison.Ordinal) && !path.StartsWithSegments("/fonts")
            && !path.StartsWithSegments("/healthz") && !lastSegment.Contains('.', StringComparison.Ordinal);
    }
}
