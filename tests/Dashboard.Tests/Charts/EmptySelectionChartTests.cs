using System.Text.RegularExpressions;
using Dashboard.Presentation.Charts;
using Dashboard.Presentation.Words;
using Metrics.Queries;
using ScottPlot;
using SkiaSharp;

namespace Dashboard.Tests.Charts;

/// <summary>
/// A chart of a selection without facts: the selected periods on the axis (none when nothing was
/// selected), never years such as 0001, and 所选条件下没有可计入的事实 in its middle.
/// </summary>
public class EmptySelectionChartTests
{
    private const string Note = "所选条件下没有可计入的事实";

    public EmptySelectionChartTests() => ChartFonts.EnsureRegistered();

    public static TheoryData<MetricChartKind, string> KindsAndThemes() => new()
    {
        { MetricChartKind.Bars, "light" },
        { MetricChartKind.Bars, "dark" },
        { MetricChartKind.Lines, "light" },
        { MetricChartKind.Lines, "dark" },
    };

    [Theory]
    [MemberData(nameof(KindsAndThemes))]
    public void WithoutARangeTheAxisHasNoPeriodsAndTheMiddleSaysSo(MetricChartKind kind, string theme)
    {
        var options = new MetricChartOptions { Kind = kind, Theme = ChartTheme.Find(theme)! };
        using var chart = MetricChart.Build(Empty(Interval.Year, "通州区"), options);

        var svg = ChartRenderer.RenderSvg(chart.Plot, 800, 400);

        Assert.Empty(XTickLabels(chart.Plot));
        Assert.DoesNotMatch(@">\s*0\d\d\d(-Q\d|-\d\d)?\s*<", svg);
        Assert.Contains(Note, svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Interval.Year, "2021-01-01", "2023-12-31", new[] { "2021", "2022", "2023" })]
    [InlineData(Interval.Quarter, "2022-04-01", "2022-12-31", new[] { "2022-Q2", "2022-Q3", "2022-Q4" })]
    public void WithARangeTheAxisShowsItsPeriods(Interval interval, string from, string to, string[] expected)
    {
        var options = new MetricChartOptions { AxisFrom = DateOnly.Parse(from), AxisTo = DateOnly.Parse(to) };
        using var chart = MetricChart.Build(Empty(interval, "通州区"), options);

        var svg = ChartRenderer.RenderSvg(chart.Plot, 800, 400);

        Assert.Equal(expected, XTickLabels(chart.Plot));
        Assert.Contains(Note, svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021-03-01", null)]
    [InlineData(null, "2021-03-01")]
    public void WithOneEndOfARangeTheAxisShowsThatPeriod(string? from, string? to)
    {
        var options = new MetricChartOptions
        {
            AxisFrom = from is null ? null : DateOnly.Parse(from),
            AxisTo = to is null ? null : DateOnly.Parse(to),
        };
        using var chart = MetricChart.Build(Empty(Interval.Quarter, "通州区"), options);

        ChartRenderer.RenderPng(chart.Plot, 800, 400);

        Assert.Equal(["2021-Q1"], XTickLabels(chart.Plot));
    }

    [Fact]
    public void TheNoteSpeaksTheChartsLanguage()
    {
        using var chart = MetricChart.Build(Empty(Interval.Year), new MetricChartOptions { Language = ChartLanguage.En });

        var svg = ChartRenderer.RenderSvg(chart.Plot, 800, 400);

        Assert.Contains(ChartWords.EmptySelection(ChartLanguage.En), svg, StringComparison.Ordinal);
        Assert.DoesNotContain(Note, svg, StringComparison.Ordinal);
    }

    [Fact]
    public void AChartWithFactsHasNoNote()
    {
        using var chart = MetricChart.Build(SampleSeries.InvestmentByYear());

        Assert.DoesNotContain(Note, ChartRenderer.RenderSvg(chart.Plot, 800, 400), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public void ThePngDrawsTheNoteInTheThemesNoteColourInTheMiddle(string theme)
    {
        var colours = ChartTheme.Find(theme)!;
        using var chart = MetricChart.Build(Empty(Interval.Year), new MetricChartOptions { Theme = colours });

        using var bitmap = Pixels.Decode(ChartRenderer.RenderPng(chart.Plot, 800, 400));

        var middle = Middle(bitmap);
        Assert.True(middle.Distinct().Count() > 1, "the middle of the chart is all one colour");
        var note = SKColor.Parse(colours.NoteHex);
        var inked = middle.Count(c => Near(c, note));
        Assert.True(inked > 100, $"only {inked} pixels in the middle have the note colour {colours.NoteHex}");
        Assert.Equal(SKColor.Parse(colours.BackgroundHex), bitmap.GetPixel(2, 2));
    }

    [Fact]
    public void TheNoteIsDrawnInChineseGlyphsNotMissingGlyphBoxes()
    {
        var chinese = NoteBand(Note);
        var boxes = NoteBand(new string('\uE000', Note.Length));
        var otherBoxes = NoteBand(new string('\uE001', Note.Length));

        Assert.True(Pixels.Ink(chinese) > 100, "the note left no ink");
        Assert.NotEqual(boxes, chinese);
        // The control: characters the font lacks all draw the same box, and the comparison sees that.
        Assert.Equal(boxes, otherBoxes);
    }

    private static SeriesResult Empty(Interval interval, params string[] districts) => new(
        Metric.Projects, interval, "projects",
        [.. districts.Select(d => new DistrictSeries(d, []))],
        new UnplacedFacts(0, 0, false), []);

    private static string[] XTickLabels(Plot plot) =>
        [.. plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label)];

    // The middle third of the image both ways: inside the data area, clear of axes and labels.
    private static SKColor[] Middle(SKBitmap bitmap)
    {
        var pixels = new List<SKColor>();
        for (var y = bitmap.Height / 3; y < bitmap.Height * 2 / 3; y++)
        {
            for (var x = bitmap.Width / 3; x < bitmap.Width * 2 / 3; x++)
            {
                pixels.Add(bitmap.GetPixel(x, y));
            }
        }

        return [.. pixels];
    }

    private static bool Near(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) <= 16 && Math.Abs(a.Green - b.Green) <= 16 && Math.Abs(a.Blue - b.Blue) <= 16;

    private static SKColor[] NoteBand(string text)
    {
        using var plot = new Plot();
        EmptyChartNote.Add(plot, text, ChartTheme.Light);
        using var bitmap = Pixels.Decode(ChartRenderer.RenderPng(plot, 400, 300));
        var rect = plot.LastRender.DataRect;
        return Pixels.Band(bitmap, (int)rect.Top, (int)rect.Bottom);
    }
}
