using Dashboard.Components.Panels;
using Dashboard.Embedding;
using Dashboard.Presentation.Panels;
using Metrics.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Tests.Panels;

public sealed class EmbedSnippetTests
{
    private const string BaseUri = "https://dashboard.example.cn/";

    private static readonly PanelRequest View = new()
    {
        Metric = Metric.Investment,
        Interval = Interval.Quarter,
        Filter = new FactFilter { Districts = ["通州区"] },
        Dark = true,
    };

    [Fact]
    public void WithAKeyEveryLinkIsSignedAndChecksOut()
    {
        var links = new SignedLinks("k", TimeProvider.System);
        var options = new EmbedOptions { EmbedSigningKey = "k", EmbedAllowedOrigins = ["https://oa.example.cn"] };

        var snippet = EmbedSnippet.For(View, BaseUri, links, options, TimeProvider.System);

        Assert.True(snippet.Signed);
        Assert.Empty(snippet.Warnings);
        foreach (var url in new[] { snippet.EmbedUrl, snippet.StaticEmbedUrl, snippet.ImageUrl })
        {
            var uri = new Uri(url);
            Assert.Equal("dashboard.example.cn", uri.Host);
            Assert.Equal(LinkCheck.Valid, links.Check(uri.AbsolutePath, new QueryCollection(QueryHelpers.ParseQuery(uri.Query))));
        }

        Assert.StartsWith("https://dashboard.example.cn/embed/investment?district=", snippet.EmbedUrl, StringComparison.Ordinal);
        Assert.Contains("static=1", snippet.StaticEmbedUrl, StringComparison.Ordinal);
        Assert.Contains("/panels/investment.png?", snippet.ImageUrl, StringComparison.Ordinal);
        Assert.Contains($"src=\"{System.Net.WebUtility.HtmlEncode(snippet.EmbedUrl)}\"", snippet.IframeCode, StringComparison.Ordinal);
        Assert.Contains("title=\"各阶段投资额（按季度）\"", snippet.IframeCode, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutFramingOriginsOrAKeyTheUserIsWarned()
    {
        var links = new SignedLinks(null, TimeProvider.System);
        var options = new EmbedOptions { RequireLoginForViewing = true };

        var snippet = EmbedSnippet.For(View, BaseUri, links, options, TimeProvider.System);

        Assert.False(snippet.Signed);
        Assert.DoesNotContain("sig=", snippet.EmbedUrl, StringComparison.Ordinal);
        // In a presenter's words: what does not work and whom to ask, no configuration key names.
        Assert.Collection(snippet.Warnings,
            w => Assert.Contains("允许嵌入的网站地址", w, StringComparison.Ordinal),
            w => Assert.Contains("链接签名", w, StringComparison.Ordinal));
        Assert.All(snippet.Warnings, w => Assert.DoesNotContain("Dashboard:", w, StringComparison.Ordinal));
    }

    [Fact]
    public void OriginsGivenAsOneStringAreSplit()
    {
        var options = new EmbedOptions { EmbedAllowedOrigins = ["https://a.example.cn, https://b.example.cn/ https://a.example.cn"] };

        Assert.Equal(["https://a.example.cn", "https://b.example.cn"], options.AllowedOrigins);
    }
}
