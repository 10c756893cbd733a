namespace TestSupport;

/// <summary>The files this process holds open, read from <c>/proc/self/fd</c> (Linux, where the tests run).</summary>
internal static class OpenFiles
{
    /// <summary>Open files under <paramref name="folder"/>; a deleted one still counts (Linux lets a file be deleted while open).</summary>
    public static IReadOnlyList<string> Under(string folder)
    {
        var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        var open = new List<string>();
        foreach (var descriptor in Directory.EnumerateFiles("/proc/self/fd"))
        {
            try
            {
                if (new FileInfo(descriptor).LinkTarget is { } target && target.StartsWith(prefix, StringComparison.Ordinal))
                {
                    open.Add(target);
                }
            }
            catch (IOException)
            {
                // Closed between listing and reading.
            }
        }

        return open;
    }
}
