using Dashboard.Components.Filters;
using Dashboard.Components.Layout;
using Dashboard.Presentation.Charts;
using Dashboard.Presentation.Parameters;
using Dashboard.Presentation.Words;
using Metrics.Gazetteer;
using Metrics.Queries;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Components.Pages.Districts;

/// <summary>
/// <c>/districts</c>: a metric per district and calendar year as a grouped bar chart and a table
/// with each year's change against the year before; historical or today's boundaries. Every
/// filter is in the URL; the numbers are those of <c>/api/series</c> for the same filters.
/// </summary>
public partial class DistrictComparison
{
    private const int ChartWidth = 1100;
    private const int ChartHeight = 380;
    private const int DefaultYears = 5;

    private DistrictFilter? filter;
    private IReadOnlyList<int> yearChoices = [];
    private DistrictView? view;
    private SeriesResult? shown;
    private bool drawnDark;
    private string? problem;

    [Inject]
    private SeriesQuery Series { get; set; } = null!;

    [Inject]
    private KpiTrendQuery Kpis { get; set; } = null!;

    [Inject]
    private NantongGazetteer Gazetteer { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private ChartFrameCache Frames { get; set; } = null!;

    /// <summary>True while the dark theme is on: the chart is drawn to match.</summary>
    [CascadingParameter(Name = ThemePreference.DarkMode)]
    public bool DarkMode { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var requested = await ReadFilterAsync();
        if (requested is null)
        {
            (filter, view, shown) = (null, null, null);
            return;
        }

        if (requested != filter || shown is null)
        {
            filter = requested;
            view = null;
            shown = await Series.RunAsync(requested.Metric, Interval.Year, requested.ForYears(requested.From, requested.To));
            var yearBefore = await Series.RunAsync(requested.Metric, Interval.Year, requested.ForYears(requested.From - 1, requested.From - 1));
            view = Draw(requested, shown, DistrictYearTable.From(shown, yearBefore, requested.Years, Gazetteer.FindDistrict));
        }
        else if (drawnDark != DarkMode && view is not null)
        {
            view = Draw(requested, shown, view.Table);
        }
    }

    private async Task<DistrictFilter?> ReadFilterAsync()
    {
        problem = null;
        try
        {
            var parameters = PageParameters.Read(Gazetteer,
                ("metric", MetricParameter), ("stage", StageParameter), ("kind", KindParameter), ("district", DistrictParameter), ("boundaries", BoundariesParameter), ("reviewed", ReviewedParameter));
            var metric = parameters.ReadMetric(required: false) ?? Metric.Projects;
            var selection = parameters.ReadFilter(metric);

            var (_, latest, earliest) = await DataYears.LoadAsync(Kpis, Clock);
            var years = PageParameters.Read(Gazetteer, ("from", FromParameter), ("to", ToParameter));
            var to = years.ReadInt("to", latest, SpanLimits.EarliestYear, SpanLimits.LatestYear(Clock));
            var from = years.ReadInt("from", Math.Max(earliest, to - DefaultYears + 1), SpanLimits.EarliestYear, SpanLimits.LatestYear(Clock));
            if (from > to)
            {
                throw ApiParameterException.FromAfterTo(from, to);
            }

            SpanLimits.CheckYears(from, to, Clock);

            yearChoices = Enumerable.Range(Math.Min(earliest, from), Math.Max(latest, to) - Math.Min(earliest, from) + 1).ToArray();
            return new DistrictFilter(metric, selection.Stage, selection.Kind, from, to, selection.Districts, selection.Boundaries, selection.ReviewedOnly);
        }
        catch (ApiParameterException bad)
        {
            problem = PageParameters.Problem(bad);
            return null;
        }
    }

    private DistrictView Draw(DistrictFilter shownFilter, SeriesResult result, DistrictYearTable table)
    {
        drawnDark = DarkMode;
        var notes = ChartWords.Notes(result, rangeGiven: true, ChartLanguage.Zh);
        if (table.Rows.Count == 0)
        {
            return new DistrictView(table, "", [], notes);
        }

        var options = new MetricChartOptions
        {
            Theme = ChartTheme.For(DarkMode),
            DateRangeGiven = true,
            AxisFrom = new DateOnly(shownFilter.From, 1, 1),
            AxisTo = new DateOnly(shownFilter.To, 12, 31),
        };
        var frame = Frames.GetOrDraw(result, options, ChartWidth, ChartHeight, () =>
        {
            using var chart = MetricChart.Build(result, options);
            var svg = ChartRenderer.RenderSvg(chart.Plot, ChartWidth, ChartHeight);
            return new SvgFrame(svg, chart.Plot.Axes.Bottom.Range.Min, chart.Plot.Axes.Bottom.Range.Max);
        });
        return new DistrictView(table, frame.Svg, MetricChart.Legend(result), notes);
    }

    private Task UpdateAsync(DistrictFilter next)
    {
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["metric"] = ApiJson.Name(next.Metric),
            ["stage"] = next.Stage is { } stage ? ApiJson.Name(stage) : null,
            ["kind"] = next.Kind is { } kind ? ApiJson.Name(kind) : null,
            ["from"] = next.From,
            ["to"] = next.To,
            ["district"] = next.Districts.ToArray(),
            ["boundaries"] = next.Boundaries == Boundaries.Current ? "current" : null,
            ["reviewed"] = next.ReviewedOnly ? "only" : null,
        }));
        return Task.CompletedTask;
    }

    private static string Title(DistrictFilter f)
    {
        var what = f.Metric == Metric.Meetings
            ? (f.Kind is { } kind ? FactWords.Kind(kind) : "会议") + "数"
            : (f.Stage is { } stage ? FactWords.Stage(stage) : "各阶段") + FactWords.Metric(f.Metric);
        var years = f.From == f.To ? $"{f.From}年" : $"{f.From}–{f.To}年";
        return $"各区县{what}（{FigureWords.Unit(f.Metric)}），{years}{(f.ReviewedOnly ? "，仅已审核" : "")}";
    }

    // A district's cell counts that district; the total row counts the districts chosen (all when none).
    private static string FactsUrl(DistrictFilter f, DistrictYearRow row, int year) => FactsView.ForYear(
        f.Metric,
        f.ForYears(year, year) with { Districts = row.District == DistrictYearTable.TotalName ? f.Districts : [row.District], Stage = row.Stage ?? f.Stage },
        year).Url;

    /// <summary>The drawn chart, its legend and notes, and the table.</summary>
    private sealed record DistrictView(DistrictYearTable Table, string ChartSvg, IReadOnlyList<LegendEntry> Legend, IReadOnlyList<string> Notes);
}
