using Dashboard.Account;
using Dashboard.Tests.Cli;
using Dashboard.Tests.Support;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Account;

/// <summary>Wrong passwords slow down the address they come from, with growing waits, and never lock the admin out elsewhere.</summary>
public sealed class SignInThrottleTests
{
    [Fact]
    public async Task AGuesserAtOneAddressDoesNotKeepTheAdminOutAtAnother()
    {
        await using var factory = new AdminDashboardFactory();
        var guesser = ClientAddress.ClientFrom(factory, "203.0.113.9");
        var admin = ClientAddress.ClientFrom(factory, "198.51.100.7");

        for (var i = 0; i < AdminDashboardFactory.LockoutAttempts * 4; i++)
        {
            await SignIn.PostAsync(guesser, "guess-" + i);
        }

        var guesserWithTheRightPassword = await SignIn.PostAsync(guesser, AdminDashboardFactory.Password);
        var adminSignsIn = await SignIn.PostAsync(admin, AdminDashboardFactory.Password, "/review");

        Assert.Contains("error=locked", guesserWithTheRightPassword, StringComparison.Ordinal);
        Assert.Equal("/review", adminSignsIn);
    }

    [Fact]
    public async Task EachWrongPasswordPastTheLimitDoublesTheWaitUpToTheLongest()
    {
        await using var factory = new AdminDashboardFactory();
        var guesser = ClientAddress.ClientFrom(factory, "203.0.113.10");
        var waits = new List<string>();

        for (var i = 0; i < AdminDashboardFactory.LockoutAttempts + 6; i++)
        {
            var answer = await SignIn.PostAsync(guesser, "guess-" + i);
            waits.Add(System.Text.RegularExpressions.Regex.Match(answer, "wait=(\\d+)").Groups[1].Value);
            // Past the wait: the next guess is weighed, not refused unseen.
            factory.Clock.Advance(TimeSpan.FromMinutes(11));
        }

        Assert.Equal(["", "", "30", "60", "120", "240", "480", "600", "600"], waits);
        Assert.Equal(TimeSpan.FromMinutes(10), LoginThrottle.Wait(40, TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public async Task TheUnlockVerbLetsASlowedAddressSignInAtOnce()
    {
        await using var factory = new AdminDashboardFactory();
        var admin = ClientAddress.ClientFrom(factory, "198.51.100.8");
        for (var i = 0; i < AdminDashboardFactory.LockoutAttempts; i++)
        {
            await SignIn.PostAsync(admin, "typo-" + i);
        }

        var locked = await SignIn.PostAsync(admin, AdminDashboardFactory.Password);
        var unlock = await CliRun.RunAsync(["unlock", .. factory.DatabaseArguments]);
        var afterUnlock = await SignIn.PostAsync(admin, AdminDashboardFactory.Password, "/import");

        Assert.Contains("error=locked", locked, StringComparison.Ordinal);
        Assert.Equal((0, "unlocked 1 client address; they may sign in again now"), (unlock.ExitCode, Assert.Single(unlock.OutputLines)));
        Assert.Equal("/import", afterUnlock);
        await using var context = await factory.Services.GetRequiredService<IDbContextFactory<MetricsDbContext>>().CreateDbContextAsync();
        Assert.Empty(await context.SignInThrottles.ToListAsync());
    }
}
