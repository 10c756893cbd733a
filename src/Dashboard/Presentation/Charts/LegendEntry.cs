
using Metrics.Facts;

namespace Dashboard.Presentation.Charts;

/// <summary>One series of a chart, for a legend drawn in HTML.</summary>
/// <param name="Name">The series name as shown (e.g. 南通日报).</param>
/// <param name="ColorHex">Its colour as <c>#RRGGBB</c>.</param>
/// <param name="Stage">For a stage's entry (its shade), the stage.</param>
/// <param name="Unreviewed">True for the 未审核 entry: its swatch is hatched as the unchecked part of a bar.</param>
public sealed record LegendEntry(string Name, string ColorHex, ProjectStage? Stage = null, bool Unreviewed = false);
