using Microsoft.Extensions.Options;

namespace Dashboard.Account;

/// <summary>
/// Locks the admin sign-in for <c>Dashboard:LockoutMinutes</c> after <c>Dashboard:LockoutAttempts</c>
/// wrong passwords in a row. There is one account, so the lock is the account's, whoever guesses.
/// </summary>
internal sealed class LoginLockout(IOptions<DashboardOptions> options, TimeProvider clock)
{
    private readonly Lock gate = new();
    private int failures;
    private DateTimeOffset? lockedUntil;

    /// <summary>How long the lock still holds; zero when signing in is allowed.</summary>
    public TimeSpan Remaining()
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (lockedUntil is { } until && until > now)
            {
                return until - now;
            }

            if (lockedUntil is not null)
            {
                lockedUntil = null;
                failures = 0;
            }

            return TimeSpan.Zero;
        }
    }

    public void RecordFailure()
    {
        lock (gate)
        {
            if (++failures >= Math.Max(1, options.Value.LockoutAttempts))
            {
                lockedUntil = clock.GetUtcNow().AddMinutes(options.Value.LockoutMinutes);
            }
        }
    }

    public void RecordSuccess()
    {
        lock (gate)
        {
            failures = 0;
            lockedUntil = null;
        }
    }
}
