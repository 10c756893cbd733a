using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.OutputCaching;

namespace Dashboard.Budgets;

/// <summary>What keeps anonymous requests from exhausting the server: rate limits, the image pixel budget, the panel cache, 413 for big bodies.</summary>
internal static class BudgetServiceCollectionExtensions
{
    /// <summary>Largest image kept in the panel cache, in bytes.</summary>
    private const long MaxCachedBody = 16 * 1024 * 1024;

    public static IServiceCollection AddBudgets(this IServiceCollection services)
    {
        services.AddAnonymousRateLimit();
        services.TryAddSingleton<ImageRenderBudget>();
        services.AddOutputCache(options =>
        {
            options.MaximumBodySize = MaxCachedBody;
            options.SizeLimit = 256 * 1024 * 1024;
            options.AddBasePolicy(new PanelOutputCachePolicy());
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        return services;
    }
}
