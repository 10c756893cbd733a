using System.Net;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Panels;

/// <summary>
/// The embed and the presentation draw projects per stage, never one figure across stages:
/// 港闸区 2020 in the seed is 13 signed and 1 put into production, so no 14 may stand for it.
/// </summary>
public sealed class NoCrossStageSumTests : IClassFixture<DashboardFactory>
{
    private readonly DashboardFactory factory;

    public NoCrossStageSumTests(DashboardFactory factory) => this.factory = factory;

    [Fact]
    public async Task TheLiveEmbedShowsEachStageOfADistrictYearApart()
    {
        using var client = factory.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/embed/projects?district=" + Uri.EscapeDataString("港闸区") + "&from=2020-01-01&to=2020-12-31"));

        Assert.Contains("<title>各阶段项目数（按年）", html, StringComparison.Ordinal);
        var stages = System.Text.RegularExpressions.Regex.Matches(html, "chart-legend-swatch\" data-stage=\"([A-Za-z]+)\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.Contains("Signed", stages);
        Assert.Contains("Production", stages);
    }

    [Fact]
    public async Task ThePresentationNamesTheStagesOfItsProjectPanels()
    {
        using var client = factory.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/present"));

        var slides = System.Text.RegularExpressions.Regex.Matches(html, "src=\"/panels/(projects|investment)\\.png[^\"]*\" alt=\"([^\"]+)\"").ToArray();
        Assert.NotEmpty(slides);
        Assert.All(slides, slide => Assert.StartsWith("各阶段", slide.Groups[2].Value, StringComparison.Ordinal));
    }
}
