using ScottPlot;
using ScottPlot.Plottables;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// Skia's SVG canvas draws neither path effects (dashed outlines and lines: it draws them solid and
/// prints "Unsupported path effect in addPaint." on stderr for every one) nor image shaders (hatches:
/// it writes an empty <c>defs</c>). For an SVG frame the dashes and hatches are taken off while it
/// is drawn and put back after: the SVG looks the same as before, without a log line per bar and
/// without making and finalising a hatch shader per bar. PNG frames keep both.
/// </summary>
internal static class SvgPaint
{
    /// <summary>Takes dashes and hatches off every bar and line of <paramref name="plots"/>; disposing puts them back.</summary>
    public static IDisposable Plain(IEnumerable<Plot> plots)
    {
        var restore = new List<Action>();
        foreach (var plottable in plots.SelectMany(p => p.GetPlottables()))
        {
            switch (plottable)
            {
                case BarPlot bars:
                    foreach (var bar in bars.Bars.Where(b => b.FillHatch is not null || !IsSolid(b.LinePattern)))
                    {
                        var (hatch, pattern) = (bar.FillHatch, bar.LinePattern);
                        bar.FillHatch = null;
                        bar.LinePattern = LinePattern.Solid;
                        restore.Add(() => (bar.FillHatch, bar.LinePattern) = (hatch, pattern));
                    }

                    break;
                case Scatter line when !IsSolid(line.LinePattern):
                    var linePattern = line.LinePattern;
                    line.LinePattern = LinePattern.Solid;
                    restore.Add(() => line.LinePattern = linePattern);
                    break;
            }
        }

        return new Restore(restore);
    }

    private static bool IsSolid(LinePattern pattern) => pattern.Equals(LinePattern.Solid);

    private sealed class Restore(List<Action> actions) : IDisposable
    {
        public void Dispose() => actions.ForEach(a => a());
    }
}
