using System.Net;
using System.Text.RegularExpressions;

namespace Dashboard.Tests.Support;

/// <summary>Posts the sign-in form as a browser does: antiforgery token from the page, then the password.</summary>
public static partial class SignIn
{
    /// <summary>Posts <paramref name="password"/>; returns where the app redirects (the return url, or the login page with an error).</summary>
    public static async Task<string> PostAsync(HttpClient client, string password, string returnUrl = "/")
    {
        var page = await client.GetStringAsync("/account/login");
        var token = TokenInput().Match(page);
        Assert.True(token.Success, "the login page has no antiforgery token");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["password"] = password,
            ["returnUrl"] = returnUrl,
        });
        using var response = await client.PostAsync("/account/login", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Posts the app bar's sign-out form, as the signed-in browser of <paramref name="client"/> does.</summary>
    public static async Task SignOutAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/");
        Assert.Contains("action=\"/account/logout\"", page, StringComparison.Ordinal);
        var token = TokenInput().Match(page);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["returnUrl"] = "/",
        });
        using var response = await client.PostAsync("/account/logout", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
