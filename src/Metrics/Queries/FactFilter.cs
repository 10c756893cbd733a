
using Metrics.Facts;

namespace Metrics.Queries;

/// <summary>The selection shared by series, KPIs and drill-down; every member optional.</summary>
public sealed record FactFilter
{
    /// <summary>District names; empty = all.</summary>
    public IReadOnlyList<string> Districts { get; init; } = [];

    /// <summary>First day, inclusive.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day, inclusive.</summary>
    public DateOnly? To { get; init; }

    public ProjectStage? Stage { get; init; }

    public MeetingKind? Kind { get; init; }

    public Boundaries Boundaries { get; init; } = Boundaries.Historical;

    /// <summary>True for <c>reviewed=only</c>: count only facts a person confirmed, corrected or entered.</summary>
    public bool ReviewedOnly { get; init; }
}
