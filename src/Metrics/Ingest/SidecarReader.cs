using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Metrics.Ingest;

/// <summary>Reads the <c>&lt;name&gt;.meta.json</c> sidecar beside an article file:
/// <c>{"published": "YYYY-MM-DD", "publisher": "...", "url": "...", "title": "..."}</c>, every field
/// optional and nullable. Other fields are ignored, so a sidecar may carry more.</summary>
internal static class SidecarReader
{
    /// <summary>The file name suffix of a sidecar.</summary>
    public const string Suffix = ".meta.json";

    private static readonly string[] TextFields = ["publisher", "url", "title"];

    /// <summary>Where the sidecar of <paramref name="articlePath"/> lives.</summary>
    public static string PathFor(string articlePath) =>
        Path.Combine(Path.GetDirectoryName(articlePath) ?? "", Path.GetFileNameWithoutExtension(articlePath) + Suffix);

    /// <summary>The sidecar's metadata, <see cref="ArticleMetadata.Empty"/> when there is no sidecar,
    /// or null with <paramref name="reason"/> set when it cannot be used.</summary>
    public static ArticleMetadata? Read(string articlePath, long maxBytes, out string reason)
    {
        reason = "";
        var path = PathFor(articlePath);
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return ArticleMetadata.Empty;
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                reason = string.Create(CultureInfo.InvariantCulture, $"sidecar {name} is {length:N0} bytes, over the {maxBytes:N0}-byte limit");
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reason = $"cannot read sidecar {name}: {e.Message}";
            return null;
        }

        return Parse(bytes, name, out reason);
    }

    /// <summary>Parses sidecar JSON; <paramref name="name"/> is used in the reason.</summary>
    public static ArticleMetadata? Parse(byte[] bytes, string name, out string reason)
    {
        reason = "";
        var json = bytes.AsMemory();
        if (json.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            json = json[Encoding.UTF8.Preamble.Length..];
        }

        if (!Utf8.IsValid(json.Span))
        {
            reason = $"malformed sidecar {name}: not valid UTF-8";
            return null;
        }

        try
        {
            var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
            using var document = JsonDocument.Parse(json, options);
            return FromJson(document.RootElement, name, out reason);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } number ? string.Create(CultureInfo.InvariantCulture, $" at line {number + 1}") : "";
            reason = $"malformed sidecar {name}: not valid JSON{line}";
            return null;
        }
    }

    private static ArticleMetadata? FromJson(JsonElement root, string name, out string reason)
    {
        reason = "";
        if (root.ValueKind != JsonValueKind.Object)
        {
            reason = $"malformed sidecar {name}: expected a JSON object, found {Describe(root.ValueKind)}";
            return null;
        }

        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in TextFields)
        {
            if (!TryString(root, field, out var value))
            {
                reason = $"malformed sidecar {name}: \"{field}\" must be a string or null";
                return null;
            }

            texts[field] = value;
        }

        if (!TryString(root, "published", out var published))
        {
            reason = $"malformed sidecar {name}: \"published\" must be a \"YYYY-MM-DD\" string or null";
            return null;
        }

        DateOnly? date = null;
        if (published is not null)
        {
            if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                reason = $"malformed sidecar {name}: \"published\" is \"{published}\", not a YYYY-MM-DD date";
                return null;
            }

            date = parsed;
        }

        return new ArticleMetadata
        {
            Published = date,
            Publisher = texts["publisher"],
            Url = texts["url"],
            Title = texts["title"],
        };
    }

    // A missing field, null or blank string is "not given"; any other type is an error.
    private static bool TryString(JsonElement root, string field, out string? value)
    {
        value = null;
        if (!TryGetProperty(root, field, out var element))
        {
            return true;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.String:
                var text = element.GetString()!.Trim();
                value = text.Length > 0 ? text : null;
                return true;
            default:
                return false;
        }
    }

    private static bool TryGetProperty(JsonElement root, string field, out JsonElement element)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, field, StringComparison.OrdinalIgnoreCase))
            {
                element = property.Value;
                return true;
            }
        }

        element = default;
        return false;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
