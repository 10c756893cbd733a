using Dashboard.Account;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Account;

/// <summary>After sign-in the browser goes back only to a path of this app (the rules of <c>Url.IsLocalUrl</c>).</summary>
public sealed class ReturnUrlTests : IClassFixture<AdminDashboardFactory>
{
    private readonly AdminDashboardFactory factory;

    public ReturnUrlTests(AdminDashboardFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("/\t/127.0.0.1:5299/pwned")]
    [InlineData("/\n/127.0.0.1:5299/pwned")]
    [InlineData("/\r\nSet-Cookie: x=1")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/import\u0007")]
    [InlineData("/import\u007f")]
    [InlineData("https://evil.example/")]
    [InlineData("evil.example")]
    [InlineData("")]
    public async Task AReturnUrlThatIsNotALocalPathGoesHome(string returnUrl)
    {
        var client = ClientAddress.ClientFrom(factory, "10.1.0.1");

        Assert.Equal("/", await SignIn.PostAsync(client, AdminDashboardFactory.Password, returnUrl));
        Assert.False(LocalUrl.IsLocal(returnUrl));
    }

    [Theory]
    [InlineData("/import\u0000")]
    [InlineData("/\u0085/evil.example")]
    [InlineData("/\u001b[31m")]
    public void AControlCharacterAnywhereMakesAPathNonLocal(string url) => Assert.False(LocalUrl.IsLocal(url));

    [Theory]
    [InlineData("/")]
    [InlineData("/import")]
    [InlineData("/articles/3?x=%2F%2Fa#fact-2")]
    public async Task ALocalPathIsWhereTheBrowserGoesBack(string returnUrl)
    {
        var client = ClientAddress.ClientFrom(factory, "10.1.0.2");

        Assert.Equal(returnUrl, await SignIn.PostAsync(client, AdminDashboardFactory.Password, returnUrl));
    }

    [Fact]
    public async Task ANewlineInTheReturnUrlOfAWrongPasswordIsNoServerError()
    {
        var client = ClientAddress.ClientFrom(factory, "10.1.0.3");

        var location = await SignIn.PostAsync(client, "wrong", "/\n/evil");

        Assert.Equal("/account/login?error=wrong&returnUrl=%2F", location);
    }
}
