using Dashboard.Presentation.Charts;
using ScottPlot;

namespace Dashboard.Tests.Charts;

/// <summary>A plain monthly bar plot for renderer tests, independent of any chart builder.</summary>
internal static class SamplePlots
{
    /// <summary>Bars for 2020-01..2021-12 with period and count ticks, in the bundled font.</summary>
    public static Plot Months(string? title = null, string? yLabel = null)
    {
        var plot = new Plot();
        var first = PeriodPositions.ToPosition(new DateOnly(2020, 1, 1), PeriodInterval.Month);
        plot.Add.Bars(Enumerable.Range(first, 24).Select(p => (double)p), Enumerable.Range(0, 24).Select(i => 10.0 + ((i * 7) % 13)));
        plot.Axes.SetLimitsX(first - 0.5, first + 23.5);
        plot.Axes.SetLimitsY(0, 25);
        ChartStyle.UsePeriodTicks(plot.Axes.Bottom, PeriodInterval.Month);
        ChartStyle.UseCountTicks(plot.Axes.Left);
        if (title is not null)
        {
            plot.Title(title);
        }

        if (yLabel is not null)
        {
            plot.YLabel(yLabel);
        }

        ChartStyle.ApplyBundledFont(plot);
        return plot;
    }
}
