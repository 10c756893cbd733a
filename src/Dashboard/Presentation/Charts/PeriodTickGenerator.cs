using ScottPlot;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// ScottPlot tick generator for a timeline whose x coordinates are <see cref="PeriodPositions"/>.
/// Labels every period (<c>2020-06</c>, <c>2020-Q1</c>) when they fit, then every 2nd, 3rd or 6th,
/// and switches to year labels (<c>2020</c>) when the span is too long; recomputed on every
/// render, so zooming and panning keep readable labels.
/// </summary>
public sealed class PeriodTickGenerator(PeriodInterval interval) : ITickGenerator
{
    private const float LabelGapPixels = 12;
    private const float MinorSpacingPixels = 5;
    private static readonly int[] YearMultiples = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

    /// <summary>The period width of the axis.</summary>
    public PeriodInterval Interval => interval;

    /// <inheritdoc />
    public Tick[] Ticks { get; set; } = [];

    /// <inheritdoc />
    public int MaxTickCount { get; set; } = 10_000;

    /// <inheritdoc />
    public void Regenerate(CoordinateRange range, Edge edge, PixelLength size, Paint paint, LabelStyle labelStyle)
    {
        Func<string, float> labelSize = edge.IsHorizontal()
            ? text => labelStyle.Measure(text, paint).Width
            : text => labelStyle.Measure(text, paint).Height;
        Ticks = [.. Choose(range.Min, range.Max, interval, size.Length, labelSize)
            .Take(MaxTickCount)
            .Select(t => t.IsMajor ? Tick.Major(t.Position, t.Label!) : Tick.Minor(t.Position))];
    }

    /// <summary>
    /// The ticks for the visible range <paramref name="min"/>..<paramref name="max"/> drawn over
    /// <paramref name="pixelLength"/> pixels: the finest labelling whose labels, measured with
    /// <paramref name="labelSize"/>, do not collide, aligned to the calendar (quarters start
    /// months 1/4/7/10, multi-year steps start at multiples of the step).
    /// </summary>
    public static IReadOnlyList<PeriodTick> Choose(
        double min, double max, PeriodInterval interval, float pixelLength, Func<string, float> labelSize)
    {
        var perYear = PeriodPositions.PerYear(interval);
        var first = (int)Math.Max(Math.Ceiling(Math.Min(min, max)), perYear);
        var last = (int)Math.Min(Math.Floor(Math.Max(min, max)), (9999 * perYear) + perYear - 1);
        if (first > last || pixelLength <= 0)
        {
            return [];
        }

        var span = Math.Abs(max - min);
        var pixelsPerPeriod = span > 0 ? pixelLength / span : double.PositiveInfinity;

        var steps = Steps(interval).ToList();
        var chosen = steps[^1];
        foreach (var step in steps)
        {
            var widest = Math.Max(labelSize(Label(first, step)), labelSize(Label(last, step)));
            if (step.Periods * pixelsPerPeriod >= widest + LabelGapPixels)
            {
                chosen = step;
                break;
            }
        }

        var ticks = new List<PeriodTick>();
        for (var p = AlignUp(first, chosen.Periods); p <= last; p += chosen.Periods)
        {
            ticks.Add(new PeriodTick(p, Label(p, chosen)));
        }

        var minorStep = pixelsPerPeriod >= MinorSpacingPixels ? 1
            : perYear * pixelsPerPeriod >= MinorSpacingPixels ? perYear
            : 0;
        if (minorStep > 0 && minorStep < chosen.Periods)
        {
            for (var p = AlignUp(first, minorStep); p <= last; p += minorStep)
            {
                if (p % chosen.Periods != 0)
                {
                    ticks.Add(new PeriodTick(p, null));
                }
            }
        }

        return ticks;

        string Label(int position, Step step) => step.YearLabels
            ? PeriodTickFormatter.FormatYear(position / perYear)
            : PeriodTickFormatter.FormatPosition(position, interval)!;
    }

    private static IEnumerable<Step> Steps(PeriodInterval interval)
    {
        int[] withinYear = interval switch
        {
            PeriodInterval.Month => [1, 2, 3, 6],
            PeriodInterval.Quarter => [1, 2],
            _ => [],
        };
        var perYear = PeriodPositions.PerYear(interval);
        return withinYear.Select(n => new Step(n, YearLabels: false))
            .Concat(YearMultiples.Select(years => new Step(years * perYear, YearLabels: true)));
    }

    // Positions are positive here, so % aligns to the calendar (see PeriodPositions).
    private static int AlignUp(int position, int step) => position % step == 0 ? position : position + step - (position % step);

    private readonly record struct Step(int Periods, bool YearLabels);
}
