namespace Metrics.Storage;

/// <summary>One change a person made: who, when, to what, and the values before and after (JSON).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>Who made the change: the signed-in user, or <c>api-key</c> for a script.</summary>
    public required string User { get; set; }

    /// <summary>What was done: <c>edit</c>, <c>confirm</c>, <c>reject</c>, <c>add</c>, <c>set-published</c>, <c>import</c>.</summary>
    public required string Action { get; set; }

    /// <summary><c>fact</c> or <c>article</c>.</summary>
    public required string EntityType { get; set; }

    public int EntityId { get; set; }

    /// <summary>The changed record before the change, as JSON; null for an addition.</summary>
    public string? BeforeJson { get; set; }

    /// <summary>The changed record after the change, as JSON.</summary>
    public string? AfterJson { get; set; }
}
