namespace Dashboard.Components.Layout;

/// <summary>
/// The light/dark choice, remembered in a cookie so that the first (prerendered) paint of every
/// page already has the right theme; pages read it as a cascading <c>bool</c> named
/// <see cref="DarkMode"/> and redraw their server-side charts when it changes.
/// </summary>
public static class ThemePreference
{
    /// <summary>The cookie: <c>dark</c> or <c>light</c>.</summary>
    public const string CookieName = "dashboard-theme";

    /// <summary>Name of the cascading <c>bool</c> that is true while the dark theme is on.</summary>
    public const string DarkMode = "IsDarkMode";

    /// <summary>Name of the cascading <c>bool</c> the layout starts from (the cookie as the request had it).</summary>
    public const string StartsDark = "StartsDark";

    /// <summary>Whether the request asks for the dark theme.</summary>
    public static bool IsDark(HttpContext? context) => context?.Request.Cookies[CookieName] == "dark";

    /// <summary>The cookie value for a theme.</summary>
    public static string CookieValue(bool dark) => dark ? "dark" : "light";
}
