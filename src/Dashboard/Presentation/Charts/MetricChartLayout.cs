using System.Runtime.CompilerServices;
using Dashboard.Presentation.Words;
using Metrics.Queries;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// Where <see cref="MetricChart"/> puts each value: the same numbers drive drawing, hover and
/// click, so a tooltip always names the bar under the pointer.
/// </summary>
public static class MetricChartLayout
{
    /// <summary>Width of one period's group of bars, in periods (the gap between groups is the rest).</summary>
    public const double GroupWidth = 0.8;

    // By result instance (SeriesQuery keeps one per question and data version); the points are immutable, so shared.
    private static readonly ConditionalWeakTable<SeriesResult, IReadOnlyList<MetricChartPoint>?[]> Laid = new();

    /// <summary>
    /// The drawn values of <paramref name="result"/>: the bars of a period side by side, one place
    /// per district in series order and centred on the period (a period with one district's value
    /// has one centred bar), all as wide as the fullest period allows; a district's stages stacked
    /// in its place (bottom first, in stage order), never one bar of their sum. Lines put every
    /// series' marker on the period's centre.
    /// </summary>
    public static IReadOnlyList<MetricChartPoint> Of(SeriesResult result, MetricChartKind kind)
    {
        ArgumentNullException.ThrowIfNull(result);
        // Every image of a result (each size, scale and theme) lays its values out the same way.
        var byKind = Laid.GetValue(result, static _ => new IReadOnlyList<MetricChartPoint>?[Enum.GetValues<MetricChartKind>().Length]);
        return byKind[(int)kind] ??= Lay(result, kind);
    }

    private static IReadOnlyList<MetricChartPoint> Lay(SeriesResult result, MetricChartKind kind)
    {
        var interval = result.Interval.ToPeriodInterval();
        var values = result.Series
            .SelectMany((series, index) => series.Points.Select(point => (Series: series, Index: index, Point: point, Position: ChartIntervals.PositionOf(point.Period, interval))))
            .ToList();
        var districtOrder = result.Series.Select(s => s.District).Distinct().ToList();
        var byPosition = values.GroupBy(v => v.Position)
            .ToDictionary(g => g.Key, g => g.Select(v => districtOrder.IndexOf(v.Series.District)).Distinct().Order().ToList());
        var widest = byPosition.Count == 0 ? 1 : byPosition.Values.Max(places => places.Count);
        var barWidth = GroupWidth / widest;
        var stackTops = new Dictionary<(double Position, string District), double>();
        var points = new List<MetricChartPoint>(values.Count);
        foreach (var v in values)
        {
            var group = byPosition[v.Position];
            var bars = kind == MetricChartKind.Bars;
            var offset = bars ? (group.IndexOf(districtOrder.IndexOf(v.Series.District)) - ((group.Count - 1) / 2.0)) * barWidth : 0;
            var plotted = ChartWords.Plotted(result.Metric, v.Point.Value);
            var bottom = bars ? stackTops.GetValueOrDefault((v.Position, v.Series.District)) : 0;
            if (bars)
            {
                stackTops[(v.Position, v.Series.District)] = bottom + plotted;
            }

            points.Add(new MetricChartPoint(
                v.Series.District,
                v.Index,
                v.Point.Period,
                v.Position + offset,
                bars ? barWidth : 0,
                bottom + plotted,
                v.Point.Value,
                v.Point.LowerBound,
                v.Point.Facts,
                bottom,
                v.Series.Stage,
                v.Point.ReviewedShare));
        }

        return points.AsReadOnly();
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
                var (left, bottom) = toPixel(point.X - (point.Width / 2), point.Base);
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
