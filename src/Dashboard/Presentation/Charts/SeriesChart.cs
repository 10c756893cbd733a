using ScottPlot;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// A built chart: the plot, plus its series and colours for a legend drawn in HTML, because
/// ScottPlot's legend mis-measures CJK text (upstream issue #5213). Disposing disposes the plot.
/// </summary>
public sealed class SeriesChart(Plot plot, IReadOnlyList<LegendEntry> legend) : IDisposable
{
    /// <summary>The configured plot, ready for <see cref="ChartRenderer"/>.</summary>
    public Plot Plot { get; } = plot;

    /// <summary>The series in drawing order (bottom of the stack first).</summary>
    public IReadOnlyList<LegendEntry> Legend { get; } = legend;

    /// <inheritdoc />
    public void Dispose() => Plot.Dispose();
}
