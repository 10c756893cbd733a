using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Metrics.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Account;

/// <summary>
/// The security stamp of each user (<see cref="SignInStamp"/>): a sign-in cookie carries the stamp
/// it was issued with (<see cref="ClaimType"/>), and a sign-out draws a new one, which ends every
/// cookie and open page of that user. The stamp is read from the database at most every
/// <see cref="ReadInterval"/>; a renewal in this process takes effect at once.
/// </summary>
internal sealed class SignInStamps(IDbContextFactory<MetricsDbContext> contextFactory, TimeProvider clock)
{
    public const string ClaimType = "nantong-dashboard/stamp";

    public static readonly TimeSpan ReadInterval = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, (string Stamp, DateTimeOffset ReadAt)> known = new(StringComparer.Ordinal);

    /// <summary>The user's stamp, created at the first sign-in.</summary>
    public async Task<string> CurrentAsync(string user, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (known.TryGetValue(user, out var cached) && now - cached.ReadAt < ReadInterval)
        {
            return cached.Stamp;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await context.SignInStamps.FirstOrDefaultAsync(s => s.UserName == user, cancellationToken);
        if (stored is null)
        {
            stored = new SignInStamp { UserName = user, Stamp = NewStamp(), ChangedAtUtc = now.UtcDateTime };
            context.SignInStamps.Add(stored);
            await context.SaveChangesAsync(cancellationToken);
        }

        known[user] = (stored.Stamp, now);
        return stored.Stamp;
    }

    /// <summary>Draws a new stamp for the user: every cookie and open page issued with the old one stops working.</summary>
    public async Task RenewAsync(string user, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await context.SignInStamps.FirstOrDefaultAsync(s => s.UserName == user, cancellationToken);
        if (stored is null)
        {
            stored = new SignInStamp { UserName = user, Stamp = NewStamp() };
            context.SignInStamps.Add(stored);
        }

        stored.Stamp = NewStamp();
        stored.ChangedAtUtc = now.UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
        known[user] = (stored.Stamp, now);
    }

    /// <summary>
    /// False for a signed-in cookie user whose stamp is missing or no longer the user's; true
    /// otherwise (anonymous, or a script with the API key, which has no session to end).
    /// </summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        if (principal.Identity is not { IsAuthenticated: true } identity || identity.AuthenticationType != CookieAuthenticationDefaults.AuthenticationScheme)
        {
            return true;
        }

        var stamp = principal.FindFirst(ClaimType)?.Value;
        return stamp is not null && identity.Name is { } name && stamp == await CurrentAsync(name, cancellationToken);
    }

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
