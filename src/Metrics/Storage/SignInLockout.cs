namespace Metrics.Storage;

/// <summary>
/// Wrong passwords in a row for a user name, and until when its sign-in is locked: kept in the
/// database so that restarting the app does not lift a lock or forget the failures.
/// </summary>
public sealed class SignInLockout
{
    public required string UserName { get; set; }

    /// <summary>Wrong passwords since the last success or the end of the last lock.</summary>
    public int Failures { get; set; }

    /// <summary>The end of the lock (UTC), or null when the sign-in is not locked.</summary>
    public DateTime? LockedUntilUtc { get; set; }
}
