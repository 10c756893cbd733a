using System.Net;
using System.Net.Http.Json;
using Dashboard.Tests.Support;
using Metrics.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Account;

public sealed class SignInTests
{
    private static readonly WebApplicationFactoryClientOptions NoRedirects = new() { AllowAutoRedirect = false };

    [Theory]
    [InlineData("/import")]
    [InlineData("/review")]
    [InlineData("/review/audit")]
    public async Task AnonymousVisitorsOfAdminPagesAreSentToTheLoginPage(string path)
    {
        await using var factory = new AdminDashboardFactory();
        var client = factory.CreateClient(NoRedirects);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousCallsOfAdminEndpointsGet401()
    {
        await using var factory = new AdminDashboardFactory();
        var client = factory.CreateClient(NoRedirects);

        using var csv = await client.GetAsync("/review/audit.csv");
        using var post = await client.PostAsJsonAsync("/api/articles", new { text = "通州区召开区委常委会会议。" });

        Assert.Equal(HttpStatusCode.Unauthorized, csv.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }

    [Fact]
    public async Task TheRightPasswordOpensTheAdminPagesAndTheAppBarSaysSo()
    {
        await using var factory = new AdminDashboardFactory();
        var client = factory.CreateClient(NoRedirects);

        var location = await SignIn.PostAsync(client, AdminDashboardFactory.Password, "/review");
        using var review = await client.GetAsync("/review");
        var home = await client.GetStringAsync("/");

        Assert.Equal("/review", location);
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Contains("data-signed-in=\"true\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPasswordsLockTheSignInForTheConfiguredTime()
    {
        await using var factory = new AdminDashboardFactory();
        var client = factory.CreateClient(NoRedirects);

        var answers = new List<string>();
        for (var i = 0; i < AdminDashboardFactory.LockoutAttempts; i++)
        {
            answers.Add(await SignIn.PostAsync(client, "wrong-" + i));
        }

        var rightButLocked = await SignIn.PostAsync(client, AdminDashboardFactory.Password);
        using var stillOut = await client.GetAsync("/import");
        factory.Clock.Advance(TimeSpan.FromMinutes(10.5));
        var afterTheLock = await SignIn.PostAsync(client, AdminDashboardFactory.Password, "/import");

        Assert.All(answers.SkipLast(1), a => Assert.Contains("error=wrong", a, StringComparison.Ordinal));
        Assert.Contains("error=locked", answers[^1], StringComparison.Ordinal);
        Assert.Contains("error=locked", rightButLocked, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, stillOut.StatusCode);
        Assert.Equal("/import", afterTheLock);
    }

    [Fact]
    public async Task ALockAndTheFailuresBeforeItOutliveARestartOfTheApp()
    {
        await using var first = new AdminDashboardFactory();
        var firstClient = first.CreateClient(NoRedirects);
        await SignIn.PostAsync(firstClient, "wrong-0");

        // A fresh app on the same database, as after a restart: the earlier failure still counts.
        await using (var restarted = new SameDatabaseFactory(first.ConnectionString))
        {
            var client = restarted.CreateClient(NoRedirects);
            for (var i = 1; i < AdminDashboardFactory.LockoutAttempts - 1; i++)
            {
                Assert.Contains("error=wrong", await SignIn.PostAsync(client, "wrong-" + i), StringComparison.Ordinal);
            }

            Assert.Contains("error=locked", await SignIn.PostAsync(client, "wrong-last"), StringComparison.Ordinal);
        }

        await using var again = new SameDatabaseFactory(first.ConnectionString);
        var locked = again.CreateClient(NoRedirects);
        var rightButLocked = await SignIn.PostAsync(locked, AdminDashboardFactory.Password);
        again.Clock.Advance(TimeSpan.FromMinutes(10.5));
        var afterTheLock = await SignIn.PostAsync(locked, AdminDashboardFactory.Password, "/import");

        Assert.Contains("error=locked", rightButLocked, StringComparison.Ordinal);
        Assert.Equal("/import", afterTheLock);
        var contextFactory = again.Services.GetRequiredService<IDbContextFactory<MetricsDbContext>>();
        await using var context = await contextFactory.CreateDbContextAsync();
        Assert.Empty(await context.SignInThrottles.ToListAsync());
    }

    [Fact]
    public async Task TheLoginFormWithoutItsAntiforgeryTokenIsRefused()
    {
        await using var factory = new AdminDashboardFactory();
        var client = factory.CreateClient(NoRedirects);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = AdminDashboardFactory.Password });
        using var response = await client.PostAsync("/account/login", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ALoginReturnUrlOutsideTheAppGoesHome()
    {
        await using var factory = new AdminDashboardFactory();
        var client = factory.CreateClient(NoRedirects);

        Assert.Equal("/", await SignIn.PostAsync(client, AdminDashboardFactory.Password, "//evil.example/"));
    }

    [Fact]
    public async Task WithoutAConfiguredPasswordOneIsGeneratedAndOnlyItsHashStored()
    {
        await using var factory = new DashboardFactory();
        using var client = factory.CreateClient();
        await client.GetAsync("/healthz");

        var contextFactory = factory.Services.GetRequiredService<IDbContextFactory<MetricsDbContext>>();
        await using var context = await contextFactory.CreateDbContextAsync();
        var account = await context.AdminAccounts.SingleAsync();
        Assert.Equal("admin", account.UserName);
        Assert.StartsWith("pbkdf2-sha256$", account.PasswordHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenViewingNeedsASignInEveryPageAndApiAsksForIt()
    {
        await using var factory = new ViewingLockedFactory();
        var client = factory.CreateClient(NoRedirects);

        using var home = await client.GetAsync("/");
        using var facts = await client.GetAsync("/facts?metric=projects");
        using var series = await client.GetAsync("/api/series?metric=projects");
        using var health = await client.GetAsync("/healthz");
        using var login = await client.GetAsync("/account/login");
        await SignIn.PostAsync(client, AdminDashboardFactory.Password);
        using var homeSignedIn = await client.GetAsync("/");
        using var factsSignedIn = await client.GetAsync("/facts?metric=projects");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (home.StatusCode, facts.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, series.StatusCode);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (health.StatusCode, login.StatusCode));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (homeSignedIn.StatusCode, factsSignedIn.StatusCode));
    }

    /// <summary>Another app on the database of an earlier one.</summary>
    private sealed class SameDatabaseFactory(string connectionString) : AdminDashboardFactory
    {
        protected override void ConfigureDashboard(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureDashboard(builder);
            builder.UseSetting("ConnectionStrings:Metrics", connectionString);
        }
    }

    private sealed class ViewingLockedFactory : AdminDashboardFactory
    {
        protected override void ConfigureDashboard(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureDashboard(builder);
            builder.UseSetting("Dashboard:RequireLoginForViewing", "true");
        }
    }
}
