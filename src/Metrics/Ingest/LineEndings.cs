namespace Metrics.Ingest;

/// <summary>Line-ending normalisation: evidence offsets must not depend on the platform that wrote
/// the file.</summary>
internal static class LineEndings
{
    /// <summary><paramref name="text"/> with every <c>\r\n</c> and lone <c>\r</c> turned into <c>\n</c>.</summary>
    public static string ToLf(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
