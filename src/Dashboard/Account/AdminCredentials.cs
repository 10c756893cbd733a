using Metrics.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Account;

/// <summary>
/// Checks the admin password: <c>Dashboard:AdminPassword</c> when configured, else the hash of a
/// password generated at first start (stored in the database, printed once to the console).
/// </summary>
internal sealed class AdminCredentials(IOptions<DashboardOptions> options, IDbContextFactory<MetricsDbContext> contextFactory, TimeProvider clock)
{
    private string? hash;

    /// <summary>Hashes the configured password, or loads (first start: generates, stores and prints) the generated one.</summary>
    public async Task InitializeAsync(TextWriter console, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrEmpty(options.Value.AdminPassword))
        {
            hash = PasswordHash.Create(options.Value.AdminPassword);
            return;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var account = await context.AdminAccounts.FirstOrDefaultAsync(a => a.UserName == AdminRole.UserName, cancellationToken);
        if (account is null)
        {
            var password = PasswordHash.Generate();
            account = new AdminAccount { UserName = AdminRole.UserName, PasswordHash = PasswordHash.Create(password), CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            context.AdminAccounts.Add(account);
            await context.SaveChangesAsync(cancellationToken);
            await console.WriteLineAsync($"管理员密码（只显示这一次，请记下）/ generated admin password (shown once): {password}");
            await console.WriteLineAsync("可用 Dashboard:AdminPassword 配置自己的密码。");
        }

        hash = account.PasswordHash;
    }

    public bool Verify(string? password) =>
        !string.IsNullOrEmpty(password) && PasswordHash.Verify(password, hash ?? throw new InvalidOperationException("AdminCredentials used before InitializeAsync."));
}
