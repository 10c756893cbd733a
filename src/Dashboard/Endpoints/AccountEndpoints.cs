using System.Security.Claims;
using Dashboard.Account;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Endpoints;

/// <summary><c>POST /account/login</c> and <c>POST /account/logout</c>: the forms of the sign-in page and the app bar (antiforgery checked).</summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/login", async (
            HttpContext http, [FromForm] string? password, [FromForm] string? returnUrl, AdminCredentials credentials, LoginLockout lockout) =>
        {
            var back = LocalOrHome(returnUrl);
            if (await lockout.RemainingAsync() > TimeSpan.Zero)
            {
                return Results.Redirect(LoginPage("locked", back));
            }

            if (!credentials.Verify(password))
            {
                await lockout.RecordFailureAsync();
                return Results.Redirect(LoginPage(await lockout.RemainingAsync() > TimeSpan.Zero ? "locked" : "wrong", back));
            }

            await lockout.RecordSuccessAsync();
            var identity = new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, AdminRole.UserName), new Claim(ClaimTypes.Role, AdminRole.Name)],
                CookieAuthenticationDefaults.AuthenticationScheme);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.Redirect(back);
        }).AllowAnonymous();

        endpoints.MapPost("/account/logout", async (HttpContext http, [FromForm] string? returnUrl) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect(LocalOrHome(returnUrl));
        }).AllowAnonymous();
        return endpoints;
    }

    private static string LoginPage(string error, string returnUrl) =>
        $"/account/login?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    // Only paths of this app: a returnUrl pointing elsewhere would make the form an open redirect.
    private static string LocalOrHome(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl[0] == '/' && (returnUrl.Length == 1 || returnUrl[1] is not ('/' or '\\'))
            ? returnUrl
            : "/";
}
