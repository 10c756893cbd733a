using ScottPlot;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// ScottPlot 5.1 puts a label's baseline at the bottom of its line box minus the font's
/// bounding-box bottom, which for Latin fonts is about the descent. CJK fonts reach much lower
/// (Noto Sans SC: bottom 1.05 em, descent 0.29 em), so every label floats 0.76 em too high:
/// y tick labels sit beside the grid line above theirs, x tick labels touch the tick marks and a
/// rotated y axis title is pushed out of the figure. Offsetting each label down along its own
/// vertical puts the baseline where the descent says.
/// </summary>
internal static class CjkBaselineCorrection
{
    /// <summary>Offsets the title and every axis title and tick label of <paramref name="plot"/>.</summary>
    public static void Apply(Plot plot, float shiftEm)
    {
        Apply(plot.Axes.Title.Label, shiftEm);
        foreach (var axis in plot.Axes.GetAxes())
        {
            Apply(axis.Label, shiftEm);
            Apply(axis.TickLabelStyle, shiftEm);
        }
    }

    private static void Apply(LabelStyle label, float shiftEm)
    {
        // Offsets are in screen space, applied before rotation: "down" for text turned by r
        // degrees is (-sin r, cos r), e.g. to the right for a left axis title at -90.
        var shift = shiftEm * label.FontSize;
        var radians = label.Rotation * MathF.PI / 180;
        label.OffsetX = -MathF.Sin(radians) * shift;
        label.OffsetY = MathF.Cos(radians) * shift;
    }
}
