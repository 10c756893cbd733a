using ScottPlot;
using ScottPlot.Plottables;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// The words in the middle of the data area of a chart that has nothing to draw, in the theme's
/// note colour and the bundled font. Placed on the data area, not on coordinates, so zooming and
/// panning keep it in view.
/// </summary>
public static class EmptyChartNote
{
    /// <summary>Size of the note's text in points.</summary>
    public const float FontSize = 16;

    /// <summary>Adds <paramref name="text"/> to <paramref name="plot"/>. Needs <see cref="ChartFonts.EnsureRegistered"/>.</summary>
    public static Annotation Add(Plot plot, string text, ChartTheme theme)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(theme);
        var font = ChartFonts.Registered;
        var note = plot.Add.Annotation(text, Alignment.MiddleCenter);
        note.LabelFontName = font.FamilyName;
        note.LabelFontSize = FontSize;
        note.LabelFontColor = Color.FromHex(theme.NoteHex);
        // On the chart's own background, so that no grid line runs through the words.
        note.LabelBackgroundColor = Color.FromHex(theme.BackgroundHex);
        note.LabelBorderColor = Colors.Transparent;
        note.LabelStyle.Padding = FontSize / 2;
        note.LabelShadowColor = Colors.Transparent;
        // The CJK baseline quirk (CjkBaselineCorrection) would lift the words above the middle.
        note.LabelStyle.OffsetY = font.BaselineShiftEm * FontSize;
        return note;
    }
}
