using System.Text.Json;
using Dashboard.Presentation.Words;

namespace Dashboard.Components.Pages.Review;

/// <summary>What an audit entry changed, field by field, in Chinese: <c>投资额（元）: 5600000000 → 6000000000</c>.</summary>
internal static class AuditDiff
{
    public static IReadOnlyList<string> Changes(string? beforeJson, string? afterJson)
    {
        var before = Flatten(beforeJson);
        var after = Flatten(afterJson);
        return before.Keys.Union(after.Keys)
            .Where(key => before.GetValueOrDefault(key) != after.GetValueOrDefault(key))
            .Select(key => $"{AuditWords.Label(key)}: {AuditWords.Value(key, before.GetValueOrDefault(key))} → {AuditWords.Value(key, after.GetValueOrDefault(key))}")
            .ToList();
    }

    // Top-level members, and the members of nested objects (the fact's values) under their own names.
    private static Dictionary<string, string?> Flatten(string? json)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return fields;
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return fields;
        }

        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var inner in property.Value.EnumerateObject())
                {
                    fields[inner.Name] = Text(inner.Value);
                }
            }
            else
            {
                fields[property.Name] = Text(property.Value);
            }
        }

        return fields;
    }

    // Null and an empty list are both "nothing"; a list of names reads as the editor writes it (甲、乙).
    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => null,
        JsonValueKind.Array => value.GetArrayLength() == 0 ? null
            : string.Join("、", value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText())),
        _ => value.GetRawText(),
    };
}
