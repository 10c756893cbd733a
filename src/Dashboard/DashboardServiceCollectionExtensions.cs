using Dashboard.Account;
using Dashboard.Budgets;
using Dashboard.Embedding;
using Dashboard.Presentation.Charts;
using Dashboard.Presentation.Evidence;
using Dashboard.Presentation.Panels;
using Metrics.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
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
        services.AddSingleton<Dashboard.Presentation.Charts.ChartFrameCache>();
        services.Configure<DashboardOptions>(configuration.GetSection(DashboardOptions.Section));
        services.AddAdminSignIn();
        // Cookies, antiforgery tokens and circuits are protected with keys kept in the database, so
        // every instance on one database accepts what another made; one application name for all
        // of them, wherever each is installed.
        services.AddDataProtection()
            .SetApplicationName("nantong-dashboard")
            .PersistKeysToDbContext<MetricsDbContext>();
        services.AddPanels(configuration);
        services.AddBudgets();
        // FramingHeaders decides X-Frame-Options per route; antiforgery would add SAMEORIGIN to every form page, embeds included.
        services.AddAntiforgery(options =>
        {
            options.SuppressXFrameOptionsHeader = true;
            // Secure whenever the page came over https, so the token never travels in clear there.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>Panel exports and embedding: the exporter, signed links and the embed options (also used by the <c>export</c> verb).</summary>
    public static IServiceCollection AddPanels(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DashboardOptions.Section);
        services.Configure<EmbedOptions>(section);
        // A single origin given as a plain string (an environment variable) binds to no array element.
        services.PostConfigure<EmbedOptions>(options =>
        {
            if (section[nameof(EmbedOptions.EmbedAllowedOrigins)] is { Length: > 0 } scalar)
            {
                options.EmbedAllowedOrigins = [scalar];
            }
        });
        services.AddSingleton(provider => new SignedLinks(
            provider.GetRequiredService<IOptions<EmbedOptions>>().Value.EmbedSigningKey,
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<PanelExporter>();
        // An exported SVG carries the glyphs it uses, cut from the bundled chart font (registered at start-up).
        services.AddSingleton(_ => new FontSubset(ChartFonts.Registered.FilePath));
        services.AddSingleton(provider => new SvgFontEmbedding(provider.GetRequiredService<FontSubset>(), ChartFonts.FamilyName));
        // The image endpoints share the pixels they may draw at once, in the app and in bench panels alike.
        services.TryAddSingleton<ImageRenderBudget>();
        return services;
    }
}
