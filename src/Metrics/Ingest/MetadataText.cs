namespace Metrics.Ingest;

/// <summary>
/// Cleans the one-line metadata of an article (title, publisher): control characters (a bell, an
/// escape sequence, a null, a line break) become spaces, runs of spaces one, and the ends are
/// trimmed; a value that is left empty is none. They never reach a page, a CSV or the database raw.
/// </summary>
public static class MetadataText
{
    public static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var cleaned = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            var space = char.IsControl(c) || char.IsWhiteSpace(c);
            if (!space)
            {
                cleaned.Append(c);
            }
            else if (cleaned.Length > 0 && cleaned[^1] != ' ')
            {
                cleaned.Append(' ');
            }
        }

        var text = cleaned.ToString().Trim();
        return text.Length == 0 ? null : text;
    }
}
