using System.Globalization;
using Dashboard.Presentation.Charts;
using Metrics.Queries;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components;
using MudBlazor.Interop;
using MudBlazor.Services;
using ScottPlot.AxisRules;
using ScottPlot.Interactivity.UserActionResponses;
using ScottPlot.Interactivity.UserActions;
using ScottPlot.Interactivity;
using ScottPlot;

namespace Dashboard.Components.Charts;

/// <summary>
/// <see cref="MetricChart"/> made interactive the way shared/CHARTS.md describes: ScottPlot's own
/// wheel-zoom and drag-pan responses driven through <see cref="ServerPlotControl"/>, one SVG
/// frame per wheel event or finished drag (the old frame slides with a CSS transform during the
/// drag), hover and click found in C# from <see cref="MetricChartLayout"/> with no re-render.
/// The y axis stays put: only time zooms and pans. The unzoomed frame comes from
/// <see cref="ChartFrameCache"/> when it was drawn before (a prerendered page asked again draws
/// nothing); the live plot is built only when the frame is not kept or the visitor interacts.
/// </summary>
public sealed partial class InteractiveMetricChart
{
    /// <summary>Width drawn before the browser has told the real one (prerendering, first paint).</summary>
    public const int DefaultWidth = 1000;

    private const double ClickTolerancePixels = 4;
    private const double MinVisiblePeriods = 1.5;

    private ElementReference box;
    private IResizeObserver? resizeObserver;
    private SeriesChart? chart;
    private ServerPlotControl? control;
    private IReadOnlyList<MetricChartPoint> points = [];
    private SeriesResult? builtResult;
    private MetricChartOptions? builtOptions;
    private string svg = "";
    private int width = DefaultWidth;
    private bool measured;
    private bool zoomed;
    private SvgFrame? shown;
    private double xMin;
    private double xMax;
    private Pixel? pointerDown;
    private double dragOffset;
    private MetricChartPoint? hover;
    private Pixel hoverAt;

    [Inject]
    private IResizeObserverFactory ResizeObserverFactory { get; set; } = null!;

    [Inject]
    private ChartFrameCache Frames { get; set; } = null!;

    /// <summary>The series to draw.</summary>
    [Parameter, EditorRequired]
    public SeriesResult Result { get; set; } = null!;

    /// <summary>How to draw it; a new instance redraws and resets the zoom.</summary>
    [Parameter]
    public MetricChartOptions Options { get; set; } = new();

    /// <summary>Width to draw before the browser tells the real one: an embed knows its iframe's.</summary>
    [Parameter]
    public int InitialWidth { get; set; } = DefaultWidth;

    /// <summary>Height of the chart in CSS pixels.</summary>
    [Parameter]
    public int Height { get; set; } = 400;

    /// <summary>The <c>data-chart</c> name tests and styles find the chart by.</summary>
    [Parameter]
    public string ChartName { get; set; } = "metric";

    /// <summary>What a screen reader says for the image.</summary>
    [Parameter]
    public string AriaLabel { get; set; } = "图表";

    /// <summary>Shown left of the zoom controls above the chart (the page's chart title).</summary>
    [Parameter]
    public RenderFragment? Heading { get; set; }

    /// <summary>The periods to show when the chart is drawn (a link's zoom, e.g. 2021 to 2022); null: every period.</summary>
    [Parameter]
    public (string From, string To)? Zoom { get; set; }

    /// <summary>The reader zoomed or panned (the first and last period in view), or reset the zoom (null), so a page can put it in its URL.</summary>
    [Parameter]
    public EventCallback<(string From, string To)?> ZoomChanged { get; set; }

    /// <summary>A bar or point was clicked.</summary>
    [Parameter]
    public EventCallback<MetricChartPoint> OnPointClicked { get; set; }

    /// <summary>The first and last period fully or partly in view, e.g. <c>2020</c> and <c>2023</c>.</summary>
    public string? VisibleFrom { get; private set; }

    /// <inheritdoc cref="VisibleFrom"/>
    public string? VisibleTo { get; private set; }

    /// <summary>The live plot, for tests that need its pixel mapping.</summary>
    internal Plot? PlotForTests => control?.Plot;

    private string XMin => xMin.ToString("0.###", CultureInfo.InvariantCulture);

    private string XMax => xMax.ToString("0.###", CultureInfo.InvariantCulture);

    private string Cursor => pointerDown is null ? (hover is null ? "grab" : "pointer") : "grabbing";

    private string DragStyle => dragOffset == 0
        ? ""
        : string.Create(CultureInfo.InvariantCulture, $"transform:translateX({dragOffset:0.#}px)");

    private string TooltipStyle
    {
        get
        {
            // Keep the tooltip inside the chart: flip it to the left of the pointer in the right third.
            var left = hoverAt.X > width * 2 / 3.0 ? hoverAt.X - 170 : hoverAt.X + 14;
            return string.Create(CultureInfo.InvariantCulture, $"left:{left:0}px;top:{Math.Max(0, hoverAt.Y - 10):0}px");
        }
    }

    /// <summary>Shows every period again.</summary>
    public async Task ResetZoom()
    {
        if (control is null || MetricChart.FullRange(points, Options, Result.Interval.ToPeriodInterval()) is not var (min, max))
        {
            return;
        }

        control.Plot.Axes.SetLimitsX(min, max);
        zoomed = false;
        Render();
        await ZoomChanged.InvokeAsync(null);
    }

    private Task ReportZoomAsync() =>
        VisibleFrom is { } from && VisibleTo is { } to ? ZoomChanged.InvokeAsync((from, to)) : Task.CompletedTask;

    // A link's zoom: the centres of its first and last period in view, as a reader's zoom leaves them; false when there is none.
    private bool ApplyZoom(Plot plot)
    {
        if (Zoom is not var (from, to))
        {
            return false;
        }

        var interval = Result.Interval.ToPeriodInterval();
        try
        {
            var (first, last) = (ChartIntervals.PositionOf(from, interval), ChartIntervals.PositionOf(to, interval));
            plot.Axes.SetLimitsX(Math.Min(first, last) - 0.5, Math.Max(first, last) + 0.5);
            return true;
        }
        catch (FormatException)
        {
            // A zoom of another interval (the link changed year to month): show every period.
            return false;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (resizeObserver is not null)
        {
            resizeObserver.OnResized -= OnResized;
            await resizeObserver.DisposeAsync();
        }

        chart?.Dispose();
    }

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(builtResult, Result) && ReferenceEquals(builtOptions, Options))
        {
            return;
        }

        builtResult = Result;
        builtOptions = Options;
        if (!measured)
        {
            width = Math.Clamp(InitialWidth, 100, ChartRenderer.MaxPixels);
        }

        chart?.Dispose();
        (chart, control) = (null, null);
        points = MetricChartLayout.Of(Result, Options.Kind);
        hover = null;
        zoomed = false;
        if (Zoom is null)
        {
            ShowFullFrame();
            return;
        }

        // A link's zoom is drawn from the live plot, never kept as the full frame.
        EnsureLive();
        zoomed = ApplyZoom(control!.Plot);
        Render();
    }

    // The whole time axis at the current width: a kept frame, or drawn from the live plot and kept.
    private void ShowFullFrame() => Show(Frames.GetOrDraw(Result, Options, width, Height, () => EnsureLive() ? shown! : Render()));

    /// <summary>Builds the plot that zoom, pan and hit tests work on and draws it once, so that it knows its layout; false when it was there.</summary>
    private bool EnsureLive()
    {
        if (control is not null)
        {
            return false;
        }

        chart = MetricChart.Build(Result, Options);
        control = new ServerPlotControl(chart.Plot);
        control.UserInputProcessor.UserActionResponses.Add(new MouseWheelZoom(StandardKeys.Shift, StandardKeys.Control));
        control.UserInputProcessor.UserActionResponses.Add(new MouseDragPan(StandardMouseButtons.Left) { LockY = true });
        var limits = chart.Plot.Axes.GetLimits();
        chart.Plot.Axes.Rules.Add(new LockedVertical(chart.Plot.Axes.Left, limits.Bottom, limits.Top));
        Render();
        return true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        resizeObserver = ResizeObserverFactory.Create();
        resizeObserver.OnResized += OnResized;
        var size = await resizeObserver.Observe(box);
        Resize(size?.Width ?? 0);
    }

    private void OnResized(IDictionary<ElementReference, BoundingClientRect> sizes)
    {
        if (sizes.TryGetValue(box, out var size))
        {
            _ = InvokeAsync(() => Resize(size.Width));
        }
    }

    private void Resize(double cssWidth)
    {
        var newWidth = (int)Math.Floor(cssWidth);
        if (newWidth < 100 || (measured && newWidth == width))
        {
            return;
        }

        width = Math.Min(newWidth, ChartRenderer.MaxPixels);
        measured = true;
        if (zoomed)
        {
            Render();
        }
        else
        {
            ShowFullFrame();
        }

        StateHasChanged();
    }

    // Draws the live plot as it is now zoomed and panned and shows the frame.
    private SvgFrame Render()
    {
        KeepAPeriodInView(control!.Plot);
        var drawn = ChartRenderer.RenderSvg(control.Multiplot, width, Height);
        var range = control.Plot.Axes.Bottom.Range;
        var frame = new SvgFrame(drawn, range.Min, range.Max);
        control.MarkRendered();
        Show(frame);
        return frame;
    }

    private void Show(SvgFrame frame)
    {
        shown = frame;
        svg = frame.Svg;
        (xMin, xMax) = (frame.XMin, frame.XMax);
        var interval = Result.Interval.ToPeriodInterval();
        // The periods whose centres are in view.
        VisibleFrom = PeriodTickFormatter.FormatPosition((int)Math.Ceiling(frame.XMin), interval);
        VisibleTo = PeriodTickFormatter.FormatPosition((int)Math.Floor(frame.XMax), interval);
    }

    private static void KeepAPeriodInView(Plot plot)
    {
        var range = plot.Axes.Bottom.Range;
        if (range.Span < MinVisiblePeriods)
        {
            var centre = (range.Min + range.Max) / 2;
            plot.Axes.SetLimitsX(centre - (MinVisiblePeriods / 2), centre + (MinVisiblePeriods / 2));
        }
    }

    private void OnWheel(WheelEventArgs e)
    {
        if (!measured || e.DeltaY == 0)
        {
            return;
        }

        EnsureLive();
        var at = new Pixel(e.OffsetX, e.OffsetY);
        control!.UserInputProcessor.Process(e.DeltaY < 0 ? new MouseWheelUp(at) : new MouseWheelDown(at));
        if (control.IsStale)
        {
            hover = null;
            zoomed = true;
            Render();
        }
    }

    private async Task OnWheelAsync(WheelEventArgs e)
    {
        var before = (VisibleFrom, VisibleTo);
        OnWheel(e);
        if ((VisibleFrom, VisibleTo) != before)
        {
            await ReportZoomAsync();
        }
    }

    private void OnPointerDown(PointerEventArgs e)
    {
        if (!measured || e.Button != 0)
        {
            return;
        }

        EnsureLive();
        pointerDown = new Pixel(e.OffsetX, e.OffsetY);
        control!.UserInputProcessor.Process(new LeftMouseDown(pointerDown.Value));
    }

    private void OnPointerMove(PointerEventArgs e)
    {
        if (pointerDown is { } down)
        {
            // No frame while dragging: slide the old one and draw once on release.
            dragOffset = e.OffsetX - down.X;
            hover = null;
            return;
        }

        hoverAt = new Pixel(e.OffsetX, e.OffsetY);
        hover = HitAt(hoverAt);
    }

    private async Task OnPointerUpAsync(PointerEventArgs e)
    {
        if (pointerDown is not { } down || control is null)
        {
            return;
        }

        var up = new Pixel(e.OffsetX, e.OffsetY);
        var moved = Math.Sqrt(((up.X - down.X) * (up.X - down.X)) + ((up.Y - down.Y) * (up.Y - down.Y)));
        if (moved <= ClickTolerancePixels)
        {
            control.UserInputProcessor.Process(new LeftMouseUp(down));
            EndDrag();
            if (HitAt(down) is { } clicked)
            {
                await OnPointClicked.InvokeAsync(clicked);
            }

            return;
        }

        FinishPan(up);
        await ReportZoomAsync();
    }

    private async Task OnPointerLeaveAsync(PointerEventArgs e)
    {
        hover = null;
        if (pointerDown is not null && control is not null)
        {
            FinishPan(new Pixel(e.OffsetX, e.OffsetY));
            await ReportZoomAsync();
        }
    }

    private void FinishPan(Pixel up)
    {
        control!.UserInputProcessor.Process(new MouseMove(up));
        control.UserInputProcessor.Process(new LeftMouseUp(up));
        EndDrag();
        zoomed = true;
        Render();
    }

    private void EndDrag()
    {
        pointerDown = null;
        dragOffset = 0;
    }

    private MetricChartPoint? HitAt(Pixel at)
    {
        if (!measured)
        {
            return null;
        }

        EnsureLive();
        var plot = control!.Plot;
        return MetricChartLayout.Hit(points, (at.X, at.Y), (x, y) =>
        {
            var pixel = plot.GetPixel(new Coordinates(x, y));
            return (pixel.X, pixel.Y);
        });
    }

    private string NameOf(string district) => Options.DistrictNames?.GetValueOrDefault(district) ?? district;
}
