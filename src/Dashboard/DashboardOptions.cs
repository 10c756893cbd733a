namespace Dashboard;

/// <summary>The <c>Dashboard</c> configuration section, read the same way by the web app and every verb.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>Folder imported when the database holds no articles (relative to the working directory, else to the app).</summary>
    public string SeedPath { get; set; } = "seed";

    /// <summary>Largest article file accepted, in bytes.</summary>
    public long MaxArticleBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The seed folder as a full path: as configured if it exists there, else beside the app's binaries.</summary>
    public string ResolveSeedPath()
    {
        if (Path.IsPathRooted(SeedPath) || Directory.Exists(SeedPath))
        {
            return Path.GetFullPath(SeedPath);
        }

        return Path.Combine(AppContext.BaseDirectory, SeedPath);
    }
}
