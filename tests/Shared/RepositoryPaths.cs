namespace TestSupport;

/// <summary>
/// The repository and the shared folder beside it, found from a test's output folder.
/// Linked into every test project, so there is one way to find them.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "seed");

    /// <summary>Where screenshots taken by the browser tests are written (and looked at).</summary>
    public static string Screenshots => Directory.CreateDirectory(Path.Combine(Root, "artifacts", "screenshots")).FullName;

    /// <summary><c>shared/corpus/dev</c> beside the repository, or null when this checkout has no shared folder.</summary>
    public static string? DevCorpus
    {
        get
        {
            var candidate = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "dev"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dashboard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Dashboard.sln not found above {AppContext.BaseDirectory}");
    }
}
