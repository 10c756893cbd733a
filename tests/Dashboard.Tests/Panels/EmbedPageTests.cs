using System.Net;
using System.Text.RegularExpressions;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Panels;

public sealed class EmbedPageTests : IClassFixture<DashboardFactory>
{
    private readonly DashboardFactory factory;

    public EmbedPageTests(DashboardFactory factory) => this.factory = factory;

    [Fact]
    public async Task TheEmbedIsThePanelAloneWithCaptionAndALinkToTheFullView()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/embed/investment?district=通州区&interval=quarter");

        // The theme's CSS names every component; the markup must hold none of the frame's.
        Assert.DoesNotMatch("class=\"[^\"]*mud-(appbar|drawer|nav)", html);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("投资额（按季度） · 通州区 · 全部时间 · 历史区划 · 数据截至 2023-02-13", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        var link = WebUtility.HtmlDecode(Regex.Match(html, "<a href=\"([^\"]+)\"[^>]*target=\"_blank\"").Groups[1].Value);
        Assert.Equal("/timeline?metric=investment&district=" + Uri.EscapeDataString("通州区") + "&interval=quarter", link);
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
