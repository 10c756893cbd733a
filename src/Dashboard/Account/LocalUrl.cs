namespace Dashboard.Account;

/// <summary>
/// Where the sign-in form may send the browser back to: a path of this app only, by the rules of
/// ASP.NET Core's <c>Url.IsLocalUrl</c>. <c>//host</c>, <c>/\host</c> and any control character
/// (<c>/\t/host</c>, which browsers read as <c>//host</c>; a newline, which no header may hold) are refused.
/// </summary>
internal static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] is not ('/' or '\\') && !url.AsSpan(1).ContainsAny(ControlCharacters)));

    /// <summary><paramref name="url"/> when it is local, else <c>/</c>.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";

    private static readonly System.Buffers.SearchValues<char> ControlCharacters =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c)]);
}
