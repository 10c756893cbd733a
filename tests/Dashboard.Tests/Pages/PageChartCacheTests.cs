using System.Net;
using Dashboard.Presentation.Charts;
using Dashboard.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Pages;

/// <summary>
/// Issue 18 (load): a page asked for again draws no chart; the frame drawn for it is kept until
/// the data changes (a new data version is a new series result and a new frame).
/// </summary>
public sealed class PageChartCacheTests : IClassFixture<DashboardFactory>
{
    private readonly DashboardFactory factory;

    public PageChartCacheTests(DashboardFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("/timeline?metric=investment&interval=quarter")]
    [InlineData("/districts?metric=meetings&from=2018&to=2024")]
    [InlineData("/")]
    public async Task ThePageAskedAgainDrawsNoChart(string url)
    {
        using var client = factory.CreateClient();
        var frames = factory.Services.GetRequiredService<ChartFrameCache>();
        await factory.BumpDataVersionAsync();
        var before = frames.Drawn;
        var first = await PageAsync(client, url);
        var drawn = frames.Drawn;

        var second = await PageAsync(client, url);

        Assert.True(drawn > before, "the first request at a new data version draws its chart");
        Assert.Equal(drawn, frames.Drawn);
        Assert.Equal(Svg(first), Svg(second));
    }

    [Theory]
    [InlineData("/timeline?metric=projects&interval=month")]
    [InlineData("/?year=2023")]
    public async Task AChangeOfTheDataDrawsTheChartAgain(string url)
    {
        using var client = factory.CreateClient();
        var frames = factory.Services.GetRequiredService<ChartFrameCache>();
        await PageAsync(client, url);
        var drawn = frames.Drawn;

        await factory.BumpDataVersionAsync();
        await PageAsync(client, url);

        Assert.Equal(drawn + 1, frames.Drawn);
    }

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        return html;
    }

    private static string Svg(string html)
    {
        var start = html.IndexOf("<svg", StringComparison.Ordinal);
        return html[start..(html.IndexOf("</svg>", start, StringComparison.Ordinal) + 6)];
    }
}
