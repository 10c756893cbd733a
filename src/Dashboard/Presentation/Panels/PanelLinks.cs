using System.Globalization;
using Dashboard.Presentation.Charts;
using Dashboard.Presentation.Parameters;
using Metrics.Queries;

namespace Dashboard.Presentation.Panels;

/// <summary>
/// URLs of a panel: its files under <c>/panels</c>, its embed page, and the full view on
/// <c>/timeline</c> with the same filters. Parameters left at their defaults are left out, so
/// links stay short and a signed link covers exactly what it shows.
/// </summary>
public static class PanelLinks
{
    /// <summary><c>/panels/investment.png?district=…</c>; image size, theme and language only for images, rows only for tables.</summary>
    public static string File(PanelRequest request, PanelFormat format)
    {
        var image = format is PanelFormat.Png or PanelFormat.Svg;
        var parameters = Filters(request);
        if (image)
        {
            parameters.AddRange(Look(request, withScale: format == PanelFormat.Png));
        }
        else if (request.FactRows)
        {
            parameters.Add(("rows", "facts"));
        }

        return $"/panels/{MetricName(request.Metric)}.{format.ToString().ToLowerInvariant()}{Query(parameters)}";
    }

    /// <summary><c>/embed/investment?…</c>; <paramref name="staticImage"/> adds <c>static=1</c>.</summary>
    public static string Embed(PanelRequest request, bool staticImage)
    {
        var parameters = Filters(request);
        parameters.AddRange(Look(request, withScale: false));
        if (staticImage)
        {
            parameters.Add(("static", "1"));
        }

        return $"/embed/{MetricName(request.Metric)}{Query(parameters)}";
    }

    /// <summary>The full view: <c>/timeline?metric=investment&amp;…</c> with the same filters.</summary>
    public static string Timeline(PanelRequest request)
    {
        var parameters = new List<(string, string)> { ("metric", MetricName(request.Metric)) };
        parameters.AddRange(Filters(request));
        if (request.Kind == MetricChartKind.Lines)
        {
            parameters.Add(("chart", "lines"));
        }
        return "/timeline" + Query(parameters);
    }

    /// <summary><c>projects</c>, <c>investment</c> or <c>meetings</c>.</summary>
    public static string MetricName(Metric metric) => ApiJson.Name(metric);

    /// <summary>The selection and interval as query parameters.</summary>
    public static List<(string Name, string Value)> Filters(PanelRequest request)
    {
        var filter = request.Filter;
        var parameters = filter.Districts.Select(d => ("district", d)).ToList();
        if (filter.From is { } from)
        {
            parameters.Add(("from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (filter.To is { } to)
        {
            parameters.Add(("to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (request.Interval != Interval.Year)
        {
            parameters.Add(("interval", ApiJson.Name(request.Interval)));
        }

        if (filter.Stage is { } stage)
        {
            parameters.Add(("stage", ApiJson.Name(stage)));
        }

        if (filter.Kind is { } kind)
        {
            parameters.Add(("kind", ApiJson.Name(kind)));
        }

        if (filter.Boundaries != Boundaries.Historical)
        {
            parameters.Add(("boundaries", ApiJson.Name(filter.Boundaries)));
        }

        if (filter.ReviewedOnly)
        {
            parameters.Add(("reviewed", "only"));
        }

        return parameters;
    }

    private static IEnumerable<(string, string)> Look(PanelRequest request, bool withScale)
    {
        if (request.Width != PanelRequest.DefaultWidth)
        {
            yield return ("width", request.Width.ToString(CultureInfo.InvariantCulture));
        }

        if (request.Height != PanelRequest.DefaultHeight)
        {
            yield return ("height", request.Height.ToString(CultureInfo.InvariantCulture));
        }

        if (withScale && request.Scale != 1)
        {
            yield return ("scale", request.Scale.ToString(CultureInfo.InvariantCulture));
        }

        if (request.Kind == MetricChartKind.Lines)
        {
            yield return ("chart", "lines");
        }

        if (request.Dark)
        {
            yield return ("theme", "dark");
        }

        if (request.English)
        {
            yield return ("lang", "en");
        }
    }

    /// <summary><c>?a=1&amp;b=2</c> with every value escaped, or nothing for no parameters.</summary>
    internal static string Query(List<(string Name, string Value)> parameters) =>
        parameters.Count == 0 ? "" : "?" + string.Join("&", parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
}
