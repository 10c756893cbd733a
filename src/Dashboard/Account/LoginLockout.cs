using Metrics.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Account;

/// <summary>
/// Locks the admin sign-in for <c>Dashboard:LockoutMinutes</c> after <c>Dashboard:LockoutAttempts</c>
/// wrong passwords in a row. There is one account, so the lock is the account's, whoever guesses.
/// The count and the lock live in the database (<see cref="SignInLockout"/>): a restart lifts neither.
/// </summary>
internal sealed class LoginLockout(IOptions<DashboardOptions> options, IDbContextFactory<MetricsDbContext> contextFactory, TimeProvider clock)
{
    // Read, change, write: one sign-in at a time in this process, so that two wrong passwords both count.
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>How long the lock still holds; zero when signing in is allowed (an expired lock is cleared with its failures).</summary>
    public Task<TimeSpan> RemainingAsync(CancellationToken cancellationToken = default) =>
        ChangeAsync((state, now) =>
        {
            if (state.LockedUntilUtc is { } until && until > now)
            {
                return until - now;
            }

            if (state.LockedUntilUtc is not null)
            {
                (state.Failures, state.LockedUntilUtc) = (0, null);
            }

            return TimeSpan.Zero;
        }, cancellationToken);

    public Task RecordFailureAsync(CancellationToken cancellationToken = default) =>
        ChangeAsync((state, now) =>
        {
            if (++state.Failures >= Math.Max(1, options.Value.LockoutAttempts))
            {
                state.LockedUntilUtc = now.AddMinutes(options.Value.LockoutMinutes);
            }

            return TimeSpan.Zero;
        }, cancellationToken);

    public Task RecordSuccessAsync(CancellationToken cancellationToken = default) =>
        ChangeAsync((state, _) =>
        {
            (state.Failures, state.LockedUntilUtc) = (0, null);
            return TimeSpan.Zero;
        }, cancellationToken);

    private async Task<TimeSpan> ChangeAsync(Func<SignInLockout, DateTime, TimeSpan> change, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
            var stored = await context.SignInLockouts.FirstOrDefaultAsync(l => l.UserName == AdminRole.UserName, cancellationToken);
            var state = stored ?? new SignInLockout { UserName = AdminRole.UserName };
            var answer = change(state, clock.GetUtcNow().UtcDateTime);
            if (stored is null && (state.Failures > 0 || state.LockedUntilUtc is not null))
            {
                context.SignInLockouts.Add(state);
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
