using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;

namespace Dashboard.Account;

/// <summary>The admin sign-in: a cookie for people, <c>X-Api-Key</c> for scripts, lockout, and the policies pages and endpoints ask for.</summary>
internal static class AccountServiceCollectionExtensions
{
    public static IServiceCollection AddAdminSignIn(this IServiceCollection services)
    {
        services.AddSingleton<AdminCredentials>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<SignInStamps>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, StampRevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/account/login";
                options.AccessDeniedPath = "/account/login";
                options.Cookie.Name = "nantong-dashboard-admin";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                // Scripts and fetches get a status code, never a login page.
                options.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
                // A cookie issued before a sign-out (here or in another tab or browser) no longer signs anyone in.
                options.Events.OnValidatePrincipal = RejectStaleStampAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AdminRole.ApiKeyScheme, configureOptions: null);
        services.AddAuthorization(options =>
        {
            options.AddPolicy(AdminRole.Policy, policy => policy
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
                .RequireRole(AdminRole.Name));
            options.AddPolicy(AdminRole.ApiPolicy, policy => policy
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme, AdminRole.ApiKeyScheme)
                .RequireRole(AdminRole.Name));
        });
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<DashboardOptions>>((authorization, dashboard) =>
        {
            if (dashboard.Value.RequireLoginForViewing)
            {
                authorization.FallbackPolicy = authorization.GetPolicy(AdminRole.Policy);
            }
        });
        return services;
    }

    private static async Task RejectStaleStampAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is { } principal && !await context.HttpContext.RequestServices.GetRequiredService<SignInStamps>().IsCurrentAsync(principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/review/audit.csv") || !HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
