using System.Net;
using System.Text.RegularExpressions;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Panels;

public sealed class EmbedPageTests : IClassFixture<DashboardFactory>
{
    private readonly DashboardFactory factory;

    public EmbedPageTests(DashboardFactory factory) => this.factory = factory;

    [Fact]
    public async Task TheEmbedIsThePanelAloneWithTitleOnTopSourceBelowAndALinkToTheFullView()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/embed/investment?district=通州区&interval=quarter");

        // The theme's CSS names every component; the markup must hold none of the frame's.
        Assert.DoesNotMatch("class=\"[^\"]*mud-(appbar|drawer|nav)", html);
        var text = WebUtility.HtmlDecode(html);
        Assert.Matches("<h1 class=\"embed-title\">各阶段投资额（按季度）</h1>", text);
        Assert.Contains("通州区 · 全部时间 · 历史区划 · 单位：亿元", text, StringComparison.Ordinal);
        Assert.Contains("数据截至 2023-02-13 · 来源：", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("embed-title", StringComparison.Ordinal) < text.IndexOf("data-embed-chart", StringComparison.Ordinal)
            && text.IndexOf("data-embed-chart", StringComparison.Ordinal) < text.IndexOf("data-embed-legend", StringComparison.Ordinal)
            && text.IndexOf("data-embed-legend", StringComparison.Ordinal) < text.IndexOf("data-embed-source", StringComparison.Ordinal),
            "title, chart, legend and source line in that order");
        var link = WebUtility.HtmlDecode(Regex.Match(html, "<a href=\"([^\"]+)\"[^>]*target=\"_blank\"").Groups[1].Value);
        Assert.Equal("/timeline?metric=investment&district=" + Uri.EscapeDataString("通州区") + "&interval=quarter", link);
    }

    [Fact]
    public async Task TheLiveEmbedHoldsNoConnection()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/embed/projects?district=通州区&width=760&height=360");

        Assert.DoesNotContain("blazor.web.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--Blazor:", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/js/embed.js\" defer></script>", html, StringComparison.Ordinal);
        // The chart's URL keeps the selection and leaves the size to the script.
        var src = WebUtility.HtmlDecode(Regex.Match(html, "data-chart-src=\"([^\"]+)\"").Groups[1].Value);
        Assert.Equal("/embed/projects/chart.svg?district=" + Uri.EscapeDataString("通州区"), src);
    }

    [Fact]
    public async Task TheChartIsDrawnAtTheSizeAskedWithAHitAreaForEachBar()
    {
        using var client = factory.CreateClient();

        using var small = await client.GetAsync("/embed/projects/chart.svg?district=通州区&stage=started&width=300&height=120");
        var svg = await small.Content.ReadAsStringAsync();
        var large = await client.GetStringAsync("/embed/projects/chart.svg?district=通州区&stage=started&width=1900&height=900");

        Assert.Equal("image/svg+xml", small.Content.Headers.ContentType!.MediaType);
        Assert.Contains("viewBox=\"0 0 300 120\"", svg, StringComparison.Ordinal);
        var hit = Regex.Match(WebUtility.HtmlDecode(svg), "<rect data-hit=[^>]*data-title=\"通州区 · 开工 · 2023\"[^>]*data-value=\"16个\"[^>]*data-facts=\"(/facts\\?[^\"]+)\"");
        Assert.True(hit.Success, svg);
        Assert.Contains("from=2023-01-01&to=2023-12-31", hit.Groups[1].Value, StringComparison.Ordinal);
        // A large frame draws a smaller chart that the browser scales up: its text grows with the frame.
        var viewBox = Regex.Match(large, "viewBox=\"0 0 (\\d+) (\\d+)\"");
        Assert.Equal(["802", "380"], [viewBox.Groups[1].Value, viewBox.Groups[2].Value]);
    }

    [Fact]
    public async Task StaticEmbedIsAPlainImageOfTheSamePanelAtDoubleDensity()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/embed/projects?theme=dark&static=1");

        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        var src = WebUtility.HtmlDecode(Regex.Match(html, "<img[^>]*src=\"([^\"]+)\"").Groups[1].Value);
        Assert.Equal("/panels/projects.png?scale=2&theme=dark", src);
        Assert.Contains("embed-dark", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadParameterGets400NamingIt()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/embed/projects?interval=week");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("data-problem-parameter=\"interval\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
