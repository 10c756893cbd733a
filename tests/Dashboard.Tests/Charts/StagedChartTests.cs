using Dashboard.Presentation.Charts;
using Metrics.Facts;
using Metrics.Queries;
using ScottPlot.Plottables;

namespace Dashboard.Tests.Charts;

/// <summary>Stages stacked, never one bar of their sum; the unreviewed part of a bar pale and hatched (issue 14).</summary>
public class StagedChartTests
{
    public StagedChartTests() => ChartFonts.EnsureRegistered();

    private static SeriesResult GangzhaByStage(double signedReviewed = 1) => new(
        Metric.Projects,
        Interval.Year,
        "projects",
        [
            new DistrictSeries("港闸区", [new SeriesPoint("2020", 13, false, 2, signedReviewed)], ProjectStage.Signed),
            new DistrictSeries("港闸区", [new SeriesPoint("2020", 1, false, 1, 1)], ProjectStage.Production),
            new DistrictSeries("通州区", [new SeriesPoint("2020", 2, false, 1, 1)], ProjectStage.Signed),
        ],
        new UnplacedFacts(0, 0, false),
        []);

    [Fact]
    public void ADistrictsStagesAreStackedInOnePlaceAndEachBarIsOneStagesValue()
    {
        var points = MetricChartLayout.Of(GangzhaByStage(), MetricChartKind.Bars);

        var signed = points.Single(p => p.District == "港闸区" && p.Stage == ProjectStage.Signed);
        var production = points.Single(p => p.District == "港闸区" && p.Stage == ProjectStage.Production);
        var tongzhou = points.Single(p => p.District == "通州区");
        Assert.Equal((0d, 13d), (signed.Base, signed.Y));
        Assert.Equal((13d, 14d), (production.Base, production.Y));
        Assert.Equal((13L, 1L), (signed.Value, production.Value));
        Assert.Equal(signed.X, production.X);
        Assert.NotEqual(signed.X, tongzhou.X);
        Assert.Equal(0.4, signed.Width, 6);
        Assert.DoesNotContain(points, p => p.Value == 14);
    }

    [Fact]
    public void TheLegendExplainsTheStagesAndOnlyNamesEachDistrictOnce()
    {
        using var chart = MetricChart.Build(GangzhaByStage());

        Assert.Equal(["港闸区", "通州区", "签约", "投产"], chart.Legend.Select(e => e.Name));
        Assert.Equal([ProjectStage.Signed, ProjectStage.Production], chart.Legend.Where(e => e.Stage is not null).Select(e => e.Stage!.Value));
        Assert.NotEqual(chart.Legend[2].ColorHex, chart.Legend[3].ColorHex);
    }

    [Fact]
    public void TheUncheckedPartOfABarIsDrawnPaleAndHatchedAboveTheCheckedPart()
    {
        using var chart = MetricChart.Build(GangzhaByStage(signedReviewed: 0.25));

        var signed = chart.Plot.GetPlottables<BarPlot>().First().Bars;
        Assert.Equal(2, signed.Count);
        Assert.Equal((0d, 3.25d), (signed[0].ValueBase, signed[0].Value));
        Assert.Null(signed[0].FillHatch);
        Assert.Equal((3.25d, 13d), (signed[1].ValueBase, signed[1].Value));
        Assert.NotNull(signed[1].FillHatch);
        Assert.True(signed[1].FillColor.A < signed[0].FillColor.A, "the unreviewed part is paler");
        Assert.True(signed[1].LineWidth > 0 && signed[0].LineWidth == 0, "the unreviewed part is outlined in the district's colour");
        var unreviewed = Assert.Single(chart.Legend, e => e.Unreviewed);
        Assert.Equal("未审核", unreviewed.Name);
    }

    [Fact]
    public void AFullyReviewedChartHasNoUnreviewedLegendEntry()
    {
        using var chart = MetricChart.Build(GangzhaByStage());

        Assert.DoesNotContain(chart.Legend, e => e.Unreviewed);
    }
}
