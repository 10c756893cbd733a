using Dashboard.Components.Charts;
using Metrics.Queries;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Components.Pages.Overview;

/// <summary>The home page: what the database holds, starting with articles per month and source.</summary>
public partial class Overview
{
    private const int ChartWidth = 960;
    private const int ChartHeight = 360;

    /// <summary>The rendered panel, kept from prerendering so the interactive render does not query and draw it again.</summary>
    [PersistentState]
    public OverviewPanel? Panel { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Panel ??= await BuildPanelAsync();
    }

    private async Task<OverviewPanel> BuildPanelAsync()
    {
        var counted = await VolumeQuery.RunAsync();
        if (counted.Months.Count == 0)
        {
            return new OverviewPanel(counted, string.Empty, []);
        }

        using var chart = ArticlesPerMonthChart.Build(
            counted.Months.Select(m => new MonthlySeriesCount(m.Month, m.Source, m.Count)),
            yLabel: "文章数");
        return new OverviewPanel(counted, ChartRenderer.RenderSvg(chart.Plot, ChartWidth, ChartHeight), chart.Legend);
    }
}

/// <summary>What the overview shows: the counts, the chart as SVG and its legend.</summary>
public sealed record OverviewPanel(ArticleVolume Volume, string ChartSvg, IReadOnlyList<LegendEntry> Legend);
