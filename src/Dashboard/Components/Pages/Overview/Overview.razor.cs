using Dashboard.Components.Filters;
using Dashboard.Components.Layout;
using Dashboard.Presentation.Charts;
using Dashboard.Presentation.Parameters;
using Metrics.Gazetteer;
using Metrics.Queries;
using Metrics.Storage;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Components.Pages.Overview;

/// <summary>
/// The home page: for a year and districts (<c>year</c>, <c>district</c> in the URL), KPI cards
/// against the previous calendar year with a yearly trend, the latest facts with their articles,
/// and the articles per month the figures come from.
/// </summary>
public partial class Overview
{
    private const int ChartWidth = 1100;
    private const int ChartHeight = 320;

    private OverviewSelection? selection;
    private IReadOnlyList<int> yearChoices = [];
    private IReadOnlyList<KpiTrend>? trends;
    private string? problem;

    // The public overview reads what the panels read (PanelReadContexts), its version included.
    [Inject(Key = PanelReadContexts.Key)]
    private ArticleVolumeQuery VolumeQuery { get; set; } = null!;

    [Inject(Key = PanelReadContexts.Key)]
    private KpiTrendQuery Kpis { get; set; } = null!;

    [Inject(Key = PanelReadContexts.Key)]
    private DataVersionQuery Versions { get; set; } = null!;

    [Inject]
    private ChartFrameCache Frames { get; set; } = null!;

    [Inject]
    private NantongGazetteer Gazetteer { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    /// <summary>True while the dark theme is on: the articles chart is drawn to match.</summary>
    [CascadingParameter(Name = ThemePreference.DarkMode)]
    public bool DarkMode { get; set; }

    [SupplyParameterFromQuery(Name = "year")]
    public string? YearParameter { get; set; }

    [SupplyParameterFromQuery(Name = "district")]
    public string[]? DistrictParameter { get; set; }

    [SupplyParameterFromQuery(Name = "reviewed")]
    public string? ReviewedParameter { get; set; }

    // Not kept from prerendering with [PersistentState]: the client sends persisted state back in the
    // circuit's first message, and a chart's SVG outgrows SignalR's 32 KB message limit; the circuit
    // then closes and the page never answers clicks. Querying and drawing again costs a few ms.
    private OverviewPanel? Panel { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var requested = await ReadSelectionAsync();
        if (requested is not null && requested != selection)
        {
            (selection, trends) = (requested, null);
            trends = await Kpis.RunAsync(
                OverviewKpis.Cards.Select(c => c.Measure).ToArray(),
                requested.Year,
                OverviewKpis.TrendYears,
                requested.Filter);
        }
        else if (requested is null)
        {
            (selection, trends) = (null, null);
        }

        if (Panel is null || Panel.Dark != DarkMode)
        {
            Panel = await BuildPanelAsync();
        }
    }

    private async Task<OverviewSelection?> ReadSelectionAsync()
    {
        problem = null;
        try
        {
            var (withData, latest, _) = await DataYears.LoadAsync(Kpis, Clock);
            var parameters = PageParameters.Read(Gazetteer, ("year", YearParameter), ("district", DistrictParameter), ("reviewed", ReviewedParameter));
            var year = parameters.ReadInt("year", latest, 1901, 9999);
            var read = parameters.ReadFilter(metric: null);
            yearChoices = withData.Append(year).Append(latest).Distinct().OrderByDescending(y => y).ToArray();
            return new OverviewSelection(year, read.Districts, read.ReviewedOnly);
        }
        catch (ApiParameterException bad)
        {
            problem = PageParameters.Problem(bad);
            return null;
        }
    }

    private Task NavigateAsync(int year, IReadOnlyList<string> districts, bool reviewedOnly)
    {
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["year"] = year,
            ["district"] = districts.ToArray(),
            ["reviewed"] = reviewedOnly ? "only" : null,
        }));
        return Task.CompletedTask;
    }

    private async Task<OverviewPanel> BuildPanelAsync()
    {
        // The version is read before the counts: a frame kept under it never shows data older than that version.
        var version = await Versions.RunAsync();
        var counted = await VolumeQuery.RunAsync();
        if (counted.Months.Count == 0)
        {
            return new OverviewPanel(counted, string.Empty, [], DarkMode);
        }

        using var chart = ArticlesPerMonthChart.Build(
            counted.Months.Select(m => new MonthlySeriesCount(m.Month, m.Source, m.Count)),
            yLabel: "文章数");
        ChartTheme.For(DarkMode).Apply(chart.Plot);
        var frame = Frames.GetOrDraw(new ArticleVolumeVersion(version), DarkMode, ChartWidth, ChartHeight,
            () => new SvgFrame(ChartRenderer.RenderSvg(chart.Plot, ChartWidth, ChartHeight), 0, 0));
        return new OverviewPanel(counted, frame.Svg, chart.Legend, DarkMode);
    }

    /// <summary>The articles-per-month chart at one data version, as the frame cache knows it.</summary>
    private sealed record ArticleVolumeVersion(long Version);

    /// <summary>The year, districts and counting basis (口径) the page shows.</summary>
    private sealed record OverviewSelection(int Year, IReadOnlyList<string> Districts, bool ReviewedOnly)
    {
        /// <summary>What the cards count from: the districts (all when none), historical boundaries, reviewed facts alone when asked.</summary>
        public FactFilter Filter => new() { Districts = Districts, ReviewedOnly = ReviewedOnly };

        public bool Equals(OverviewSelection? other) =>
            other is not null && Year == other.Year && ReviewedOnly == other.ReviewedOnly && Districts.SequenceEqual(other.Districts, StringComparer.Ordinal);

        public override int GetHashCode() => Year;
    }
}

/// <summary>What the articles panel shows: the counts, the chart as SVG and its legend, drawn for the light or the dark theme.</summary>
public sealed record OverviewPanel(ArticleVolume Volume, string ChartSvg, IReadOnlyList<LegendEntry> Legend, bool Dark);
