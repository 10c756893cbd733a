namespace Metrics.Ingest;

/// <summary>The article formats the ingest understands, and their file extensions.</summary>
public static class ArticleFormats
{
    /// <summary>Plain text (may carry front matter, or HTML markup that is stripped).</summary>
    public const string Txt = "txt";

    /// <summary>Markdown, optionally with Jekyll-style front matter.</summary>
    public const string Md = "md";

    /// <summary>An HTML page (<c>.html</c> or <c>.htm</c>).</summary>
    public const string Html = "html";

    /// <summary>The format of a file extension (<c>.txt</c>, <c>.md</c>, <c>.html</c>, <c>.htm</c>,
    /// any case), or null when it is not an article file.</summary>
    public static string? FromExtension(string? extension) =>
        extension?.ToLowerInvariant() switch
        {
            ".txt" => Txt,
            ".md" => Md,
            ".html" or ".htm" => Html,
            _ => null,
        };

    /// <summary>A format name as a caller may write it (<c>TXT</c>, <c>.htm</c>, <c>markdown</c>) in its
    /// canonical form, or null when unknown.</summary>
    public static string? Normalize(string? format)
    {
        if (string.IsNullOrWhiteSpace(format))
        {
            return null;
        }

        var trimmed = format.Trim();
        if (string.Equals(trimmed, "markdown", StringComparison.OrdinalIgnoreCase))
        {
            return Md;
        }

        return FromExtension(trimmed.StartsWith('.') ? trimmed : "." + trimmed);
    }
}
