namespace Metrics.Tests.Support;

/// <summary>The repository root and the shared folder beside it, found from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "seed");

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
