using Dashboard.Presentation.Charts;
using Dashboard.Presentation.Panels;
using Metrics.Queries;

namespace Dashboard.Tests.Panels;

public sealed class PanelImageLegendTests
{
    public PanelImageLegendTests() => ChartFonts.EnsureRegistered();

    [Fact]
    public void ACaptionedChartOfNoSeriesKeepsItsDataArea()
    {
        // An empty database has no district to list: ScottPlot's empty legend left the data area without a width and the image blank.
        var none = new SeriesResult(Metric.Projects, Interval.Year, "projects", [], new UnplacedFacts(0, 0, false), []);
        var request = new PanelRequest { Metric = Metric.Projects, Interval = Interval.Year, Filter = new FactFilter() };
        var caption = new PanelCaption("项目数（按年）", "全部区县", "个", "数据截至（无日期）", "0 篇公开报道", English: false);
        using var chart = PanelImage.Build(none, request, caption);

        ChartRenderer.RenderPng(chart.Plot, 600, 300);

        Assert.True(chart.Plot.LastRender.DataRect.Width > 300, $"data area {chart.Plot.LastRender.DataRect}");
    }

    [Fact]
    public void ACaptionedChartListsItsDistrictsInTheLegend()
    {
        var request = new PanelRequest { Metric = Metric.Investment, Interval = Interval.Year, Filter = new FactFilter() };
        var caption = new PanelCaption("投资额（按年）", "全部区县", "亿元", "数据截至 2023-02-13", "5 篇公开报道", English: false);
        using var chart = PanelImage.Build(Dashboard.Tests.Charts.SampleSeries.InvestmentByYear(), request, caption);

        ChartRenderer.RenderPng(chart.Plot, 600, 300);

        Assert.True(chart.Plot.LastRender.DataRect.Right < 540, $"no room kept for the legend beside {chart.Plot.LastRender.DataRect}");
        Assert.Equal(["通州区", "海门区"], chart.Plot.Legend.ManualItems.Select(i => i.LabelText));
    }
}
