namespace Metrics.Ingest;

/// <summary>Expands the paths a user gives (files and folders) into the article files to read.</summary>
public static class ArticleFileScanner
{
    /// <summary>Expands <paramref name="paths"/>. A folder is searched recursively for <c>.txt</c>,
    /// <c>.md</c>, <c>.html</c> and <c>.htm</c> files; anything else in it (gold <c>*.json</c>,
    /// <c>*.meta.json</c> sidecars, hidden files and folders, folder symlinks) is passed over silently.
    /// A file named explicitly with another extension, a path that does not exist, or a folder that
    /// cannot be listed is a failure.</summary>
    public static ArticleFileScan Scan(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var failures = new List<IngestFailure>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Add(string file)
        {
            if (seen.Add(Path.GetFullPath(file)))
            {
                files.Add(file);
            }
        }

        foreach (var path in paths)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                failures.Add(new IngestFailure(path ?? "", "empty path"));
            }
            else if (Directory.Exists(path))
            {
                var found = new List<string>();
                CollectFolder(path, found, failures);
                found.Sort(StringComparer.Ordinal);
                found.ForEach(Add);
            }
            else if (File.Exists(path))
            {
                if (ArticleFormats.FromExtension(Path.GetExtension(path)) is null)
                {
                    failures.Add(new IngestFailure(path, UnsupportedReason(path)));
                }
                else
                {
                    Add(path);
                }
            }
            else
            {
                failures.Add(new IngestFailure(path, "no such file or folder"));
            }
        }

        return new ArticleFileScan(files, failures);
    }

    /// <summary>The failure reason for a file that is not an article file, e.g. <c>unsupported file type .pdf</c>.</summary>
    internal static string UnsupportedReason(string path)
    {
        if (path.EndsWith(SidecarReader.Suffix, StringComparison.OrdinalIgnoreCase))
        {
            return "unsupported file type .json (a .meta.json sidecar is read together with its article)";
        }

        var extension = Path.GetExtension(path);
        return extension.Length == 0
            ? "unsupported file type (no extension; expected .txt, .md, .html or .htm)"
            : $"unsupported file type {extension}";
    }

    private static void CollectFolder(string root, List<string> found, List<IngestFailure> failures)
    {
        var folders = new Stack<string>();
        folders.Push(root);
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            try
            {
                foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
                {
                    if (entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden))
                    {
                        continue;
                    }

                    if (entry is DirectoryInfo directory)
                    {
                        // Not followed: a link back up the tree would loop forever.
                        if (directory.LinkTarget is null)
                        {
                            folders.Push(Path.Combine(folder, directory.Name));
                        }
                    }
                    else if (ArticleFormats.FromExtension(entry.Extension) is not null)
                    {
                        found.Add(Path.Combine(folder, entry.Name));
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures.Add(new IngestFailure(folder, $"cannot list folder: {e.Message}"));
            }
        }
    }
}
