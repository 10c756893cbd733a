using System.Globalization;
using Dashboard.Presentation.Charts;
using Dashboard.Presentation.Words;
using Metrics.Export;
using Metrics.Queries;
using Metrics.Storage;

namespace Dashboard.Presentation.Panels;

/// <summary>
/// Writes a panel in any format: the HTTP panel endpoints and the <c>export</c> verb both call it,
/// so a script and a browser get the same file. It reads with the panels' queries (the read replica when one is set).
/// </summary>
public sealed class PanelExporter(
    [FromKeyedServices(PanelReadContexts.Key)] SeriesQuery series,
    [FromKeyedServices(PanelReadContexts.Key)] FactExportQuery facts,
    [FromKeyedServices(PanelReadContexts.Key)] DataSourceQuery sources,
    TimeProvider clock, SvgFontEmbedding fonts)
{
    /// <summary>Nantong's offset from UTC; export times are stated in it.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The MIME type of a format.</summary>
    public static string ContentType(PanelFormat format) => format switch
    {
        PanelFormat.Png => "image/png",
        PanelFormat.Svg => "image/svg+xml; charset=utf-8",
        PanelFormat.Csv => "text/csv; charset=utf-8",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>A download name such as <c>investment-year-figures-20261122.xlsx</c> (ASCII, so every browser keeps it).</summary>
    public string FileName(PanelRequest request, PanelFormat format)
    {
        var rows = format is PanelFormat.Csv or PanelFormat.Xlsx ? (request.FactRows ? "-facts" : "-figures") : "";
        var day = clock.GetUtcNow().ToOffset(ChinaOffset).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return $"{SeriesQuery.UnitOf(request.Metric) switch { "yuan" => "investment", var u => u }}-{request.Interval.ToString().ToLowerInvariant()}{rows}-{day}.{format.ToString().ToLowerInvariant()}";
    }

    /// <summary>Writes the panel to <paramref name="output"/>; tables stream as their rows are read.</summary>
    public async Task WriteAsync(PanelRequest request, PanelFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        switch (format)
        {
            case PanelFormat.Csv:
                await CsvExportWriter.WriteAsync(output, await TableAsync(request, cancellationToken), cancellationToken);
                break;
            case PanelFormat.Xlsx:
                var source = await sources.RunAsync(cancellationToken);
                await XlsxExportWriter.WriteAsync(output, await TableAsync(request, cancellationToken), Metadata(request, source), cancellationToken);
                break;
            default:
                var image = await RenderImageAsync(request, format, cancellationToken);
                await output.WriteAsync(image, cancellationToken);
                break;
        }
    }

    /// <summary>The chart as PNG or SVG bytes, with its title, filters, unit, as-of date and source drawn in; an SVG carries the glyphs it uses.</summary>
    public async Task<byte[]> RenderImageAsync(PanelRequest request, PanelFormat format, CancellationToken cancellationToken = default)
    {
        var result = await series.RunAsync(request.Metric, request.Interval, request.Filter, cancellationToken);
        var source = await sources.RunAsync(cancellationToken);
        using var chart = PanelImage.Build(result, request, PanelCaption.For(request, source));
        return format == PanelFormat.Svg
            ? System.Text.Encoding.UTF8.GetBytes(fonts.Embed(ChartRenderer.RenderSvg(chart.Plot, request.Width, request.Height)))
            : ChartRenderer.RenderPng(chart.Plot, request.Width, request.Height, request.Scale);
    }

    /// <summary>What the 说明 sheet states: filters, unit, rows, as-of date, source and the export time (+08:00).</summary>
    public ExportMetadata Metadata(PanelRequest request, DataSource source)
    {
        var caption = PanelCaption.For(request with { English = false }, source);
        var unit = request.FactRows
            ? "金额为元，项目与会议为个数"
            : FigureWords.Unit(request.Metric) + (request.Metric == Metric.Investment ? "（另列元）" : "");
        return new ExportMetadata(caption.Title,
        [
            new("筛选", caption.Filters),
            new("单位", unit),
            new("行", request.FactRows ? "每行一条事实，附最早报道的文章与证据原文" : "每行一个区县、一个时期，数值与图中相同"),
            new("数据截至", source.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "无日期"),
            new("来源", caption.Sources),
            new("数据版本", source.Version.ToString(CultureInfo.InvariantCulture)),
        ], clock.GetUtcNow().ToOffset(ChinaOffset));
    }

    private async Task<ExportTable> TableAsync(PanelRequest request, CancellationToken cancellationToken) =>
        request.FactRows
            ? PanelTables.Facts(facts.RunAsync(request.Metric, request.Filter, cancellationToken))
            : PanelTables.Figures(await series.RunAsync(request.Metric, request.Interval, request.Filter, cancellationToken));
}
