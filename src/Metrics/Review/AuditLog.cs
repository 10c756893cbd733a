using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Metrics.Storage;

namespace Metrics.Review;

/// <summary>Records a change in the caller's context, so that it is saved in the same transaction as the change itself.</summary>
public static class AuditLog
{
    /// <summary>camelCase, enums by name, Chinese unescaped: readable in the page and in the CSV.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Adds an entry; <paramref name="before"/> and <paramref name="after"/> are serialised as JSON (null stays null).</summary>
    public static AuditEntry Add(MetricsDbContext context, DateTime nowUtc, string user, string action, string entityType, int entityId, object? before, object? after)
    {
        var entry = new AuditEntry
        {
            AtUtc = nowUtc,
            User = user,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            BeforeJson = before is null ? null : JsonSerializer.Serialize(before, JsonOptions),
            AfterJson = after is null ? null : JsonSerializer.Serialize(after, JsonOptions),
        };
        context.AuditEntries.Add(entry);
        return entry;
    }
}
