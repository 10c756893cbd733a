using ScottPlot;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// The colours a chart draws its frame with (the <c>theme</c> query parameter). Backgrounds
/// match MudBlazor's surfaces (white; <c>#373740</c> in its dark palette), so a chart sits in a
/// <c>MudPaper</c> without a visible edge. Series colours stay <see cref="ChartPalette"/> in both.
/// </summary>
/// <param name="Name"><c>light</c> or <c>dark</c>.</param>
/// <param name="BackgroundHex">Figure and data area background.</param>
/// <param name="TextHex">Title, axis labels and tick labels.</param>
/// <param name="AxisHex">Axis lines and tick marks.</param>
/// <param name="GridHex">Grid lines.</param>
/// <param name="NoteHex">Footnotes and other secondary text.</param>
public sealed record ChartTheme(string Name, string BackgroundHex, string TextHex, string AxisHex, string GridHex, string NoteHex)
{
    /// <summary>Dark text on white.</summary>
    public static ChartTheme Light { get; } = new("light", "#FFFFFF", "#212121", "#616161", "#E6E6E6", "#616161");

    /// <summary>Light text on MudBlazor's dark surface.</summary>
    public static ChartTheme Dark { get; } = new("dark", "#373740", "#E6E6EB", "#A0A0AA", "#4C4C57", "#B4B4BE");

    /// <summary><see cref="Dark"/> when <paramref name="dark"/>, else <see cref="Light"/>.</summary>
    public static ChartTheme For(bool dark) => dark ? Dark : Light;

    /// <summary>The theme called <paramref name="name"/> (<c>light</c> or <c>dark</c>, any case), or null.</summary>
    public static ChartTheme? Find(string? name) =>
        string.Equals(name, Light.Name, StringComparison.OrdinalIgnoreCase) ? Light
        : string.Equals(name, Dark.Name, StringComparison.OrdinalIgnoreCase) ? Dark
        : null;

    /// <summary>Colours <paramref name="plot"/>'s background, axes, ticks, labels and grid.</summary>
    public void Apply(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.FigureBackground.Color = Color.FromHex(BackgroundHex);
        plot.DataBackground.Color = Color.FromHex(BackgroundHex);
        plot.Axes.Color(Color.FromHex(AxisHex));
        plot.Axes.Title.Label.ForeColor = Color.FromHex(TextHex);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.ForeColor = Color.FromHex(TextHex);
            axis.TickLabelStyle.ForeColor = Color.FromHex(TextHex);
        }

        plot.Grid.MajorLineColor = Color.FromHex(GridHex);
    }
}
