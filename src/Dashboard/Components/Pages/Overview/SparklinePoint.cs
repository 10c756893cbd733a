namespace Dashboard.Components.Pages.Overview;

/// <summary>One period of a sparkline.</summary>
/// <param name="Label">The period (<c>2023</c>).</param>
/// <param name="Value">Its height.</param>
/// <param name="Text">The value as a reader reads it (<c>≥480亿元</c>), for the tooltip.</param>
public sealed record SparklinePoint(string Label, double Value, string Text);
