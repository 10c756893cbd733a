namespace Metrics.Storage;

/// <summary>The generated admin password's hash, kept when <c>Dashboard:AdminPassword</c> is not configured.</summary>
public sealed class AdminAccount
{
    public int Id { get; set; }

    public required string UserName { get; set; }

    /// <summary>PBKDF2 hash with its salt and iteration count; the password itself is never stored.</summary>
    public required string PasswordHash { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
