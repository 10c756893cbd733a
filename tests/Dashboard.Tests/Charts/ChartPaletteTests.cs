using Dashboard.Presentation.Charts;
using Metrics.Gazetteer;

namespace Dashboard.Tests.Charts;

public class ChartPaletteTests
{
    [Fact]
    public void EveryDistrictOfTheGazetteerHasItsOwnColourAndNoOtherNameHasOne()
    {
        var districts = NantongGazetteer.Load().AllDistricts;

        Assert.Equal(13, districts.Count);
        Assert.Equal(districts.Order(StringComparer.Ordinal), ChartPalette.DistrictHex.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(13, ChartPalette.DistrictHex.Values.Select(h => h.ToUpperInvariant()).Distinct().Count());
    }

    [Fact]
    public void ADistrictKeepsItsColourWhateverItsPositionInAChart()
    {
        foreach (var district in NantongGazetteer.Load().AllDistricts)
        {
            var colours = Enumerable.Range(0, 13).Select(i => ChartPalette.HexOf(district, i)).Distinct().ToArray();
            Assert.Equal([ChartPalette.DistrictHex[district]], colours);
        }
    }

    [Fact]
    public void SeriesThatAreNotDistrictsTakeDistinctColoursInTheirOrder()
    {
        string[] publishers = ["南通日报", "江海晚报", "通州日报", "海门日报", "如东日报", "启东日报", "如皋日报", "海安日报", "南通发布", "新华社"];

        var colours = publishers.Select((p, i) => ChartPalette.HexOf(p, i)).ToArray();

        Assert.Equal(publishers.Length, colours.Distinct().Count());
        Assert.Equal(ChartPalette.Hex, colours);
        Assert.Equal(ChartPalette.HexOf("合计", 0), ChartPalette.HexOf("2023年", 0));
        Assert.NotEqual(ChartPalette.HexOf("合计", 0), ChartPalette.HexOf("2022年", 1));
    }

    [Fact]
    public void EveryDistrictColourStandsOutOnTheLightAndTheDarkChart()
    {
        foreach (var (district, hex) in ChartPalette.DistrictHex)
        {
            foreach (var theme in new[] { ChartTheme.Light, ChartTheme.Dark })
            {
                var contrast = Contrast(hex, theme.BackgroundHex);
                Assert.True(contrast >= 1.6, $"{district} {hex} on {theme.Name} {theme.BackgroundHex}: contrast {contrast:F2}");
            }
        }
    }

    [Fact]
    public void NoTwoDistrictColoursAreCloserThanTheClosestPairOfTableau10()
    {
        var tableau = ChartPalette.Hex;
        var tableauClosest = Pairs(tableau).Min(p => DeltaE(p.A, p.B));

        var closest = Pairs(ChartPalette.DistrictHex.Values.ToArray()).MinBy(p => DeltaE(p.A, p.B));

        Assert.True(DeltaE(closest.A, closest.B) >= tableauClosest - 0.01, $"{closest.A} and {closest.B}: ΔE {DeltaE(closest.A, closest.B):F1} < {tableauClosest:F1}");
    }

    private static IEnumerable<(string A, string B)> Pairs(IReadOnlyList<string> colours) =>
        colours.SelectMany((a, i) => colours.Skip(i + 1).Select(b => (a, b)));

    // WCAG contrast ratio of two sRGB colours.
    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        var (r, g, b) = Linear(hex);
        return (0.2126 * r) + (0.7152 * g) + (0.0722 * b);
    }

    // CIE76 distance in CIELAB (D65).
    private static double DeltaE(string a, string b)
    {
        var (l1, a1, b1) = Lab(a);
        var (l2, a2, b2) = Lab(b);
        return Math.Sqrt(Math.Pow(l1 - l2, 2) + Math.Pow(a1 - a2, 2) + Math.Pow(b1 - b2, 2));
    }

    private static (double L, double A, double B) Lab(string hex)
    {
        var (r, g, b) = Linear(hex);
        var x = ((0.4124 * r) + (0.3576 * g) + (0.1805 * b)) / 0.95047;
        var y = (0.2126 * r) + (0.7152 * g) + (0.0722 * b);
        var z = ((0.0193 * r) + (0.1192 * g) + (0.9505 * b)) / 1.08883;
        static double F(double v) => v > 0.008856 ? Math.Cbrt(v) : (7.787 * v) + (16.0 / 116);
        return ((116 * F(y)) - 16, 500 * (F(x) - F(y)), 200 * (F(y) - F(z)));
    }

    private static (double R, double G, double B) Linear(string hex)
    {
        static double Channel(string hex, int at)
        {
            var c = Convert.ToInt32(hex.Substring(at, 2), 16) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (Channel(hex, 1), Channel(hex, 3), Channel(hex, 5));
    }
}
