using System.Net;
using System.Text.Json;
using Dashboard.Presentation.Charts;
using Dashboard.Presentation.Panels;
using Dashboard.Tests.Charts;
using Dashboard.Tests.Support;
using Metrics.Queries;

namespace Dashboard.Tests.Panels;

public sealed class PanelImageEndpointTests : IClassFixture<DashboardFactory>
{
    private readonly DashboardFactory factory;

    public PanelImageEndpointTests(DashboardFactory factory)
    {
        this.factory = factory;
        ChartFonts.EnsureRegistered();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task PngHasWidthAndHeightTimesScalePixels(int scale)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/panels/investment.png?width=400&height=300&scale={scale}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        using var bitmap = Pixels.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((400 * scale, 300 * scale), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public async Task SvgCarriesTheCaptionAsRealIdeographs()
    {
        using var client = factory.CreateClient();

        var svg = await client.GetStringAsync("/panels/projects.svg?district=通州区");

        Assert.Contains("项目数（按年）", svg, StringComparison.Ordinal);
        Assert.Contains("通州区 · 全部时间 · 历史区划 · 单位：个", svg, StringComparison.Ordinal);
        Assert.Contains("数据截至 2023-02-13", svg, StringComparison.Ordinal);
        // The count stands apart from the publishers as from 篇: 南通日报、通州日报等 5 篇, not 等5 篇.
        Assert.Matches("来源：[^<]+等 5 篇公开报道", svg);
        // 人, 民, 区 … written as CJK radicals (U+2E80-U+2FDF) would look right and break copy and search.
        Assert.DoesNotContain(svg, c => c is >= '\u2E80' and <= '\u2FDF');
    }

    [Fact]
    public async Task TheAxisSpansTheAskedDatesAlsoWhereNoFactFalls()
    {
        using var client = factory.CreateClient();

        // The seed has 通州区's projects in 2023 only: 2021 and 2022 are empty years of the range.
        var svg = await client.GetStringAsync("/panels/projects.svg?district=通州区&from=2021-01-01&to=2023-12-31");

        var ticks = System.Text.RegularExpressions.Regex.Matches(svg, @">\s*(20\d\d)\s*</text>").Select(m => m.Groups[1].Value);
        Assert.Equal(["2021", "2022", "2023"], ticks);
    }

    [Fact]
    public void AChineseTitleDrawsDifferentInkFromMissingGlyphBoxes()
    {
        var chinese = TitleBand("南通区县项目数");
        var boxes = TitleBand("\uE000\uE001\uE002\uE003\uE004\uE005\uE006");
        var otherBoxes = TitleBand("\uE010\uE011\uE012\uE013\uE014\uE015\uE016");

        Assert.True(Pixels.Ink(chinese) > 100, "the Chinese title left no ink");
        Assert.NotEqual(boxes, chinese);
        // The control: characters the font lacks all draw the same box, and the comparison sees that.
        Assert.Equal(boxes, otherBoxes);
    }

    [Theory]
    [InlineData("/panels/projects.png?scale=5", "scale")]
    [InlineData("/panels/projects.png?scale=0", "scale")]
    [InlineData("/panels/projects.png?width=10", "width")]
    [InlineData("/panels/projects.png?theme=blue", "theme")]
    [InlineData("/panels/projects.png?lang=fr", "lang")]
    [InlineData("/panels/projects.csv?rows=all", "rows")]
    [InlineData("/panels/projects.gif", "format")]
    [InlineData("/panels/profits.png", "metric")]
    [InlineData("/panels/meetings.png?stage=signed", "stage")]
    [InlineData("/panels/projects.svg?district=北京市", "district")]
    [InlineData("/panels/projects.xlsx?from=2023-13-01", "from")]
    public async Task ABadParameterGets400NamingIt(string url, string parameter)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
    }

    private static SkiaSharp.SKColor[] TitleBand(string title)
    {
        var result = new SeriesResult(Metric.Projects, Interval.Year, "projects",
            [new DistrictSeries("通州区", [new SeriesPoint("2023", 16, false, 1)])], new UnplacedFacts(0, 0, false), []);
        var request = new PanelRequest { Metric = Metric.Projects, Interval = Interval.Year, Filter = new FactFilter() };
        var caption = new PanelCaption(title, "全部区县", "个", "数据截至 2023-02-13", "测试", English: false);
        using var chart = PanelImage.Build(result, request, caption);
        using var bitmap = Pixels.Decode(ChartRenderer.RenderPng(chart.Plot, 600, 300));
        // The first title line only: the subtitle below it is the same in all three.
        return Pixels.Band(bitmap, 0, 30);
    }
}
