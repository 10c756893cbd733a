using System.Globalization;
using Dashboard.Presentation.Charts;
using Dashboard.Presentation.Parameters;
using Metrics.Gazetteer;
using Metrics.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Components.Pages.Timeline;

/// <summary>
/// Everything the timeline shows, as its URL holds it: the API's parameters (metric, interval,
/// district..., stage, kind, from, to, boundaries; read by the same <see cref="ApiParameters"/>,
/// so a bad link gets the same message as the API) plus <c>chart=lines</c>.
/// </summary>
public sealed record TimelineView
{
    /// <summary>The view with nothing chosen: projects by year, all districts, bars.</summary>
    public static TimelineView Default { get; } = new();

    public Metric Metric { get; init; } = Metric.Projects;

    public Interval Interval { get; init; } = Interval.Year;

    public FactFilter Filter { get; init; } = new();

    public MetricChartKind Kind { get; init; } = MetricChartKind.Bars;

    /// <summary>The periods zoomed to (<c>zoom=2021..2022</c>): first and last in view; null: every period.</summary>
    public (string From, string To)? Zoom { get; init; }

    /// <summary>Reads a URL's query string.</summary>
    /// <exception cref="TimelineLinkException">A parameter is not valid; the message names it.</exception>
    public static TimelineView Parse(string query, NantongGazetteer gazetteer)
    {
        var parsed = new QueryCollection(QueryHelpers.ParseQuery(query));
        try
        {
            var parameters = new ApiParameters(parsed, gazetteer);
            var metric = parameters.ReadMetric(required: false) ?? Metric.Projects;
            var kind = parameters.ReadChoice("chart", "bars", "bars", "lines") == "lines" ? MetricChartKind.Lines : MetricChartKind.Bars;
            var interval = parameters.ReadInterval();
            return new TimelineView
            {
                Metric = metric,
                Interval = interval,
                Filter = parameters.ReadFilter(metric, drawnBy: interval),
                Kind = kind,
                Zoom = ReadZoom(parsed["zoom"].ToString(), interval),
            };
        }
        catch (ApiParameterException problem)
        {
            throw new TimelineLinkException(problem.Parameter, problem.Chinese);
        }
    }

    /// <summary>Everything but the zoom, as one string: two views with the same key draw the same chart.</summary>
    public string DrawnKey => string.Join("&", ToQuery()
        .Where(p => p.Key != "zoom" && p.Value is not null)
        .Select(p => p.Key + "=" + (p.Value is string[] values ? string.Join(",", values) : p.Value)));

    /// <summary>The query parameters of this view, defaults left out, for <c>NavigationManager.GetUriWithQueryParameters</c>.</summary>
    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>
    {
        ["metric"] = Metric == Default.Metric ? null : ApiJson.Name(Metric),
        ["interval"] = Interval == Default.Interval ? null : ApiJson.Name(Interval),
        ["district"] = Filter.Districts.Count == 0 ? null : Filter.Districts.ToArray(),
        ["stage"] = Filter.Stage is { } stage ? ApiJson.Name(stage) : null,
        ["kind"] = Filter.Kind is { } kind ? ApiJson.Name(kind) : null,
        ["from"] = Filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = Filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["boundaries"] = Filter.Boundaries == Boundaries.Historical ? null : ApiJson.Name(Filter.Boundaries),
        ["reviewed"] = Filter.ReviewedOnly ? "only" : null,
        ["chart"] = Kind == MetricChartKind.Bars ? null : "lines",
        ["zoom"] = Zoom is var (from, to) ? $"{from}..{to}" : null,
    };

    // zoom=2021..2022 (or 2021-Q3..2022-Q1, 2021-07..2021-12): two periods of the interval.
    private static (string From, string To)? ReadZoom(string text, Interval interval)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var parts = text.Split("..");
        try
        {
            if (parts.Length == 2)
            {
                var periodInterval = interval.ToPeriodInterval();
                _ = PeriodRange.Parse(parts[0], periodInterval);
                _ = PeriodRange.Parse(parts[1], periodInterval);
                return (parts[0], parts[1]);
            }
        }
        catch (FormatException)
        {
        }

        throw new TimelineLinkException("zoom", $"无效：zoom 应为两个{(interval switch { Interval.Month => "月份", Interval.Quarter => "季度", _ => "年份" })}，如 {(interval switch { Interval.Month => "2021-07..2021-12", Interval.Quarter => "2021-Q3..2022-Q1", _ => "2021..2022" })}。");
    }

    /// <summary>The same view with another metric: a stage stays only for projects and investment, a kind only for meetings.</summary>
    public TimelineView WithMetric(Metric metric) => this with
    {
        Metric = metric,
        Filter = Filter with
        {
            Stage = metric == Metric.Meetings ? null : Filter.Stage,
            Kind = metric == Metric.Meetings ? Filter.Kind : null,
        },
    };
}

/// <summary>A timeline link with a bad parameter; the message is the page's Chinese sentence naming it.</summary>
public sealed class TimelineLinkException(string parameter, string message) : Exception(message)
{
    /// <summary>The parameter's name.</summary>
    public string Parameter { get; } = parameter;
}
