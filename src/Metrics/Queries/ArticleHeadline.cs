namespace Metrics.Queries;

/// <summary>What to call an article that came without a title: its first heading, else its first real line.</summary>
public static class ArticleHeadline
{
    /// <summary>Characters of the text read for a headline; also what a title search looks at when there is no title.</summary>
    public const int LeadLength = 300;

    private const int MinimumLineLength = 6;
    private const int MaximumLength = 80;

    /// <summary>
    /// The title when there is one; else the first Markdown heading of the lead, else its first
    /// line of at least six characters (pages copied from the web start with lines such as 官方微信),
    /// else <paramref name="fallback"/>.
    /// </summary>
    public static string Of(string? title, string lead, string fallback)
    {
        if (!string.IsNullOrWhiteSpace(title))
        {
            return title.Trim();
        }

        var lines = lead.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var heading = lines.FirstOrDefault(l => l.StartsWith('#') && l.TrimStart('#').Trim().Length > 0);
        var line = heading?.TrimStart('#').Trim() ?? lines.FirstOrDefault(l => l.Length >= MinimumLineLength && !l.StartsWith("---", StringComparison.Ordinal));
        return line is null ? fallback : Shorten(line);
    }

    private static string Shorten(string line) => line.Length <= MaximumLength ? line : string.Concat(line.AsSpan(0, MaximumLength - 1), "…");
}
