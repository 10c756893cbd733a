using System.Net;
using System.Text.Json;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Panels;

public sealed class SignedLinkTests : IClassFixture<DashboardFactory>
{
    private const string Image = "/panels/investment.png?district=通州区&width=400&height=300";
    private const string EmbedPage = "/embed/investment?district=通州区&static=1";

    private readonly DashboardFactory factory;

    public SignedLinkTests(DashboardFactory factory) => this.factory = factory;

    [Theory]
    [InlineData(Image)]
    [InlineData(EmbedPage)]
    public async Task AValidSignatureOpensTheLink(string url)
    {
        using var client = factory.WithEmbedding().CreateClient();

        using var response = await client.GetAsync(PanelFactory.Sign(url, DateTimeOffset.UtcNow.AddHours(1)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("district=通州区", "district=海门区")]
    [InlineData("width=400", "width=401")]
    [InlineData("&height=300", "")]
    public async Task ChangingAnyParameterOfASignedLinkGets403(string signedPart, string tamperedPart)
    {
        using var client = factory.WithEmbedding().CreateClient();
        var signed = PanelFactory.Sign(Image, DateTimeOffset.UtcNow.AddHours(1));
        var tampered = Uri.UnescapeDataString(signed).Replace(signedPart, tamperedPart, StringComparison.Ordinal);
        Assert.NotEqual(Uri.UnescapeDataString(signed), tampered);

        using var response = await client.GetAsync(tampered);

        await AssertRefusedAsync(response, "tampered");
    }

    [Fact]
    public async Task AnExtendedExpiryBreaksTheSignature()
    {
        using var client = factory.WithEmbedding().CreateClient();
        var signed = PanelFactory.Sign(Image, DateTimeOffset.UtcNow.AddHours(1));
        var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();

        using var response = await client.GetAsync(signed.Replace($"expires={expires}", $"expires={expires + 86_400}", StringComparison.Ordinal));

        await AssertRefusedAsync(response, "tampered");
    }

    [Fact]
    public async Task AnExpiredLinkGets403()
    {
        using var client = factory.WithEmbedding().CreateClient();

        using var response = await client.GetAsync(PanelFactory.Sign(Image, DateTimeOffset.UtcNow.AddMinutes(-1)));

        await AssertRefusedAsync(response, "expired");
    }

    [Fact]
    public async Task ASignatureTheServerCannotCheckGets403()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(PanelFactory.Sign(Image, DateTimeOffset.UtcNow.AddHours(1)));

        await AssertRefusedAsync(response, "tampered");
    }

    [Theory]
    [InlineData(Image)]
    [InlineData(EmbedPage)]
    [InlineData("/embed/projects")]
    public async Task WhenViewingNeedsSignInOnlySignedLinksOpen(string url)
    {
        using var client = factory.WithEmbedding(requireLogin: true).CreateClient();

        using var unsigned = await client.GetAsync(url);
        using var signed = await client.GetAsync(PanelFactory.Sign(url, DateTimeOffset.UtcNow.AddHours(1)));

        await AssertRefusedAsync(unsigned, "unsigned");
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
    }

    [Fact]
    public async Task ASignedStaticEmbedShowsASignedImageThatOpensBehindSignIn()
    {
        using var client = factory.WithEmbedding(requireLogin: true).CreateClient();
        var html = await client.GetStringAsync(PanelFactory.Sign(EmbedPage, DateTimeOffset.UtcNow.AddHours(1)));

        var src = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "<img[^>]*src=\"([^\"]+)\"").Groups[1].Value);

        Assert.StartsWith("/panels/investment.png?", src, StringComparison.Ordinal);
        Assert.Contains("sig=", src, StringComparison.Ordinal);
        using var image = await client.GetAsync(src);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string link)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(link, problem.RootElement.GetProperty("link").GetString());
    }
}
