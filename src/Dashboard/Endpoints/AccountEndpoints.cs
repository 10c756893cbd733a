using System.Security.Claims;
using Dashboard.Account;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Endpoints;

/// <summary><c>POST /account/login</c> and <c>POST /account/logout</c>: the forms of the sign-in page and the app bar (antiforgery checked).</summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/login", SignInAsync).AllowAnonymous();
        endpoints.MapPost("/account/logout", SignOutAsync).AllowAnonymous();
        return endpoints;
    }

    /// <summary>Signs the admin in and goes back to a local page; a wrong password or a client that must wait goes back to the sign-in page saying so.</summary>
    private static async Task<RedirectHttpResult> SignInAsync(
        HttpContext http, [FromForm] string? password, [FromForm] string? returnUrl, AdminCredentials credentials, LoginThrottle throttle, SignInStamps stamps)
    {
        var back = LocalUrl.OrHome(returnUrl);
        // Per client address: a guesser slows only itself, never the admin at another address.
        var source = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (await throttle.RemainingAsync(source) is { } wait && wait > TimeSpan.Zero)
        {
            return TypedResults.Redirect(LoginPage("locked", back, wait));
        }

        if (!credentials.Verify(password))
        {
            var next = await throttle.RecordFailureAsync(source);
            return TypedResults.Redirect(next > TimeSpan.Zero ? LoginPage("locked", back, next) : LoginPage("wrong", back));
        }

        await throttle.RecordSuccessAsync(source);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, AdminRole.UserName),
                new Claim(ClaimTypes.Role, AdminRole.Name),
                new Claim(SignInStamps.ClaimType, await stamps.CurrentAsync(AdminRole.UserName)),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return TypedResults.Redirect(back);
    }

    /// <summary>Signs out and ends every session of the user: other tabs, other browsers, open article pages.</summary>
    private static async Task<RedirectHttpResult> SignOutAsync(HttpContext http, [FromForm] string? returnUrl, SignInStamps stamps)
    {
        var signedIn = await http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (signedIn.Succeeded && signedIn.Principal.Identity?.Name is { } name)
        {
            await stamps.RenewAsync(name);
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.Redirect(LocalUrl.OrHome(returnUrl));
    }

    private static string LoginPage(string error, string returnUrl, TimeSpan wait = default) =>
        $"/account/login?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}"
        + (wait > TimeSpan.Zero ? $"&wait={(int)Math.Ceiling(wait.TotalSeconds)}" : "");
}
