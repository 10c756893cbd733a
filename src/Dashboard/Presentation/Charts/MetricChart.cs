using System.Globalization;
using Dashboard.Presentation.Words;
using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Queries;
using ScottPlot.AxisRules;
using ScottPlot.TickGenerators;
using ScottPlot;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// THE chart of a metric series (<see cref="SeriesQuery"/>): one series per district in its
/// fixed <see cref="ChartPalette"/> colour, bars side by side or lines, periods on the x axis
/// (<c>2020</c> / <c>2020-Q1</c> / <c>2020-06</c>), investment in 亿元 and counts as whole
/// numbers on the y axis, "≥" over every value that holds a lower bound; with nothing to draw,
/// the selected periods (or none) and <see cref="ChartWords.EmptySelection"/> in the middle. Used
/// by the timeline, the panels and embeds, and the district pages; render it with
/// <see cref="ChartRenderer"/>.
/// </summary>
public static class MetricChart
{
    private const float LowerBoundMarkSize = 13;
    private const float SubtitleSize = 13;
    private const float NoteSize = 11;
    private const double HeadroomFraction = 0.12;

    /// <summary>
    /// Builds the chart. The legend lists every series of the result, in its order, also those
    /// without points (a requested district with nothing counted). Needs
    /// <see cref="ChartFonts.EnsureRegistered"/>.
    /// </summary>
    public static SeriesChart Build(SeriesResult result, MetricChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= new MetricChartOptions();
        var interval = result.Interval.ToPeriodInterval();
        var points = MetricChartLayout.Of(result, options.Kind);
        var plot = new Plot();
        var stages = result.Stages;
        var bySeries = points.ToLookup(p => p.SeriesIndex);
        for (var i = 0; i < result.Series.Count; i++)
        {
            var series = result.Series[i];
            var name = SeriesName(series, stages, options.DistrictNames, options.Language);
            var color = StageShades.Of(ChartPalette.ColorOf(series.District, i), series.Stage, stages);
            var mine = bySeries[i].ToList();
            if (options.Kind == MetricChartKind.Bars)
            {
                AddBars(plot, mine, color, name);
            }
            else
            {
                // An abolished district's line ends with the period it ended in (港闸区: 2020-07), not at 0 through today.
                var lastPosition = NantongGazetteer.Load().FindDistrict(series.District)?.Until is { } until ? PeriodPositions.ToPosition(until, interval) : (int?)null;
                AddLine(plot, mine, points, color, name, StageShades.LineOf(series.Stage, stages), lastPosition);
            }
        }

        AddLowerBoundMarks(plot, points, options.Theme);
        var range = FullRange(points, options, interval);
        UsePeriodTicks(plot.Axes.Bottom, interval, range is not null);
        UseValueTicks(plot.Axes.Left, result.Metric);
        SetLimits(plot, range, points);
        if (points.Count == 0)
        {
            EmptyChartNote.Add(plot, ChartWords.EmptySelection(options.Language), options.Theme);
        }

        // Vertical grid lines would run through the bar centres.
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.HideLegend();
        AddText(plot, result, options);
        options.Theme.Apply(plot);
        StyleSecondaryText(plot, options);
        ChartStyle.ApplyBundledFont(plot);
        return new SeriesChart(plot, Legend(result, options.DistrictNames, options.Language));
    }

    /// <summary>
    /// The HTML legend of <paramref name="result"/>: every district in its order and its
    /// <see cref="ChartPalette"/> colour, named as <paramref name="districtNames"/> renames it; when
    /// the series cover several stages, one entry per stage with its shade; and, when some part of a
    /// value is unchecked, 未审核 for the hatched part of a bar that no person has checked.
    /// </summary>
    public static IReadOnlyList<LegendEntry> Legend(
        SeriesResult result, IReadOnlyDictionary<string, string>? districtNames = null, ChartLanguage language = ChartLanguage.Zh)
    {
        ArgumentNullException.ThrowIfNull(result);
        var english = language == ChartLanguage.En;
        var entries = result.Series
            .Select((s, i) => (s.District, Index: i))
            .DistinctBy(s => s.District)
            .Select(s => new LegendEntry(districtNames?.GetValueOrDefault(s.District) ?? s.District, ChartPalette.HexOf(s.District, s.Index)))
            .ToList();
        var stages = result.Stages;
        if (stages.Count > 1)
        {
            entries.AddRange(stages.Select(stage => new LegendEntry(
                Dashboard.Presentation.Words.FactWords.Stage(stage, english), StageShades.Of(StageShades.Neutral, stage, stages).ToHex()[..7], Stage: stage)));
        }

        if (result.Series.SelectMany(s => s.Points).Any(p => p.Value != 0 && p.ReviewedShare < 1))
        {
            entries.Add(new LegendEntry(english ? "not reviewed" : "未审核", StageShades.Neutral.ToHex()[..7], Unreviewed: true));
        }

        return entries;
    }

    private static string SeriesName(DistrictSeries series, IReadOnlyList<ProjectStage> stages, IReadOnlyDictionary<string, string>? districtNames, ChartLanguage language)
    {
        var name = districtNames?.GetValueOrDefault(series.District) ?? series.District;
        return stages.Count > 1 && series.Stage is { } stage ? $"{name} · {Dashboard.Presentation.Words.FactWords.Stage(stage, language == ChartLanguage.En)}" : name;
    }

    /// <summary>The x range that shows every period of <paramref name="points"/> with half a period to spare, or null when there are none.</summary>
    public static (double Min, double Max)? FullRange(IReadOnlyList<MetricChartPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return null;
        }

        // Periods are whole positions: round bar centres back to their period.
        return (Math.Round(points.Min(p => p.X)) - 0.5, Math.Round(points.Max(p => p.X)) + 0.5);
    }

    /// <summary>
    /// The x range that shows every period of <paramref name="points"/> and every period from
    /// <see cref="MetricChartOptions.AxisFrom"/> to <see cref="MetricChartOptions.AxisTo"/>, with
    /// half a period to spare; without points and with one end given, that end's period alone;
    /// null when there is nothing to show.
    /// </summary>
    public static (double Min, double Max)? FullRange(IReadOnlyList<MetricChartPoint> points, MetricChartOptions options, PeriodInterval interval)
    {
        ArgumentNullException.ThrowIfNull(options);
        var data = FullRange(points);
        var axisFrom = options.AxisFrom ?? (data is null ? options.AxisTo : null);
        var axisTo = options.AxisTo ?? (data is null ? options.AxisFrom : null);
        double? from = axisFrom is { } first ? PeriodPositions.ToPosition(first, interval) - 0.5 : null;
        double? to = axisTo is { } last ? PeriodPositions.ToPosition(last, interval) + 0.5 : null;
        double? min = from is { } f && data is { } d1 ? Math.Min(f, d1.Min) : from ?? data?.Min;
        double? max = to is { } t && data is { } d2 ? Math.Max(t, d2.Max) : to ?? data?.Max;
        return min is { } lo && max is { } hi && lo < hi ? (lo, hi) : null;
    }

    private static void AddBars(Plot plot, IReadOnlyList<MetricChartPoint> points, Color color, string name)
    {
        // The checked part of a bar is solid at its foot; the part no person has checked sits above it, pale, hatched and outlined.
        var bars = new List<Bar>(points.Count * 2);
        foreach (var p in points)
        {
            var split = p.Base + ((p.Y - p.Base) * Math.Clamp(p.ReviewedShare, 0, 1));
            if (split > p.Base)
            {
                bars.Add(new Bar { Position = p.X, ValueBase = p.Base, Value = split, Size = p.Width, LineWidth = 0, FillColor = color });
            }

            if (p.Y > split)
            {
                bars.Add(new Bar
                {
                    Position = p.X,
                    ValueBase = split,
                    Value = p.Y,
                    Size = p.Width,
                    FillColor = color.WithAlpha(StageShades.UnreviewedAlpha),
                    // Skia's SVG output draws neither hatch nor dashes: there the part is pale inside a solid outline.
                    FillHatch = StripedHatch.Instance,
                    FillHatchColor = color.WithAlpha(0.6f),
                    LineWidth = 1,
                    LineColor = color,
                    LinePattern = LinePattern.Dashed,
                });
            }
        }

        // No colour for the whole plot: setting one would overwrite the pale fill of the unreviewed parts.
        var barPlot = new DashedOutlineBars(bars) { LegendText = name };
        plot.Add.Plottable(barPlot);
    }

    private static void AddLine(Plot plot, IReadOnlyList<MetricChartPoint> points, IReadOnlyList<MetricChartPoint> all, Color color, string name, LinePattern pattern, int? lastPosition)
    {
        if (all.Count == 0)
        {
            return;
        }

        // Periods without a fact count zero: drawing the line straight across them would invent values.
        var first = (int)all.Min(p => p.X);
        var last = Math.Min((int)all.Max(p => p.X), Math.Max(lastPosition ?? int.MaxValue, points.Count == 0 ? int.MinValue : (int)points.Max(p => p.X)));
        if (last < first)
        {
            return;
        }

        var byPosition = points.ToDictionary(p => (int)p.X, p => p.Y);
        var xs = Enumerable.Range(first, last - first + 1).Select(x => (double)x).ToArray();
        var ys = xs.Select(x => byPosition.GetValueOrDefault((int)x)).ToArray();
        var line = plot.Add.Scatter(xs, ys, color);
        line.LineWidth = 2;
        line.MarkerSize = 6;
        line.LinePattern = pattern;
        line.LegendText = name;
    }

    private static void AddLowerBoundMarks(Plot plot, IReadOnlyList<MetricChartPoint> points, ChartTheme theme)
    {
        foreach (var point in points.Where(p => p.LowerBound))
        {
            var mark = new LowerBoundMark(new Coordinates(point.X, point.Y), ChartFonts.Registered.FamilyName, LowerBoundMarkSize, Color.FromHex(theme.TextHex))
            {
                // The CJK baseline quirk (CjkBaselineCorrection) lifts the sign well clear of its bar: pull it back down.
                OffsetY = (ChartFonts.Registered.BaselineShiftEm * LowerBoundMarkSize) - (point.Width > 0 ? 3 : 7),
            };
            plot.Add.Plottable(mark);
        }
    }

    // Without a period to show, ScottPlot's default limits (-10..10) would read as years 0001-0010.
    private static void UsePeriodTicks(IXAxis axis, PeriodInterval interval, bool anyPeriod)
    {
        if (anyPeriod)
        {
            ChartStyle.UsePeriodTicks(axis, interval);
        }
        else
        {
            axis.TickGenerator = new EmptyTickGenerator();
        }
    }

    private static void UseValueTicks(IYAxis axis, Metric metric)
    {
        if (metric == Metric.Investment)
        {
            axis.TickGenerator = new NumericAutomatic { LabelFormatter = v => v.ToString("0.##", CultureInfo.InvariantCulture) };
        }
        else
        {
            ChartStyle.UseCountTicks(axis);
        }
    }

    private static void SetLimits(Plot plot, (double Min, double Max)? range, IReadOnlyList<MetricChartPoint> points)
    {
        if (range is var (min, max))
        {
            plot.Axes.SetLimitsX(min, max);
        }
        else
        {
            // No period to show, hence none to zoom or pan to; position 0 is no period (year 0), so
            // an interactive chart names no visible range.
            plot.Axes.SetLimitsX(-0.5, 0.5);
            plot.Axes.Rules.Add(new LockedHorizontal(plot.Axes.Bottom, -0.5, 0.5));
        }

        var top = points.Count == 0 ? 0 : points.Max(p => p.Y);
        plot.Axes.SetLimitsY(0, top > 0 ? top * (1 + HeadroomFraction) : 1);
    }

    private static void AddText(Plot plot, SeriesResult result, MetricChartOptions options)
    {
        var title = options.Title;
        if (!string.IsNullOrWhiteSpace(options.Subtitle))
        {
            title = string.IsNullOrWhiteSpace(title) ? options.Subtitle : $"{title}\n{options.Subtitle}";
        }

        if (!string.IsNullOrWhiteSpace(title))
        {
            plot.Title(title);
        }

        if (options.ShowAxisTitle)
        {
            plot.YLabel(ChartWords.AxisTitle(result.Metric, options.Language));
        }

        if (options.ShowNotes)
        {
            var notes = ChartWords.Notes(result, options.DateRangeGiven, options.Language, options.DistrictNames);
            if (notes.Count > 0)
            {
                plot.XLabel(string.Join("\n", notes));
            }
        }
    }

    private static void StyleSecondaryText(Plot plot, MetricChartOptions options)
    {
        if (options.ShowNotes)
        {
            plot.Axes.Bottom.Label.FontSize = NoteSize;
            plot.Axes.Bottom.Label.Bold = false;
            plot.Axes.Bottom.Label.ForeColor = Color.FromHex(options.Theme.NoteHex);
        }

        if (!string.IsNullOrWhiteSpace(options.Subtitle) && string.IsNullOrWhiteSpace(options.Title))
        {
            plot.Axes.Title.Label.FontSize = SubtitleSize;
            plot.Axes.Title.Label.Bold = false;
        }
    }
}
