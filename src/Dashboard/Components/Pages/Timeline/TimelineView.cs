using System.Globalization;
using Dashboard.Components.Charts;
using Dashboard.Endpoints;
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
            };
        }
        catch (ApiParameterException problem)
        {
            throw new TimelineLinkException(problem.Parameter, problem.Chinese);
        }
    }

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
    };

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
