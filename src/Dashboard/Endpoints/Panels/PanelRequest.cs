using Dashboard.Components.Charts;
using Metrics.Gazetteer;
using Metrics.Queries;

namespace Dashboard.Endpoints.Panels;

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

    /// <summary>Reads the request; throws <see cref="ApiParameterException"/> naming a bad parameter.</summary>
    public static PanelRequest Read(string metric, IQueryCollection query, NantongGazetteer gazetteer)
    {
        var parameters = new ApiParameters(query, gazetteer);
        var parsedMetric = ApiParameters.MetricFromRoute(metric);
        return new PanelRequest
        {
            Metric = parsedMetric,
            Interval = parameters.ReadInterval(),
            Filter = parameters.ReadFilter(parsedMetric),
            Width = parameters.ReadInt("width", DefaultWidth, MinSide, MaxSide),
            Height = parameters.ReadInt("height", DefaultHeight, MinSide, MaxSide),
            Scale = parameters.ReadInt("scale", 1, 1, 4),
            Dark = parameters.ReadChoice("theme", "light", "light", "dark") == "dark",
            Kind = parameters.ReadChoice("chart", "bars", "bars", "lines") == "lines" ? MetricChartKind.Lines : MetricChartKind.Bars,
            English = parameters.ReadChoice("lang", "zh", "zh", "en") == "en",
            FactRows = parameters.ReadChoice("rows", "figures", "figures", "facts") == "facts",
        };
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
