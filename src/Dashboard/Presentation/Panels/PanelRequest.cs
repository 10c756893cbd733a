using System.Globalization;
using Dashboard.Presentation.Charts;
using Dashboard.Presentation.Parameters;
using Metrics.Gazetteer;
using Metrics.Queries;

namespace Dashboard.Presentation.Panels;

/// <summary>The file format of a panel export.</summary>
public enum PanelFormat
{
    Png,
    Svg,
    Csv,
    Xlsx,
}

/// <summary>
/// Everything a panel (image, table, embed) is drawn from, read from the query string with the
/// shared parameters of CONTRACTS.md: district, from, to, interval, stage, kind, boundaries, and
/// width, height, scale, theme, lang, rows; plus the timeline's <c>chart=lines</c>. The HTTP endpoints, the embed page and the
/// <c>export</c> verb all read it here.
/// </summary>
public sealed record PanelRequest
{
    public const int DefaultWidth = 1200;
    public const int DefaultHeight = 600;
    public const int MinSide = 200;
    public const int MaxSide = 4000;

    /// <summary>
    /// Most pixels one image may have, width × height × scale² (4000 × 4000, or 2000 × 2000 at scale 2):
    /// a PNG is drawn in memory at 4 bytes a pixel before it is compressed.
    /// </summary>
    public const long MaxImagePixels = 16_000_000;

    public required Metric Metric { get; init; }

    public required Interval Interval { get; init; }

    public required FactFilter Filter { get; init; }

    public int Width { get; init; } = DefaultWidth;

    public int Height { get; init; } = DefaultHeight;

    /// <summary>Pixel density of a PNG, 1 to 4.</summary>
    public int Scale { get; init; } = 1;

    public bool Dark { get; init; }

    /// <summary>Bars (default) or lines (<c>chart=lines</c>, as on the timeline).</summary>
    public MetricChartKind Kind { get; init; } = MetricChartKind.Bars;

    public bool English { get; init; }

    /// <summary>For CSV and XLSX: one row per fact rather than per charted figure.</summary>
    public bool FactRows { get; init; }

    /// <summary>The pixels of the image as drawn: width × height × scale².</summary>
    public long Pixels => (long)Width * Height * Scale * Scale;

    /// <summary>True when the image at <paramref name="scale"/> stays within <see cref="MaxImagePixels"/> and the renderer's side limit.</summary>
    public bool FitsAt(int scale) =>
        (long)Width * Height * scale * scale <= MaxImagePixels && Width * scale <= ChartRenderer.MaxPixels && Height * scale <= ChartRenderer.MaxPixels;

    /// <summary>Reads the request; throws <see cref="ApiParameterException"/> naming a bad parameter.</summary>
    /// <param name="clock">Today, for the span limits of <c>from</c>/<c>to</c>; the system clock when null.</param>
    public static PanelRequest Read(string metric, IQueryCollection query, NantongGazetteer gazetteer, TimeProvider? clock = null)
    {
        var parameters = new ApiParameters(query, gazetteer, clock);
        var parsedMetric = ApiParameters.MetricFromRoute(metric);
        var interval = parameters.ReadInterval();
        var request = new PanelRequest
        {
            Metric = parsedMetric,
            Interval = interval,
            Filter = parameters.ReadFilter(parsedMetric, drawnBy: interval),
            Width = parameters.ReadInt("width", DefaultWidth, MinSide, MaxSide),
            Height = parameters.ReadInt("height", DefaultHeight, MinSide, MaxSide),
            Scale = parameters.ReadInt("scale", 1, 1, 4),
            Dark = parameters.ReadChoice("theme", "light", "light", "dark") == "dark",
            Kind = parameters.ReadChoice("chart", "bars", "bars", "lines") == "lines" ? MetricChartKind.Lines : MetricChartKind.Bars,
            English = parameters.ReadChoice("lang", "zh", "zh", "en") == "en",
            FactRows = parameters.ReadChoice("rows", "figures", "figures", "facts") == "facts",
        };
        return request.FitsAt(request.Scale) ? request : throw TooManyPixels(request);
    }

    private static ApiParameterException TooManyPixels(PanelRequest request)
    {
        var name = request.Scale > 1 ? "scale" : "width";
        return ApiParameterException.Other(name,
            string.Create(CultureInfo.InvariantCulture, $"width × height × scale² is {request.Pixels:N0} pixels ({request.Width * request.Scale} × {request.Height * request.Scale}); at most {MaxImagePixels:N0}, and at most {ChartRenderer.MaxPixels} on a side (e.g. 2000 × 2000 at scale 2)."),
            string.Create(CultureInfo.InvariantCulture, $"无效：宽 × 高 × 倍率² 为 {request.Pixels:N0} 像素（{request.Width * request.Scale} × {request.Height * request.Scale}）；最多 {MaxImagePixels:N0} 像素，每边最多 {ChartRenderer.MaxPixels} 像素（例如 2000 × 2000、倍率 2）。"));
    }

    /// <summary>Reads <c>investment.png</c> into the metric and the format.</summary>
    public static (string Metric, PanelFormat Format) SplitFileName(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        var extension = dot < 0 ? "" : fileName[(dot + 1)..];
        var format = extension switch
        {
            "png" => PanelFormat.Png,
            "svg" => PanelFormat.Svg,
            "csv" => PanelFormat.Csv,
            "xlsx" => PanelFormat.Xlsx,
            _ => throw ApiParameterException.Unknown("format", extension, ParameterChoice.Plain(["png", "svg", "csv", "xlsx"])),
        };
        return (fileName[..dot], format);
    }
}
