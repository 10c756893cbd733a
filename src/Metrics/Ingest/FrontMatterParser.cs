using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Metrics.Ingest;

/// <summary>Splits a Jekyll-style front matter block off a text:
/// <code>
/// ---
/// title: "海门：凝心聚力"
/// date: 2021-12-31 11:38:35 +0800
/// categories: nantongribao
/// tags: [南通日报新闻]
/// ---
/// </code>
/// The block must open on the first line and be closed by <c>---</c> (or <c>...</c>), and every line
/// in it must look like YAML (<c>key: value</c>, list item, comment or blank); otherwise the text has
/// no front matter and is left whole. Only the flat subset Jekyll posts use is understood.</summary>
internal static partial class FrontMatterParser
{
    /// <summary>The front matter (null when there is none) and the text after it.</summary>
    /// <param name="text">Text with <c>\n</c> line endings and no byte-order mark.</param>
    public static (FrontMatter? FrontMatter, string Body) Split(string text)
    {
        if (!OpeningLine().IsMatch(text))
        {
            return (null, text);
        }

        var lines = new List<string>();
        var position = text.IndexOf('\n') + 1;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = end < 0 ? text[position..] : text[position..end];
            var next = end < 0 ? text.Length : end + 1;
            if (line.TrimEnd() is "---" or "...")
            {
                return Parse(lines) is { } frontMatter ? (frontMatter, text[next..]) : (null, text);
            }

            lines.Add(line);
            position = next;
        }

        return (null, text);
    }

    private static FrontMatter? Parse(List<string> lines)
    {
        var values = new Dictionary<string, Field>(StringComparer.OrdinalIgnoreCase);
        List<string>? currentList = null;
        BlockScalar? block = null;
        foreach (var line in lines)
        {
            if (block is not null && (line.Length == 0 || char.IsWhiteSpace(line[0])))
            {
                block.Lines.Add(line.Trim());
                continue;
            }

            if (block is not null)
            {
                values[block.Key] = new Field(block.Value());
                block = null;
            }

            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (ListItem().Match(line) is { Success: true } item)
            {
                if (currentList is null)
                {
                    return null;
                }

                currentList.Add(Unquote(item.Groups["value"].Value));
                continue;
            }

            var entry = KeyValue().Match(line);
            if (!entry.Success)
            {
                // Indented lines under a key we do not read (a nested map).
                if (char.IsWhiteSpace(line[0]) && values.Count > 0)
                {
                    continue;
                }

                return null;
            }

            var key = entry.Groups["key"].Value;
            var raw = StripComment(entry.Groups["value"].Value.Trim());
            currentList = null;
            if (raw.Length == 0)
            {
                currentList = [];
                values[key] = new Field(null, currentList);
            }
            else if (BlockIndicator().IsMatch(raw))
            {
                block = new BlockScalar(key, Folded: raw[0] == '>');
            }
            else if (raw.StartsWith('[') && raw.EndsWith(']'))
            {
                values[key] = new Field(null, [.. SplitFlowList(raw[1..^1])]);
            }
            else
            {
                values[key] = new Field(Unquote(raw));
            }
        }

        if (block is not null)
        {
            values[block.Key] = new Field(block.Value());
        }

        return new FrontMatter
        {
            Title = Scalar(values, "title"),
            // Read like the sidecar's fields: published (the sidecar's name) before Jekyll's date.
            Date = LooseDate.Parse(Scalar(values, "published")) ?? LooseDate.Parse(Scalar(values, "date")),
            Publisher = Scalar(values, "publisher"),
            Url = Scalar(values, "url"),
            Categories = Words(values, "categories", "category"),
            Tags = Words(values, "tags", "tag"),
        };
    }

    private static string? Scalar(Dictionary<string, Field> values, string key) =>
        values.TryGetValue(key, out var field) && !string.IsNullOrEmpty(field.Scalar) ? field.Scalar : null;

    // Jekyll splits a plain string of categories or tags on spaces; a YAML list keeps its items whole.
    private static IReadOnlyList<string> Words(Dictionary<string, Field> values, string plural, string singular)
    {
        var result = new List<string>();
        foreach (var key in new[] { plural, singular })
        {
            if (values.TryGetValue(key, out var field))
            {
                var items = field.Items ?? [.. (field.Scalar ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                result.AddRange(items.Where(item => item.Length > 0));
            }
        }

        return result;
    }

    private static IEnumerable<string> SplitFlowList(string inner)
    {
        var item = new StringBuilder();
        char? quote = null;
        foreach (var c in inner)
        {
            if (quote is null && c == ',')
            {
                yield return Unquote(item.ToString().Trim());
                item.Clear();
                continue;
            }

            if (c is '"' or '\'' && (quote is null || quote == c))
            {
                quote = quote is null ? c : null;
            }

            item.Append(c);
        }

        if (item.ToString().Trim() is { Length: > 0 } last)
        {
            yield return Unquote(last);
        }
    }

    private static string StripComment(string value)
    {
        if (value.StartsWith('"') || value.StartsWith('\''))
        {
            return value;
        }

        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        return hash < 0 ? value : value[..hash].TrimEnd();
    }

    private static string Unquote(string value)
    {
        value = value.Trim();
        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
        {
            return value[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            return UnescapeDoubleQuoted(value[1..^1]);
        }

        return value;
    }

    // YAML double-quoted escapes; an escape YAML does not define is kept as written, not thrown on.
    private static string UnescapeDoubleQuoted(string value)
    {
        if (!value.Contains('\\'))
        {
            return value;
        }

        var result = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 == value.Length)
            {
                result.Append(value[i]);
                continue;
            }

            var next = value[++i];
            switch (next)
            {
                case 'n': result.Append('\n'); break;
                case 't': result.Append('\t'); break;
                case 'r': result.Append('\r'); break;
                case '"' or '\\' or '/': result.Append(next); break;
                case 'u' when i + 4 < value.Length && ushort.TryParse(value.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    result.Append((char)code);
                    i += 4;
                    break;
                default: result.Append('\\').Append(next); break;
            }
        }

        return result.ToString();
    }

    /// <summary>A key's value: a scalar, or the items of a list.</summary>
    private sealed record Field(string? Scalar, List<string>? Items = null);

    private sealed record BlockScalar(string Key, bool Folded)
    {
        public List<string> Lines { get; } = [];

        public string Value() => string.Join(Folded ? " " : "\n", Lines.Where(line => line.Length > 0));
    }

    [GeneratedRegex(@"\A---[ \t]*\n")]
    private static partial Regex OpeningLine();

    [GeneratedRegex(@"^(?<key>[A-Za-z_][\w\-]*)[ \t]*:(?:[ \t]+(?<value>.*)|[ \t]*)$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^[ \t]*-[ \t]+(?<value>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^[>|][-+]?$")]
    private static partial Regex BlockIndicator();
}
