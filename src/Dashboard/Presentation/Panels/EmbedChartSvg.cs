using System.Globalization;
using System.Net;
using System.Text;
using Dashboard.Presentation.Charts;
using Dashboard.Presentation.Parameters;
using Dashboard.Presentation.Words;
using Metrics.Queries;
using Microsoft.AspNetCore.WebUtilities;
using ScottPlot;

namespace Dashboard.Presentation.Panels;

/// <summary>
/// The chart of a live embed as SVG at the size of its frame, with a transparent hit area over
/// each bar or point: the embed's script shows a hover tooltip from it and opens its facts on a
/// click, without a server connection. The areas come from <see cref="MetricChartLayout"/>, the
/// same numbers the bars are drawn from.
/// </summary>
public static class EmbedChartSvg
{
    /// <summary>Parameters of the page that the chart's own URL leaves out: the script gives the size, and the chart needs no signature of its own.</summary>
    private static readonly string[] PageOnlyParameters = ["width", "height", "static", "sig", "expires"];

    /// <summary>The chart's URL for an embed page's query: the same selection and look, without size or signature.</summary>
    public static string Url(string metric, IQueryCollection query)
    {
        var kept = query.Where(p => !PageOnlyParameters.Contains(p.Key, StringComparer.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        return QueryHelpers.AddQueryString($"/embed/{Uri.EscapeDataString(metric)}/chart.svg", kept);
    }

    /// <summary>
    /// Draws the chart of <paramref name="result"/> in a <paramref name="width"/> × <paramref name="height"/>
    /// box; <paramref name="textScale"/> above 1 draws it smaller and lets the browser scale it up, so
    /// that text grows with a large frame.
    /// </summary>
    public static string Render(SeriesResult result, PanelRequest request, int width, int height, double textScale)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(request);
        var drawnWidth = Math.Max(1, (int)Math.Round(width / textScale));
        var drawnHeight = Math.Max(1, (int)Math.Round(height / textScale));
        using var chart = PanelImage.Build(result, request, caption: null);
        var svg = ChartRenderer.RenderSvg(chart.Plot, drawnWidth, drawnHeight);
        var hits = HitAreas(result, request, chart.Plot);
        var end = svg.LastIndexOf("</svg>", StringComparison.Ordinal);
        return end < 0 ? svg : svg.Insert(end, hits);
    }

    private static string HitAreas(SeriesResult result, PanelRequest request, Plot plot)
    {
        const double MinBarPixels = 6;
        const double MarkerRadius = 9;
        var language = request.English ? ChartLanguage.En : ChartLanguage.Zh;
        var names = PanelImage.Options(request, caption: null).DistrictNames;
        var builder = new StringBuilder("<g data-hits=\"\" fill=\"transparent\">");
        foreach (var point in MetricChartLayout.Of(result, request.Kind))
        {
            var name = names?.GetValueOrDefault(point.District) ?? point.District;
            var title = name + (point.Stage is { } stage ? " · " + FactWords.Stage(stage, request.English) : "") + " · " + point.Period;
            var value = ChartWords.Value(request.Metric, point.Value, point.LowerBound, language);
            var reviewed = request.English
                ? string.Create(CultureInfo.InvariantCulture, $"{point.ReviewedShare:0%} reviewed")
                : FigureWords.Reviewed(point.ReviewedShare);
            var facts = FactsView.ForPoint(request.Metric, request.Interval, request.Filter with { Stage = point.Stage ?? request.Filter.Stage }, point.District, point.Period).Url;
            var more = request.English ? $"See the {point.Facts} facts and their sources ↗" : $"查看 {point.Facts} 条事实及原文 ↗";
            builder.Append("<rect data-hit=\"\" tabindex=\"0\" role=\"button\"");
            Attribute(builder, "aria-label", $"{title}：{value}");
            Attribute(builder, "data-title", title);
            Attribute(builder, "data-value", value);
            Attribute(builder, "data-reviewed", reviewed);
            Attribute(builder, "data-colour", ChartPalette.HexOf(point.District, point.SeriesIndex));
            Attribute(builder, "data-facts", facts);
            Attribute(builder, "data-more", more);
            var (x, y, w, h) = point.Width > 0 ? Bar(plot, point, MinBarPixels) : Marker(plot, point, MarkerRadius);
            builder.Append(string.Create(CultureInfo.InvariantCulture, $" x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{w:0.#}\" height=\"{h:0.#}\"/>"));
        }

        return builder.Append("</g>").ToString();
    }

    private static (double X, double Y, double W, double H) Bar(Plot plot, MetricChartPoint point, double minPixels)
    {
        var corner = plot.GetPixel(new Coordinates(point.X - (point.Width / 2), point.Base));
        var opposite = plot.GetPixel(new Coordinates(point.X + (point.Width / 2), point.Y));
        var bottom = Math.Max(corner.Y, opposite.Y);
        var top = Math.Min(Math.Min(corner.Y, opposite.Y), bottom - minPixels);
        var left = Math.Min(corner.X, opposite.X);
        return (left, top, Math.Abs(opposite.X - corner.X), bottom - top);
    }

    private static (double X, double Y, double W, double H) Marker(Plot plot, MetricChartPoint point, double radius)
    {
        var centre = plot.GetPixel(new Coordinates(point.X, point.Y));
        return (centre.X - radius, centre.Y - radius, 2 * radius, 2 * radius);
    }

    private static void Attribute(StringBuilder builder, string name, string value) =>
        builder.Append(' ').Append(name).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
}
