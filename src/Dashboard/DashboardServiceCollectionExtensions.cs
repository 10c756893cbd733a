using Dashboard.Components.Facts;
using MudBlazor.Services;

namespace Dashboard;

/// <summary>Registers the web app's own services: Blazor, MudBlazor, charts and page queries.</summary>
internal static class DashboardServiceCollectionExtensions
{
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddProblemDetails();
        services.AddSingleton<EvidenceContextQuery>();
        services.Configure<DashboardOptions>(configuration.GetSection(DashboardOptions.Section));
        return services;
    }
}
