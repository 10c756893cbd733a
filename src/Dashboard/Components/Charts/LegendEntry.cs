namespace Dashboard.Components.Charts;

/// <summary>One series of a chart, for a legend drawn in HTML.</summary>
/// <param name="Name">The series name as shown (e.g. 南通日报).</param>
/// <param name="ColorHex">Its colour as <c>#RRGGBB</c>.</param>
public sealed record LegendEntry(string Name, string ColorHex);
