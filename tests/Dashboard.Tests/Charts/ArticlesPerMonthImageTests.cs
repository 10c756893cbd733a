using Dashboard.Presentation.Charts;
using ScottPlot.Testing;

namespace Dashboard.Tests.Charts;

/// <summary>
/// The chart compared with reviewed images. When a change is intended, look at the image the
/// failing run writes (its path is in the message) and commit it over the baseline.
/// </summary>
public class ArticlesPerMonthImageTests
{
    // Anti-aliasing may differ slightly between Skia builds; a layout or glyph change does not stay under this.
    private const double MaxPercentDifferentPixels = 0.5;

    public ArticlesPerMonthImageTests() => ChartFonts.EnsureRegistered();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "zh-CN", "" })
        {
            data.Add(culture, "articles-per-month.png");
            data.Add(culture, "articles-per-month-ten-years@2x.png");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesTheReviewedBaseline(string culture, string baseline)
    {
        using var _ = new CultureScope(culture);
        var png = Render(baseline);
        var actualPath = Baselines.ActualPath(culture.Length == 0 ? "invariant" : culture, baseline);
        Directory.CreateDirectory(Path.GetDirectoryName(actualPath)!);
        File.WriteAllBytes(actualPath, png);

        var baselinePath = Path.Combine(Baselines.Folder, baseline);
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
        if (baseline == "articles-per-month.png")
        {
            using var chart = ArticlesPerMonthChart.Build(SampleCounts.TwoYears(), "南通各来源每月文章数", "文章数（篇）");
            return ChartRenderer.RenderPng(chart.Plot, 800, 400);
        }

        using var tenYears = ArticlesPerMonthChart.Build(SampleCounts.TenYears(), "南通日报与江海晚报每月文章数");
        return ChartRenderer.RenderPng(tenYears.Plot, 640, 320, scale: 2);
    }
}
