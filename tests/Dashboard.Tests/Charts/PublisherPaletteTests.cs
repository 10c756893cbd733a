using Dashboard.Presentation.Charts;

namespace Dashboard.Tests.Charts;

/// <summary>Issue 15: publisher colours on the overview never reuse a district's colour and do not change when a publisher is added.</summary>
public sealed class PublisherPaletteTests
{
    private static readonly string[] Publishers = ["南通日报", "江海晚报", "通州日报", "海门日报", "如皋日报"];

    public PublisherPaletteTests() => ChartFonts.EnsureRegistered();

    [Fact]
    public void AnUnknownPublisherKeepsTheColourItsNameGivesIt()
    {
        var alone = PublisherPalette.For(["中国江苏网"])["中国江苏网"];

        Assert.Equal(PublisherPalette.Hex[PublisherPalette.SlotOf("中国江苏网")], alone);
        Assert.Equal(alone, PublisherPalette.For(new[] { "南通日报", "中国江苏网", "江海晚报" }.Where(p => PublisherPalette.Known.GetValueOrDefault(p, -1) != PublisherPalette.SlotOf("中国江苏网")))["中国江苏网"]);
    }

    [Fact]
    public void NoPublisherTakesADistrictsColour()
    {
        using var chart = ArticlesPerMonthChart.Build(Publishers.Select((p, i) => new MonthlySeriesCount(new DateOnly(2023, 1, 1), p, 10 - i)));
        var colours = chart.Legend;

        Assert.Equal(Publishers.Length, colours.Select(c => c.ColorHex).Distinct().Count());
        Assert.All(colours, c => Assert.DoesNotContain(c.ColorHex, ChartPalette.DistrictHex.Values, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void AddingAPublisherOrReorderingThemLeavesTheOthersColoursAlone()
    {
        var before = Colours(Publishers.Select((p, i) => new MonthlySeriesCount(new DateOnly(2023, 1, 1), p, 10 - i)));
        // A new publisher that becomes the largest, and the old order turned round.
        var after = Colours(Publishers.Select((p, i) => new MonthlySeriesCount(new DateOnly(2023, 1, 1), p, 1 + i))
            .Append(new MonthlySeriesCount(new DateOnly(2023, 1, 1), "启东日报", 100))
            .Append(new MonthlySeriesCount(new DateOnly(2023, 1, 1), "中国江苏网", 50)));

        Assert.All(Publishers, p => Assert.Equal(before[p], after[p]));
    }

    private static Dictionary<string, string> Colours(IEnumerable<MonthlySeriesCount> counts)
    {
        using var chart = ArticlesPerMonthChart.Build(counts);
        return chart.Legend.ToDictionary(l => l.Name, l => l.ColorHex);
    }
}
