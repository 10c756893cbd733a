using Dashboard.Presentation.Charts;
using Dashboard.Presentation.Panels;
using Dashboard.Presentation.Words;
using Metrics.Gazetteer;
using Metrics.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Presentation.Parameters;

/// <summary>
/// The selection behind a number, as <c>/facts</c> holds it in its URL: the parameters of
/// <c>/api/facts</c> (metric, district..., from, to, stage, kind, boundaries, page), read by the same
/// <see cref="ApiParameters"/>. Every page that shows a number builds its link to <c>/facts</c> here,
/// so that the link and the page agree on what the number counts.
/// </summary>
public sealed record FactsView
{
    /// <summary>The page's route.</summary>
    public const string Route = "/facts";

    /// <summary>Largest page number accepted, as <c>/api/facts</c> accepts it.</summary>
    public const int MaxPage = int.MaxValue / FactListQuery.MaxPageSize;

    public required Metric Metric { get; init; }

    public FactFilter Filter { get; init; } = new();

    /// <summary>1-based page of <see cref="FactListQuery.MaxPageSize"/> facts.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Reads a URL's query string; the metric is required (the page explains a number of one metric).</summary>
    /// <exception cref="ApiParameterException">A parameter is missing or not valid; the exception names it.</exception>
    internal static FactsView Parse(string query, NantongGazetteer gazetteer)
    {
        var parameters = new ApiParameters(new QueryCollection(QueryHelpers.ParseQuery(query)), gazetteer);
        var metric = parameters.ReadMetric(required: true)!.Value;
        return new FactsView
        {
            Metric = metric,
            // The page draws the selection's yearly figure.
            Filter = parameters.ReadFilter(metric, drawnBy: Interval.Year),
            Page = parameters.ReadInt("page", 1, 1, MaxPage),
        };
    }

    /// <summary>The facts behind a figure of one calendar year (a KPI card, a cell of a district × year table).</summary>
    public static FactsView ForYear(Metric metric, FactFilter filter, int year) => new()
    {
        Metric = metric,
        Filter = filter with { From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31) },
    };

    /// <summary>
    /// The facts behind a chart's bar or point: its district, and its period cut to the chart's own
    /// date range (a bar of 2023 in a chart from 2023-03-15 counts from that day).
    /// </summary>
    public static FactsView ForPoint(Metric metric, Interval interval, FactFilter filter, string district, string period)
    {
        var range = PeriodRange.Parse(period, interval.ToPeriodInterval());
        var from = filter.From is { } f && f > range.First ? f : range.First;
        var to = filter.To is { } t && t < range.Last ? t : range.Last;
        return new FactsView { Metric = metric, Filter = filter with { Districts = [district], From = from, To = to } };
    }

    /// <summary><c>/facts?metric=projects&amp;district=…&amp;from=…</c>; page 1 left out.</summary>
    public string Url
    {
        get
        {
            var parameters = new List<(string Name, string Value)> { ("metric", PanelLinks.MetricName(Metric)) };
            parameters.AddRange(PanelLinks.Filters(AsPanel));
            if (Page > 1)
            {
                parameters.Add(("page", Page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            return Route + PanelLinks.Query(parameters);
        }
    }

    /// <summary>The same facts as a CSV table, one row per fact (<c>/panels/{metric}.csv?rows=facts</c>).</summary>
    public string CsvUrl => PanelLinks.File(AsPanel with { FactRows = true }, PanelFormat.Csv);

    /// <summary>The timeline with the same filters.</summary>
    public string TimelineUrl => PanelLinks.Timeline(AsPanel);

    /// <summary>The selection in words: <c>通州区 · 2023年 · 开工项目</c>.</summary>
    public string Heading => SelectionWords.Heading(Metric, Filter);

    public FactsView WithPage(int page) => this with { Page = page };

    private PanelRequest AsPanel => new() { Metric = Metric, Interval = Interval.Year, Filter = Filter };
}
