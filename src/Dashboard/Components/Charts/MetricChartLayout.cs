using Metrics.Queries;

namespace Dashboard.Components.Charts;

/// <summary>
/// Where <see cref="MetricChart"/> puts each value: the same numbers drive drawing, hover and
/// click, so a tooltip always names the bar under the pointer.
/// </summary>
public static class MetricChartLayout
{
    /// <summary>Width of one period's group of bars, in periods (the gap between groups is the rest).</summary>
    public const double GroupWidth = 0.8;

    /// <summary>
    /// The drawn values of <paramref name="result"/>: bars of a period side by side in series
    /// order (a series keeps its slot even where it has no value, so colours line up across
    /// periods), or line markers on the period's centre.
    /// </summary>
    public static IReadOnlyList<MetricChartPoint> Of(SeriesResult result, MetricChartKind kind)
    {
        ArgumentNullException.ThrowIfNull(result);
        var interval = result.Interval.ToPeriodInterval();
        var count = result.Series.Count;
        var barWidth = GroupWidth / Math.Max(1, count);
        var points = new List<MetricChartPoint>();
        for (var i = 0; i < count; i++)
        {
            var series = result.Series[i];
            var offset = kind == MetricChartKind.Bars ? (i - ((count - 1) / 2.0)) * barWidth : 0;
            foreach (var point in series.Points)
            {
                var position = ChartIntervals.PositionOf(point.Period, interval);
                points.Add(new MetricChartPoint(
                    series.District,
                    i,
                    point.Period,
                    position + offset,
                    kind == MetricChartKind.Bars ? barWidth : 0,
                    MetricChartText.Plotted(result.Metric, point.Value),
                    point.Value,
                    point.LowerBound,
                    point.Facts));
            }
        }

        return points;
    }

    /// <summary>
    /// The value under a pointer at <paramref name="pointer"/> (pixels), or null: a bar whose
    /// rectangle (widened by a few pixels, and at least a few pixels tall) contains it, else the
    /// nearest marker within <paramref name="reachPixels"/>.
    /// </summary>
    /// <param name="points">The layout.</param>
    /// <param name="pointer">Pointer position in pixels, as the rendered image has them.</param>
    /// <param name="toPixel">Maps plot coordinates (x, y) to pixels for the last rendered frame.</param>
    /// <param name="reachPixels">How near a marker must be.</param>
    public static MetricChartPoint? Hit(
        IReadOnlyList<MetricChartPoint> points, (double X, double Y) pointer, Func<double, double, (double X, double Y)> toPixel, double reachPixels = 12)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(toPixel);
        const double Slack = 2;
        const double MinBarPixels = 6;
        MetricChartPoint? nearest = null;
        var nearestDistance = reachPixels;
        foreach (var point in points)
        {
            if (point.Width > 0)
            {
                var (left, bottom) = toPixel(point.X - (point.Width / 2), 0);
                var (right, top) = toPixel(point.X + (point.Width / 2), point.Y);
                top = Math.Min(top, bottom - MinBarPixels);
                if (pointer.X >= Math.Min(left, right) - Slack && pointer.X <= Math.Max(left, right) + Slack
                    && pointer.Y >= top - Slack && pointer.Y <= bottom + Slack)
                {
                    return point;
                }

                continue;
            }

            var (x, y) = toPixel(point.X, point.Y);
            var distance = Math.Sqrt(((x - pointer.X) * (x - pointer.X)) + ((y - pointer.Y) * (y - pointer.Y)));
            if (distance <= nearestDistance)
            {
                nearest = point;
                nearestDistance = distance;
            }
        }

        return nearest;
    }
}
