namespace Dashboard.Tests.Charts;

/// <summary>
/// Locates the committed baseline images in the source tree (walking up from the test output),
/// so baselines need no copy step and a failing run can say exactly which file to replace.
/// </summary>
internal static class Baselines
{
    private static readonly string RelativeFolder = Path.Combine("tests", "Dashboard.Tests", "Charts", "Baselines");

    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativeFolder);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException($"No {RelativeFolder} above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>Where a run writes the image it actually rendered, for review or to become the new baseline.</summary>
    public static string ActualPath(string culture, string name) =>
        Path.Combine(AppContext.BaseDirectory, "chart-actual", culture, name);
}
