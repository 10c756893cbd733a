namespace Metrics.Storage;

/// <summary>
/// A user's security stamp: every sign-in cookie and open page carries the stamp it was issued
/// with, and a sign-out (or a password change) draws a new one, which ends them all.
/// </summary>
public sealed class SignInStamp
{
    public required string UserName { get; set; }

    public required string Stamp { get; set; }

    public DateTime ChangedAtUtc { get; set; }
}
