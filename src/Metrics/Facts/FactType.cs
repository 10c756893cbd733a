namespace Metrics.Facts;

/// <summary>The gold schema's fact types.</summary>
public enum FactType
{
    /// <summary>A formal meeting (<c>"type": "meeting"</c>).</summary>
    Meeting,

    /// <summary>Projects signed, started, completed, put into production or opened (<c>"type": "project_event"</c>).</summary>
    ProjectEvent,
}
