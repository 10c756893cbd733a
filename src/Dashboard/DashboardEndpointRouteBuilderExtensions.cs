using Dashboard.Budgets;
using Dashboard.Components;
using Dashboard.Components.Pages.Embed;
using Dashboard.Embedding;
using Dashboard.Endpoints;
using Dashboard.Endpoints.Embeds;
using Dashboard.Endpoints.Panels;
using Microsoft.Extensions.FileProviders;

namespace Dashboard;

/// <summary>Maps every endpoint and page of the web app.</summary>
internal static class DashboardEndpointRouteBuilderExtensions
{
    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.UseExceptionHandler();
        // Strict-Transport-Security on https responses (not for localhost, and not in Development, where browsers would remember it).
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStatusCodePages();
        app.UseMiddleware<FramingHeaders>();

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "Fonts")),
            RequestPath = "/fonts",
        });
        app.UseAuthentication();
        app.UseAuthorization();
        // After authentication: signed-in staff are not rate limited, need no signed link, and are not served from the panel cache.
        app.UseRateLimiter();
        app.UseMiddleware<EmbedAccess>();
        app.UseOutputCache();
        // After the cache: an answer already drawn is served at once, even when the server is at capacity.
        app.UseAnonymousCapacityLimit();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealth();
        app.MapMetricsApi();
        app.MapAccount();
        app.MapArticleApi();
        app.MapAuditExport();
        app.MapPanels();
        app.MapEmbeds<EmbedDocument>();
        // FramingHeaders sets frame-ancestors for every response; Blazor's own 'self' would be a second, stricter policy.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
