namespace Dashboard;

/// <summary>
/// Where the app reads <c>appsettings.json</c> from. ASP.NET Core takes the working directory,
/// so <c>dotnet run --project src/Dashboard</c> from the repository root found none and ran on
/// defaults (Information logs included). When the working directory has no settings file and
/// nobody named a content root, the app's own directory (where the build copies the file) is used.
/// </summary>
internal static class ContentRoot
{
    private const string SettingsFile = "appsettings.json";

    /// <summary>The content root to use, or null to keep ASP.NET Core's choice.</summary>
    public static string? Choose(IReadOnlyList<string> args, string workingDirectory, string appDirectory)
    {
        var named = args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
        if (named || File.Exists(Path.Combine(workingDirectory, SettingsFile)) || !File.Exists(Path.Combine(appDirectory, SettingsFile)))
        {
            return null;
        }

        return appDirectory;
    }
}
