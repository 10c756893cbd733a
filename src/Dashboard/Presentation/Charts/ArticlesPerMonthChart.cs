using ScottPlot;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// The home page's "articles per month by publisher" chart: one stacked bar per month, one
/// colour per series, the largest series at the bottom.
/// </summary>
public static class ArticlesPerMonthChart
{
    private const double BarWidth = 0.8;
    private const double HeadroomFraction = 0.08;

    /// <summary>
    /// Builds the chart. Counts for the same month and series are added together; months
    /// without counts are left empty. Series are ordered by total (largest first, then by name)
    /// and take <see cref="PublisherPalette"/> colours by name (publishers are not districts). Needs
    /// <see cref="ChartFonts.EnsureRegistered"/>.
    /// </summary>
    /// <param name="counts">The counts to chart.</param>
    /// <param name="title">Optional title drawn in the image (the live page shows it in HTML instead).</param>
    /// <param name="yLabel">Optional y axis title, e.g. 文章数（篇）.</param>
    /// <exception cref="ArgumentException">A count is negative or a series name is blank.</exception>
    public static SeriesChart Build(IEnumerable<MonthlySeriesCount> counts, string? title = null, string? yLabel = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var byMonthAndSeries = Aggregate(counts);
        var series = byMonthAndSeries
            .GroupBy(kv => kv.Key.Series, kv => kv.Value)
            .Select(g => (Name: g.Key, Total: g.Sum(v => (long)v)))
            .OrderByDescending(s => s.Total)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => s.Name)
            .ToList();

        var bySeries = byMonthAndSeries.ToLookup(kv => kv.Key.Series, kv => (kv.Key.Month, Count: kv.Value));
        var plot = new Plot();
        var legend = new List<LegendEntry>(series.Count);
        var stackTops = new Dictionary<int, double>();
        var colours = PublisherPalette.For(series);
        for (var i = 0; i < series.Count; i++)
        {
            var bars = new List<Bar>();
            foreach (var (month, count) in bySeries[series[i]].Where(m => m.Count > 0).OrderBy(m => m.Month))
            {
                var bottom = stackTops.GetValueOrDefault(month);
                stackTops[month] = bottom + count;
                bars.Add(new Bar { Position = month, ValueBase = bottom, Value = bottom + count, Size = BarWidth, LineWidth = 0 });
            }

            var barPlot = plot.Add.Bars(bars);
            barPlot.Color = Color.FromHex(colours[series[i]]);
            barPlot.LegendText = series[i];
            legend.Add(new LegendEntry(series[i], colours[series[i]]));
        }

        ChartStyle.UsePeriodTicks(plot.Axes.Bottom, PeriodInterval.Month);
        ChartStyle.UseCountTicks(plot.Axes.Left);
        // Half a period beyond the first and last month: fractional margins would reach the
        // next month and label a period that has no data.
        if (stackTops.Count > 0)
        {
            plot.Axes.SetLimitsX(stackTops.Keys.Min() - 0.5, stackTops.Keys.Max() + 0.5);
        }

        plot.Axes.SetLimitsY(0, Math.Max(1, stackTops.Values.DefaultIfEmpty().Max() * (1 + HeadroomFraction)));
        // Vertical grid lines would run through the bar centres.
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.HideLegend();

        if (!string.IsNullOrWhiteSpace(title))
        {
            plot.Title(title);
        }

        if (!string.IsNullOrWhiteSpace(yLabel))
        {
            plot.YLabel(yLabel);
        }

        ChartStyle.ApplyBundledFont(plot);
        return new SeriesChart(plot, legend);
    }

    private static Dictionary<(int Month, string Series), int> Aggregate(IEnumerable<MonthlySeriesCount> counts)
    {
        var sums = new Dictionary<(int Month, string Series), int>();
        foreach (var c in counts)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(c.Count, nameof(counts));
            ArgumentException.ThrowIfNullOrWhiteSpace(c.Series, nameof(counts));
            var key = (PeriodPositions.ToPosition(c.Month, PeriodInterval.Month), c.Series);
            sums[key] = checked(sums.GetValueOrDefault(key) + c.Count);
        }

        return sums;
    }
}
