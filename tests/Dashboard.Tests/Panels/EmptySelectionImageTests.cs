using System.Net;
using System.Text.RegularExpressions;
using Dashboard.Presentation.Charts;
using Dashboard.Tests.Charts;
using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using SkiaSharp;

namespace Dashboard.Tests.Panels;

/// <summary>
/// Panel images and embed charts of a selection without facts, from the seeded app and from an
/// empty database: a framed chart with the selected periods and 所选条件下没有可计入的事实, never a
/// blank picture or years such as 0001.
/// </summary>
public sealed class EmptySelectionImageTests : IClassFixture<DashboardFactory>, IClassFixture<EmptySelectionImageTests.EmptyDatabaseFactory>
{
    private const string Note = "所选条件下没有可计入的事实";

    // The seed has no completed project in 通州区.
    private const string NothingSelected = "district=通州区&stage=completed";

    private static readonly Regex BogusYear = new(@">\s*0\d\d\d(-Q\d|-\d\d)?\s*<", RegexOptions.None, TimeSpan.FromSeconds(1));

    private readonly DashboardFactory seeded;
    private readonly EmptyDatabaseFactory empty;

    public EmptySelectionImageTests(DashboardFactory seeded, EmptyDatabaseFactory empty)
    {
        this.seeded = seeded;
        this.empty = empty;
        ChartFonts.EnsureRegistered();
    }

    [Theory]
    [InlineData("/panels/projects.svg?" + NothingSelected)]
    [InlineData("/panels/projects.svg?" + NothingSelected + "&theme=dark&chart=lines")]
    [InlineData("/embed/projects/chart.svg?" + NothingSelected)]
    public async Task ASelectionWithoutFactsSaysSoWithoutBogusYears(string url)
    {
        using var client = seeded.CreateClient();

        var svg = await client.GetStringAsync(url);

        Assert.Contains(Note, svg, StringComparison.Ordinal);
        Assert.DoesNotMatch(BogusYear, svg);
    }

    [Theory]
    [InlineData("/panels/projects.svg?" + NothingSelected + "&from=2021-01-01&to=2023-12-31")]
    [InlineData("/embed/projects/chart.svg?" + NothingSelected + "&from=2021-01-01&to=2023-12-31")]
    public async Task ASelectionWithoutFactsShowsItsYears(string url)
    {
        using var client = seeded.CreateClient();

        var svg = await client.GetStringAsync(url);

        var ticks = Regex.Matches(svg, @">\s*(\d{4})\s*</text>").Select(m => m.Groups[1].Value);
        Assert.Equal(["2021", "2022", "2023"], ticks);
        Assert.Contains(Note, svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task AnEmptyDatabaseGivesAFramedPngWithTheNote(string theme)
    {
        using var client = empty.CreateClient();

        using var response = await client.GetAsync($"/panels/investment.png?theme={theme}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var bitmap = Pixels.Decode(await response.Content.ReadAsByteArrayAsync());
        var colours = ChartTheme.Find(theme)!;
        var background = SKColor.Parse(colours.BackgroundHex);
        var all = Pixels.Band(bitmap, 0, bitmap.Height);
        Assert.True(all.Count(c => c != background) > 1000, "the image is (nearly) all background");
        var note = SKColor.Parse(colours.NoteHex);
        var middle = Pixels.Band(bitmap, bitmap.Height * 2 / 5, bitmap.Height * 3 / 5);
        Assert.True(middle.Count(c => Near(c, note)) > 100, $"no note in {colours.NoteHex} across the middle");
    }

    [Fact]
    public async Task AnEmptyDatabaseGivesAnSvgWithCaptionAndNote()
    {
        using var client = empty.CreateClient();

        var svg = await client.GetStringAsync("/panels/projects.svg");

        Assert.Contains(Note, svg, StringComparison.Ordinal);
        Assert.Contains("项目数（按年）", svg, StringComparison.Ordinal);
        Assert.Contains("项目数（个）", svg, StringComparison.Ordinal);
        Assert.DoesNotMatch(BogusYear, svg);
    }

    [Fact]
    public async Task AnEmptyDatabaseGivesAnEmbedChartWithTheNote()
    {
        using var client = empty.CreateClient();

        var svg = await client.GetStringAsync("/embed/meetings/chart.svg?from=2022-01-01&to=2022-12-31&interval=quarter");

        Assert.Contains(Note, svg, StringComparison.Ordinal);
        var ticks = Regex.Matches(svg, @">\s*(\d{4}-Q\d)\s*</text>").Select(m => m.Groups[1].Value);
        Assert.Equal(["2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"], ticks);
    }

    private static bool Near(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) <= 16 && Math.Abs(a.Green - b.Green) <= 16 && Math.Abs(a.Blue - b.Blue) <= 16;

    /// <summary>The app on a database without any article: the seed folder does not exist.</summary>
    public sealed class EmptyDatabaseFactory : DashboardFactory
    {
        protected override void ConfigureDashboard(IWebHostBuilder builder) =>
            builder.UseSetting("Dashboard:SeedPath", Path.Combine(Path.GetTempPath(), "no-seed-" + Guid.NewGuid().ToString("N")));
    }
}
