using Dashboard.Components;
using Dashboard.Endpoints;
using Microsoft.Extensions.FileProviders;

namespace Dashboard;

/// <summary>Maps every endpoint and page of the web app.</summary>
internal static class DashboardEndpointRouteBuilderExtensions
{
    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "Fonts")),
            RequestPath = "/fonts",
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealth();
        app.MapMetricsApi();
        app.MapAccount();
        app.MapArticleApi();
        app.MapAuditExport();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
