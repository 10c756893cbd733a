using ScottPlot;
using ScottPlot.Interactivity;
using SkiaSharp;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// ScottPlot's interaction layer without a UI toolkit: user actions go in through
/// <see cref="UserInputProcessor"/>, and <see cref="Refresh"/> only marks the frame stale so the
/// Razor component renders one SVG per event, not one per response. Frames must be rendered
/// through <see cref="Multiplot"/> (see <see cref="ChartRenderer"/>), where the responses look
/// for the last render.
/// </summary>
public sealed class ServerPlotControl : IPlotControl
{
    /// <summary>Takes over <paramref name="plot"/>, with no responses configured yet.</summary>
    public ServerPlotControl(Plot plot)
    {
        Plot = plot;
        Multiplot = new Multiplot(plot);
        UserInputProcessor = new UserInputProcessor(this);
        UserInputProcessor.UserActionResponses.Clear();
        UserInputProcessor.Enable();
    }

    /// <inheritdoc />
    public Plot Plot { get; private set; }

    /// <inheritdoc />
    public IMultiplot Multiplot { get; set; }

    /// <inheritdoc />
    public UserInputProcessor UserInputProcessor { get; }

    /// <inheritdoc />
    public IPlotMenu? Menu { get; set; }

    /// <inheritdoc />
    public GRContext? GRContext => null;

    /// <inheritdoc />
    public float DisplayScale { get; set; } = 1;

    /// <summary>True when an action changed the plot since the last <see cref="MarkRendered"/>.</summary>
    public bool IsStale { get; private set; } = true;

    /// <inheritdoc />
    public void Refresh() => IsStale = true;

    /// <summary>Called after a frame was rendered from the current state.</summary>
    public void MarkRendered() => IsStale = false;

    /// <inheritdoc />
    public void ShowContextMenu(Pixel position)
    {
        // No context menu in the browser: the page has its own buttons.
    }

    /// <inheritdoc />
    public float DetectDisplayScale() => DisplayScale;

    /// <inheritdoc />
    public void Reset() => Reset(new Plot());

    /// <inheritdoc />
    public void Reset(Plot plot)
    {
        Plot = plot;
        Multiplot = new Multiplot(plot);
        IsStale = true;
    }

    /// <inheritdoc />
    public void SetCursor(Cursor cursor)
    {
        // The page sets its own CSS cursor.
    }
}
