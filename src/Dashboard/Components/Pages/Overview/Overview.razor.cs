using Dashboard.Components.Charts;
using Metrics.Queries;

namespace Dashboard.Components.Pages.Overview;

/// <summary>The home page: what the database holds, starting with articles per month and source.</summary>
public partial class Overview
{
    private const int ChartWidth = 960;
    private const int ChartHeight = 360;

    private ArticleVolume? volume;
    private string chartSvg = string.Empty;
    private IReadOnlyList<LegendEntry> legend = [];

    protected override async Task OnInitializedAsync()
    {
        volume = await VolumeQuery.RunAsync();
        if (volume.Months.Count == 0)
        {
            return;
        }

        using var chart = ArticlesPerMonthChart.Build(
            volume.Months.Select(m => new MonthlySeriesCount(m.Month, m.Source, m.Count)),
            yLabel: "文章数");
        chartSvg = ChartRenderer.RenderSvg(chart.Plot, ChartWidth, ChartHeight);
        legend = chart.Legend;
    }
}
