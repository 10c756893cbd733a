using System.Text.RegularExpressions;
using Dashboard.Presentation.Charts;
using Metrics.Queries;
using ScottPlot.Plottables;
using ScottPlot;

namespace Dashboard.Tests.Charts;

public class MetricChartTests
{
    public MetricChartTests() => ChartFonts.EnsureRegistered();

    [Fact]
    public void DrawsOneBarSeriesPerDistrictInItsDistrictColour()
    {
        using var chart = MetricChart.Build(SampleSeries.ProjectsByMonth());

        string[] districts = ["通州区", "崇川区", "海门区"];
        Assert.Equal(districts.Select(d => new LegendEntry(d, ChartPalette.DistrictHex[d])), chart.Legend);
        var bars = chart.Plot.GetPlottables<BarPlot>().ToList();
        Assert.Equal(districts, bars.Select(b => b.LegendText));
        Assert.Equal([2, 1, 0], bars.Select(b => b.Bars.Count));
        Assert.Equal(ChartPalette.DistrictHex["通州区"], bars[0].Bars[0].FillColor.ToHex()[..7].ToUpperInvariant());
        Assert.Equal(ChartPalette.DistrictHex["崇川区"], bars[1].Bars[0].FillColor.ToHex()[..7].ToUpperInvariant());
    }

    [Theory]
    [InlineData(MetricChartKind.Bars)]
    [InlineData(MetricChartKind.Lines)]
    public void ADistrictHasTheSameColourInTheSvgWhateverElseTheChartShows(MetricChartKind kind)
    {
        var both = SampleSeries.InvestmentByYear();
        var haimenOnly = both with { Series = [both.Series.Single(s => s.District == "海门区")] };

        using var timeline = MetricChart.Build(both, new MetricChartOptions { Kind = kind });
        using var embed = MetricChart.Build(haimenOnly, new MetricChartOptions { Kind = kind });

        var haimen = ChartPalette.DistrictHex["海门区"];
        Assert.Equal([ChartPalette.DistrictHex["通州区"], haimen], SeriesColours(ChartRenderer.RenderSvg(timeline.Plot, 800, 400)));
        Assert.Equal([haimen], SeriesColours(ChartRenderer.RenderSvg(embed.Plot, 800, 400)));
        Assert.Equal(haimen, timeline.Legend.Single(e => e.Name == "海门区").ColorHex);
        Assert.Equal(haimen, embed.Legend.Single().ColorHex);
    }

    [Fact]
    public void TheLegendNamesDistrictsAsRenamedButColoursThemAsThemselves()
    {
        var names = new Dictionary<string, string> { ["海门区"] = "Haimen" };

        var legend = MetricChart.Legend(SampleSeries.ProjectsByMonth(), names);

        Assert.Equal(new LegendEntry("Haimen", ChartPalette.DistrictHex["海门区"]), legend[2]);
    }

    // The series colours an SVG paints with, in palette order (bars fill, lines stroke).
    private static string[] SeriesColours(string svg)
    {
        var used = Regex.Matches(svg, "#[0-9A-Fa-f]{6}").Select(m => m.Value.ToUpperInvariant()).ToHashSet();
        return ChartPalette.DistrictHex.Values.Concat(ChartPalette.Hex).Distinct().Where(used.Contains).ToArray();
    }

    [Fact]
    public void PutsTheBarsOfOnePeriodSideBySideWithinItsSlot()
    {
        using var chart = MetricChart.Build(SampleSeries.InvestmentByYear());

        var bars = chart.Plot.GetPlottables<BarPlot>().ToList();
        var tongzhou2021 = bars[0].Bars.Single(b => Math.Round(b.Position) == 2021);
        var haimen2021 = bars[1].Bars.Single(b => Math.Round(b.Position) == 2021);
        Assert.Equal(2020.8, tongzhou2021.Position, 6);
        Assert.Equal(2021.2, haimen2021.Position, 6);
        Assert.Equal(0.4, tongzhou2021.Size, 6);
        Assert.True(tongzhou2021.Position + (tongzhou2021.Size / 2) <= haimen2021.Position - (haimen2021.Size / 2) + 1e-9, "bars overlap");
    }

    [Fact]
    public void PlotsInvestmentIn100MillionYuan()
    {
        using var chart = MetricChart.Build(SampleSeries.InvestmentByYear());

        var values = chart.Plot.GetPlottables<BarPlot>().SelectMany(b => b.Bars).Select(b => b.Value).Order().ToArray();
        Assert.Equal([25, 40.5, 83.2, 100], values.Select(v => Math.Round(v, 6)));
        Assert.Equal("投资额（亿元）", chart.Plot.Axes.Left.Label.Text);
    }

    [Fact]
    public void InvestmentTicksAreDecimalsWithoutSeparatorsAndCountTicksAreWholeNumbers()
    {
        using var investment = MetricChart.Build(SampleSeries.InvestmentByYear());
        using var projects = MetricChart.Build(SampleSeries.ProjectsByMonth());
        ChartRenderer.RenderPng(investment.Plot, 800, 400);
        ChartRenderer.RenderPng(projects.Plot, 800, 400);

        var investmentTicks = investment.Plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToList();
        var projectTicks = projects.Plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToList();
        Assert.Contains("100", investmentTicks);
        Assert.All(investmentTicks, t => Assert.Matches(@"^\d+(\.\d{1,2})?$", t));
        Assert.All(projectTicks, t => Assert.Matches(@"^\d+$", t));
    }

    [Theory]
    [InlineData(Interval.Year, @"^20\d\d$")]
    [InlineData(Interval.Quarter, @"^20\d\d-Q[1-4]$")]
    [InlineData(Interval.Month, @"^20\d\d-(0[1-9]|1[0-2])$")]
    public void LabelsPeriodsLikeTheApi(Interval interval, string pattern)
    {
        var period = interval switch { Interval.Year => "2022", Interval.Quarter => "2022-Q3", _ => "2022-08" };
        var next = interval switch { Interval.Year => "2023", Interval.Quarter => "2022-Q4", _ => "2022-09" };
        var result = new SeriesResult(Metric.Meetings, interval, "meetings",
            [new DistrictSeries("海安市", [new SeriesPoint(period, 3, false, 3), new SeriesPoint(next, 1, false, 1)])],
            new UnplacedFacts(0, 0, false), []);
        using var chart = MetricChart.Build(result);
        ChartRenderer.RenderPng(chart.Plot, 800, 400);

        var labels = chart.Plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToList();
        Assert.Equal([period, next], labels);
        Assert.All(labels, l => Assert.Matches(pattern, l));
    }

    [Fact]
    public void MarksLowerBoundsWithAGreaterOrEqualSignOverTheirBar()
    {
        using var chart = MetricChart.Build(SampleSeries.InvestmentByYear());

        var mark = Assert.Single(chart.Plot.GetPlottables<Text>());
        Assert.Equal("≥", mark.LabelText);
        Assert.Equal(2021.2, mark.Location.X, 6);
        Assert.Equal(100, mark.Location.Y, 6);
    }

    [Fact]
    public void AMonthlyChartWithoutLowerBoundsHasNoMarks()
    {
        using var chart = MetricChart.Build(SampleSeries.ProjectsByMonth());

        Assert.Empty(chart.Plot.GetPlottables<Text>());
    }

    [Fact]
    public void LinesFillPeriodsWithoutFactsWithZero()
    {
        using var chart = MetricChart.Build(SampleSeries.ProjectsByMonth(), new MetricChartOptions { Kind = MetricChartKind.Lines });

        var lines = chart.Plot.GetPlottables<Scatter>().ToList();
        Assert.Equal(3, lines.Count);
        var tongzhou = lines[0].Data.GetScatterPoints().Select(p => p.Y).ToArray();
        Assert.Equal([16, 0, 0, 3], tongzhou);
        Assert.Equal([0, 5, 0, 0], lines[1].Data.GetScatterPoints().Select(p => p.Y));
    }

    [Fact]
    public void SpeaksEnglishWhenAsked()
    {
        var options = new MetricChartOptions
        {
            Language = ChartLanguage.En,
            ShowNotes = true,
            DistrictNames = new Dictionary<string, string> { ["通州区"] = "Tongzhou" },
        };
        using var chart = MetricChart.Build(SampleSeries.ProjectsByMonth(), options);

        Assert.Equal("Projects", chart.Plot.Axes.Left.Label.Text);
        Assert.Equal("Tongzhou", chart.Legend[0].Name);
        Assert.Equal("2 more facts dated only to a year or quarter, not counted in any month", chart.Plot.Axes.Bottom.Label.Text);
        Assert.DoesNotMatch(new Regex(@"\p{IsCJKUnifiedIdeographs}"), chart.Plot.Axes.Left.Label.Text + chart.Plot.Axes.Bottom.Label.Text);
    }

    [Fact]
    public void NotesNameTheUnplacedFactsAndTheReportedTotalsWhenAsked()
    {
        using var monthly = MetricChart.Build(SampleSeries.ProjectsByMonth(), new MetricChartOptions { ShowNotes = true });
        using var yearly = MetricChart.Build(SampleSeries.InvestmentByYear(), new MetricChartOptions { ShowNotes = true });
        using var plain = MetricChart.Build(SampleSeries.ProjectsByMonth());

        Assert.Equal("另有 2 条事实仅知年份/季度，未计入各月", monthly.Plot.Axes.Bottom.Label.Text);
        Assert.Equal("自报总数：通州区 2022 开工 300亿元（未计入图中）", yearly.Plot.Axes.Bottom.Label.Text);
        Assert.True(string.IsNullOrEmpty(plain.Plot.Axes.Bottom.Label.Text));
    }

    [Fact]
    public void DarkThemeDrawsLightTextOnTheDarkSurface()
    {
        using var chart = MetricChart.Build(SampleSeries.InvestmentByYear(), new MetricChartOptions { Theme = ChartTheme.Dark, Title = "投资额" });

        Assert.Equal(Color.FromHex(ChartTheme.Dark.BackgroundHex), chart.Plot.FigureBackground.Color);
        Assert.Equal(Color.FromHex(ChartTheme.Dark.TextHex), chart.Plot.Axes.Left.TickLabelStyle.ForeColor);
        Assert.Equal(Color.FromHex(ChartTheme.Dark.TextHex), chart.Plot.Axes.Title.Label.ForeColor);
    }

    [Fact]
    public void ShowsEveryPeriodWithHalfAPeriodToSpare()
    {
        using var chart = MetricChart.Build(SampleSeries.InvestmentByYear());

        var limits = chart.Plot.Axes.GetLimits();
        Assert.Equal((2020.5, 2023.5), (limits.Left, limits.Right));
        Assert.Equal(0, limits.Bottom);
        Assert.True(limits.Top > 100, "the tallest bar and its ≥ mark need headroom");
    }

    [Fact]
    public void TheAxisCoversTheAskedDatesAlsoWhereNoFactFalls()
    {
        var result = new SeriesResult(Metric.Projects, Interval.Quarter, "projects",
            [new DistrictSeries("港闸区", [new SeriesPoint("2020-Q2", 12, false, 1)])],
            new UnplacedFacts(0, 0, false), []);
        var options = new MetricChartOptions { AxisFrom = new DateOnly(2020, 1, 1), AxisTo = new DateOnly(2020, 12, 31) };
        using var chart = MetricChart.Build(result, options);
        ChartRenderer.RenderPng(chart.Plot, 800, 400);

        var labels = chart.Plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToList();
        Assert.Equal(["2020-Q1", "2020-Q2", "2020-Q3", "2020-Q4"], labels);
        var (min, max) = MetricChart.FullRange(MetricChartLayout.Of(result, options.Kind), options, PeriodInterval.Quarter)!.Value;
        Assert.Equal(((2020 * 4) - 0.5, (2020 * 4) + 3.5), (min, max));
        Assert.Equal((min, max), (chart.Plot.Axes.GetLimits().Left, chart.Plot.Axes.GetLimits().Right));
    }

    [Fact]
    public void AnAxisStartOnlyReachesBackToItAndTheFactsSetTheEnd()
    {
        var options = new MetricChartOptions { AxisFrom = new DateOnly(2019, 6, 1) };
        using var chart = MetricChart.Build(SampleSeries.InvestmentByYear(), options);

        var limits = chart.Plot.Axes.GetLimits();
        Assert.Equal((2018.5, 2023.5), (limits.Left, limits.Right));
    }

    [Fact]
    public void AnEmptyResultStillBuildsAChart()
    {
        var empty = new SeriesResult(Metric.Projects, Interval.Year, "projects", [], new UnplacedFacts(0, 0, false), []);
        using var chart = MetricChart.Build(empty);

        Assert.Empty(chart.Legend);
        Assert.NotEmpty(ChartRenderer.RenderPng(chart.Plot, 400, 200));
    }
}
