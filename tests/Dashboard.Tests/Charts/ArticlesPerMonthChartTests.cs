using System.Text.RegularExpressions;
using Dashboard.Presentation.Charts;
using ScottPlot.Plottables;
using ScottPlot;

namespace Dashboard.Tests.Charts;

public class ArticlesPerMonthChartTests
{
    public ArticlesPerMonthChartTests() => ChartFonts.EnsureRegistered();

    private static MonthlySeriesCount Count(int year, int month, string series, int count) =>
        new(new DateOnly(year, month, 1), series, count);

    [Fact]
    public void LegendListsSeriesLargestFirstWithPaletteColoursMatchingTheBars()
    {
        using var chart = ArticlesPerMonthChart.Build(
        [
            Count(2020, 1, "通州日报", 3), Count(2020, 1, "南通日报", 5), Count(2020, 2, "未知来源", 1),
            Count(2020, 2, "南通日报", 4), Count(2020, 3, "海门日报", 3),
        ]);

        var colours = PublisherPalette.For(["南通日报", "海门日报", "通州日报", "未知来源"]);
        Assert.Equal(
            [
                new LegendEntry("南通日报", colours["南通日报"]), new LegendEntry("海门日报", colours["海门日报"]),
                new LegendEntry("通州日报", colours["通州日报"]), new LegendEntry("未知来源", colours["未知来源"]),
            ],
            chart.Legend);
        var bars = chart.Plot.GetPlottables<BarPlot>().ToList();
        Assert.Equal(chart.Legend.Select(l => l.Name), bars.Select(b => b.LegendText));
        Assert.Equal(
            chart.Legend.Select(l => l.ColorHex),
            bars.Select(b => Assert.Single(b.Bars.Select(bar => bar.FillColor.ToHex()[..7].ToUpperInvariant()).Distinct())));
    }

    [Fact]
    public void StacksEachMonthInLegendOrderFromZero()
    {
        using var chart = ArticlesPerMonthChart.Build(
            [Count(2020, 6, "通州日报", 3), Count(2020, 6, "南通日报", 5), Count(2020, 7, "通州日报", 2)]);

        var june = PeriodPositions.ToPosition(new DateOnly(2020, 6, 1), PeriodInterval.Month);
        var bars = chart.Plot.GetPlottables<BarPlot>().ToList();
        var nantong = Assert.Single(bars[0].Bars);
        Assert.Equal((june, 0d, 5d), (nantong.Position, nantong.ValueBase, nantong.Value));
        Assert.Equal([(june, 5d, 8d), (june + 1, 0d, 2d)], bars[1].Bars.Select(b => (b.Position, b.ValueBase, b.Value)));
    }

    [Fact]
    public void AddsUpCountsForTheSameMonthAndSeriesWhateverTheDay()
    {
        using var chart = ArticlesPerMonthChart.Build(
        [
            new MonthlySeriesCount(new DateOnly(2020, 6, 1), "南通日报", 2),
            new MonthlySeriesCount(new DateOnly(2020, 6, 30), "南通日报", 3),
            new MonthlySeriesCount(new DateOnly(2020, 7, 1), "南通日报", 0),
        ]);

        var bar = Assert.Single(Assert.Single(chart.Plot.GetPlottables<BarPlot>()).Bars);
        Assert.Equal(5, bar.Value);
    }

    [Fact]
    public void DrawsTitleAxisLabelsAndTickLabelsInTheBundledFont()
    {
        using var chart = ArticlesPerMonthChart.Build([Count(2020, 6, "南通日报", 5)], "每月文章数", "文章数（篇）");

        var axes = chart.Plot.Axes;
        LabelStyle[] labels =
        [
            axes.Title.Label, axes.Bottom.Label, axes.Bottom.TickLabelStyle, axes.Left.Label, axes.Left.TickLabelStyle,
        ];
        Assert.All(labels, l => Assert.Equal("Noto Sans SC", l.FontName));
        Assert.Equal("每月文章数", axes.Title.Label.Text);
        Assert.Equal("文章数（篇）", axes.Left.Label.Text);
    }

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void TwoYearsOfMonthsAreTickedAsYearDashMonthAndCountsAsPlainIntegers(string culture)
    {
        using var _ = new CultureScope(culture);
        using var chart = ArticlesPerMonthChart.Build(
            SampleCounts.TwoYears().Select(c => c with { Count = c.Count * 100 }));

        ChartRenderer.RenderPng(chart.Plot, 800, 400);

        var x = MajorLabels(chart.Plot.Axes.Bottom);
        Assert.NotEmpty(x);
        Assert.All(x, l => Assert.Matches(@"^202[01]-(0[1-9]|1[0-2])$", l));
        var y = MajorLabels(chart.Plot.Axes.Left);
        Assert.Contains(y, l => l.Length >= 4);
        Assert.All(y, l => Assert.Matches(@"^\d+$", l));
    }

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void TenYearsOfMonthsAreTickedByYear(string culture)
    {
        using var _ = new CultureScope(culture);
        var counts = Enumerable.Range(0, 120).Select(i => new MonthlySeriesCount(new DateOnly(2011, 1, 1).AddMonths(i), "南通日报", 1 + (i % 5)));
        using var chart = ArticlesPerMonthChart.Build(counts);

        ChartRenderer.RenderPng(chart.Plot, 800, 400);

        var x = MajorLabels(chart.Plot.Axes.Bottom);
        Assert.True(x.Count is >= 3 and <= 10, string.Join(" ", x));
        Assert.All(x, l => Assert.Matches(@"^20[12]\d$", l));
    }

    [Fact]
    public void RejectsNegativeCountsAndBlankSeries()
    {
        Assert.ThrowsAny<ArgumentException>(() => ArticlesPerMonthChart.Build([Count(2020, 1, "南通日报", -1)]));
        Assert.ThrowsAny<ArgumentException>(() => ArticlesPerMonthChart.Build([Count(2020, 1, " ", 1)]));
    }

    [Fact]
    public void NoCountsGiveAnEmptyChartThatStillRenders()
    {
        using var chart = ArticlesPerMonthChart.Build([], "每月文章数");

        Assert.Empty(chart.Legend);
        Assert.NotEmpty(ChartRenderer.RenderPng(chart.Plot, 400, 300));
    }

    private static List<string> MajorLabels(IAxis axis) =>
        [.. axis.TickGenerator.Ticks.Where(t => t.IsMajor && t.Position >= axis.Min && t.Position <= axis.Max).Select(t => t.Label)];
}
