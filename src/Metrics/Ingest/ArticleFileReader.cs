namespace Metrics.Ingest;

/// <summary>Reads article files: size check, encoding detection, sidecar, then the same parsing as
/// <see cref="ArticleTextReader"/>.</summary>
public static class ArticleFileReader
{
    /// <summary>Reads one article file (<c>.txt</c>, <c>.md</c>, <c>.html</c>, <c>.htm</c>) and its
    /// <c>&lt;name&gt;.meta.json</c> sidecar if there is one. Never throws for a bad file: the result
    /// then holds a failure with a one-line reason.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Size limit and date override; defaults when null.</param>
    public static IngestResult Read(string path, IngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= IngestOptions.Default;

        if (ArticleFormats.FromExtension(Path.GetExtension(path)) is not { } format)
        {
            return IngestResult.Failed(path, ArticleFileScanner.UnsupportedReason(path));
        }

        if (Directory.Exists(path))
        {
            return IngestResult.Failed(path, "is a folder, not a file");
        }

        if (ReadBytes(path, options.MaxArticleBytes, out var reason) is not { } bytes)
        {
            return IngestResult.Failed(path, reason);
        }

        if (SidecarReader.Read(path, options.MaxArticleBytes, out reason) is not { } metadata)
        {
            return IngestResult.Failed(path, reason);
        }

        return Decode(bytes, path, format, options, metadata);
    }

    /// <summary>Reads an uploaded article file from its bytes, exactly as <see cref="Read(string, IngestOptions?)"/>
    /// reads a file of that name (format from the extension, size limit, encoding detection), without a sidecar.
    /// A failure names <paramref name="fileName"/>.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="fileName">The file's name as uploaded, e.g. <c>通州开工.html</c>.</param>
    /// <param name="options">Size limit and date override; defaults when null.</param>
    public static IngestResult ReadUploaded(ReadOnlySpan<byte> bytes, string fileName, IngestOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        options ??= IngestOptions.Default;
        if (ArticleFormats.FromExtension(Path.GetExtension(fileName)) is not { } format)
        {
            return IngestResult.Failed(fileName, ArticleFileScanner.UnsupportedReason(fileName));
        }

        if (bytes.Length > options.MaxArticleBytes)
        {
            return IngestResult.Failed(fileName, SizeLimit.Reason("file", bytes.Length, options.MaxArticleBytes));
        }

        return Decode(bytes, fileName, format, options, ArticleMetadata.Empty);
    }

    private static IngestResult Decode(ReadOnlySpan<byte> bytes, string path, string format, IngestOptions options, ArticleMetadata metadata)
    {
        if (!TextDecoder.TryDecode(bytes, format == ArticleFormats.Html, out var text, out var reason))
        {
            return IngestResult.Failed(path, reason);
        }

        var sourceName = Path.GetFileNameWithoutExtension(path);
        return ArticleTextReader.Parse(text, sourceName, path, format, options, metadata, subject: "file");
    }

    /// <summary>Scans <paramref name="paths"/> with <see cref="ArticleFileScanner.Scan"/> and reads every
    /// article file found: first one failure per unusable path, then one result per file in scan
    /// order. A bad input never stops the others.</summary>
    public static IEnumerable<IngestResult> ReadAll(IEnumerable<string> paths, IngestOptions? options = null)
    {
        var scan = ArticleFileScanner.Scan(paths);
        return scan.Failures.Select(IngestResult.Failed).Concat(scan.Files.Select(file => Read(file, options)));
    }

    // The size is checked from the file length before reading, and again while reading, since a file
    // can grow in between or (under /proc) report no length at all.
    private static byte[]? ReadBytes(string path, long limit, out string reason)
    {
        reason = "";
        try
        {
            var length = new FileInfo(path).Length;
            if (length > limit)
            {
                reason = SizeLimit.Reason("file", length, limit);
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream((int)Math.Min(length, Array.MaxLength));
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                if (memory.Length + read > limit)
                {
                    reason = SizeLimit.Reason("file", limit);
                    return null;
                }

                memory.Write(buffer, 0, read);
            }

            return memory.ToArray();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            reason = "no such file";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reason = $"cannot read file: {e.Message}";
            return null;
        }
    }
}
