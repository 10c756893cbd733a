using Dashboard.Presentation.Charts;
using ScottPlot.Testing;

namespace Dashboard.Tests.Charts;

/// <summary>
/// The metric chart compared with reviewed images (light and dark, bars and lines, zh and en).
/// When a change is intended, look at the image the failing run writes and commit it over the baseline.
/// </summary>
public class MetricChartImageTests
{
    private const double MaxPercentDifferentPixels = 0.5;

    public MetricChartImageTests() => ChartFonts.EnsureRegistered();

    public static TheoryData<string> Baselines() =>
        ["metric-investment-bars-light.png", "metric-projects-lines-dark.png", "metric-projects-bars-en.png", "metric-empty-quarters-dark.png"];

    [Theory]
    [MemberData(nameof(Baselines))]
    public void MatchesTheReviewedBaseline(string baseline)
    {
        var png = Render(baseline);
        var actualPath = Charts.Baselines.ActualPath("invariant", baseline);
        Directory.CreateDirectory(Path.GetDirectoryName(actualPath)!);
        File.WriteAllBytes(actualPath, png);

        var baselinePath = Path.Combine(Charts.Baselines.Folder, baseline);
        Assert.True(File.Exists(baselinePath), $"No baseline {baselinePath}; review {actualPath} and commit it there.");
        using var expected = new ScottPlot.Image(baselinePath);
        using var actual = new ScottPlot.Image(png);
        Assert.Equal(expected.Size, actual.Size);
        var diff = new ImageDiff(expected, actual);
        Assert.True(
            diff.PercentOfDifferencePixels <= MaxPercentDifferentPixels,
            $"{diff.PercentOfDifferencePixels:F2}% of pixels differ from {baselinePath}; the new render is {actualPath}.");
    }

    private static byte[] Render(string baseline)
    {
        var (result, options) = baseline switch
        {
            "metric-investment-bars-light.png" => (SampleSeries.InvestmentByYear(), new MetricChartOptions
            {
                Title = "各区项目投资额", Subtitle = "开工 · 2021–2023", ShowNotes = true,
            }),
            "metric-projects-lines-dark.png" => (SampleSeries.ProjectsByMonth(), new MetricChartOptions
            {
                Kind = MetricChartKind.Lines, Theme = ChartTheme.Dark, Title = "各区项目数（按月）", ShowNotes = true,
            }),
            "metric-empty-quarters-dark.png" => (SampleSeries.NothingByQuarter(), new MetricChartOptions
            {
                Theme = ChartTheme.Dark, Title = "通州区竣工项目数（按季度）", ShowNotes = true,
                AxisFrom = new DateOnly(2022, 1, 1), AxisTo = new DateOnly(2022, 12, 31), DateRangeGiven = true,
            }),
            _ => (SampleSeries.ProjectsByMonth(), new MetricChartOptions
            {
                Language = ChartLanguage.En, Title = "Projects by month", ShowNotes = true,
                DistrictNames = new Dictionary<string, string> { ["通州区"] = "Tongzhou", ["崇川区"] = "Chongchuan", ["海门区"] = "Haimen" },
            }),
        };
        using var chart = MetricChart.Build(result, options);
        return ChartRenderer.RenderPng(chart.Plot, 800, 400);
    }
}
