namespace Metrics.Storage;

/// <summary>
/// Wrong passwords in a row from one client address, and until when that address must wait before
/// it may try again: kept in the database so that restarting the app forgets neither. Another
/// address is never slowed by it.
/// </summary>
public sealed class SignInThrottle
{
    /// <summary>The client address the attempts came from.</summary>
    public required string Source { get; set; }

    /// <summary>Wrong passwords since the last success.</summary>
    public int Failures { get; set; }

    /// <summary>Until when (UTC) a sign-in from this address is refused; null when it may try now.</summary>
    public DateTime? NotBeforeUtc { get; set; }
}
