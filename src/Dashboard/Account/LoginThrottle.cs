using Metrics.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Account;

/// <summary>
/// Slows password guessing per client address: after <c>Dashboard:LockoutAttempts</c> wrong
/// passwords in a row from one address, that address waits before each further try, 30 seconds
/// and then twice as long after each wrong one, at most <c>Dashboard:LockoutMinutes</c>. Other
/// addresses are never slowed, so nobody can lock the admin out; the <c>unlock</c> verb clears the
/// waits. Kept in the database (<see cref="SignInThrottle"/>): a restart lifts nothing.
/// </summary>
internal sealed class LoginThrottle(IOptions<DashboardOptions> options, IDbContextFactory<MetricsDbContext> contextFactory, TimeProvider clock)
{
    public static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(30);

    // Read, change, write: one sign-in at a time in this process, so that two wrong passwords both count.
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>How long <paramref name="source"/> must still wait; zero when it may try now.</summary>
    public Task<TimeSpan> RemainingAsync(string source, CancellationToken cancellationToken = default) =>
        ChangeAsync(source, (state, now) => state.NotBeforeUtc is { } until && until > now ? until - now : TimeSpan.Zero, cancellationToken);

    /// <summary>Counts a wrong password from <paramref name="source"/>; returns how long it must now wait (zero while under the limit).</summary>
    public Task<TimeSpan> RecordFailureAsync(string source, CancellationToken cancellationToken = default) =>
        ChangeAsync(source, (state, now) =>
        {
            var over = ++state.Failures - Math.Max(1, options.Value.LockoutAttempts);
            if (over < 0)
            {
                return TimeSpan.Zero;
            }

            var wait = Wait(over, TimeSpan.FromMinutes(options.Value.LockoutMinutes));
            state.NotBeforeUtc = now + wait;
            return wait;
        }, cancellationToken);

    /// <summary>Forgets the failures of <paramref name="source"/> after the right password.</summary>
    public async Task RecordSuccessAsync(string source, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.SignInThrottles.Where(t => t.Source == source).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The wait after the wrong password <paramref name="over"/> past the limit (0 = the first): 30 s, 1 min, 2 min… at most <paramref name="longest"/>.</summary>
    public static TimeSpan Wait(int over, TimeSpan longest)
    {
        var wait = FirstWait * Math.Pow(2, Math.Min(over, 30));
        return wait < longest ? wait : longest;
    }

    private async Task<TimeSpan> ChangeAsync(string source, Func<SignInThrottle, DateTime, TimeSpan> change, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
            var stored = await context.SignInThrottles.FirstOrDefaultAsync(t => t.Source == source, cancellationToken);
            var state = stored ?? new SignInThrottle { Source = source };
            var answer = change(state, clock.GetUtcNow().UtcDateTime);
            if (stored is null && state.Failures > 0)
            {
                context.SignInThrottles.Add(state);
            }

            if (context.ChangeTracker.HasChanges())
            {
                await context.SaveChangesAsync(cancellationToken);
            }

            return answer;
        }
        finally
        {
            gate.Release();
        }
    }
}
