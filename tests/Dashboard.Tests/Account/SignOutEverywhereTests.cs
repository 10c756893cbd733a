using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Dashboard.Account;
using Dashboard.Components.Layout;
using Dashboard.Tests.Support;
using Metrics.Review;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Account;

/// <summary>Signing out ends every session of the admin: other browsers' cookies, and open pages (their circuits) at the next check or action.</summary>
public sealed class SignOutEverywhereTests
{
    [Fact]
    public async Task SigningOutInOneBrowserSignsTheOtherOneOutToo()
    {
        await using var factory = new AdminDashboardFactory();
        var office = ClientAddress.ClientFrom(factory, "10.0.0.1");
        var laptop = ClientAddress.ClientFrom(factory, "10.0.0.2");
        await SignIn.PostAsync(office, AdminDashboardFactory.Password);
        await SignIn.PostAsync(laptop, AdminDashboardFactory.Password);
        using var before = await laptop.GetAsync("/import");

        await SignIn.SignOutAsync(office);
        using var page = await laptop.GetAsync("/import");
        using var post = await laptop.PostAsJsonAsync("/api/articles", new { text = "5月30日，通州区召开区委常委会会议。" });

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }

    [Fact]
    public async Task AnOpenPageLosesItsSignInAtTheNextCheckAndCannotActMeanwhile()
    {
        await using var factory = new AdminDashboardFactory();
        var stamps = factory.Services.GetRequiredService<SignInStamps>();
        var provider = ActivatorUtilities.CreateInstance<StampRevalidatingAuthenticationStateProvider>(factory.Services);
        var openPage = new AuthenticationState(await AdminAsync(stamps));
        var validBefore = await provider.IsStillValidAsync(openPage);
        var nameBefore = await CurrentUser.AdminNameAsync(Task.FromResult(openPage), stamps);

        await stamps.RenewAsync(AdminRole.UserName);

        Assert.True(validBefore);
        Assert.Equal(AdminRole.UserName, nameBefore);
        Assert.False(await provider.IsStillValidAsync(openPage));
        await Assert.ThrowsAsync<ReviewException>(() => CurrentUser.AdminNameAsync(Task.FromResult(openPage), stamps));
        Assert.True(StampRevalidatingAuthenticationStateProvider.Interval <= TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task TheAppRevalidatesCircuitsWithTheStamp()
    {
        await using var factory = new AdminDashboardFactory();
        using var scope = factory.Services.CreateScope();

        Assert.IsType<StampRevalidatingAuthenticationStateProvider>(scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>());
    }

    private static async Task<ClaimsPrincipal> AdminAsync(SignInStamps stamps) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, AdminRole.UserName),
            new Claim(ClaimTypes.Role, AdminRole.Name),
            new Claim(SignInStamps.ClaimType, await stamps.CurrentAsync(AdminRole.UserName)),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme));
}
