using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Sqlite.Infrastructure.Internal;

namespace Metrics.Storage;

/// <summary>The product's database: articles, the facts they report with provenance, and the districts.</summary>
public sealed class MetricsDbContext(DbContextOptions<MetricsDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Fact> Facts => Set<Fact>();

    public DbSet<FactMention> FactMentions => Set<FactMention>();

    public DbSet<KnownDistrict> Districts => Set<KnownDistrict>();

    public DbSet<FactTotal> FactTotals => Set<FactTotal>();

    public DbSet<TypeTotal> TypeTotals => Set<TypeTotal>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AdminAccount> AdminAccounts => Set<AdminAccount>();

    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();

    public DbSet<SignInStamp> SignInStamps => Set<SignInStamp>();

    public DbSet<ArticleVersion> ArticleVersions => Set<ArticleVersion>();

    /// <summary>The ASP.NET Data Protection keys, shared by every app instance on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        // The pragmas are SQLite's; a PostgreSQL context has none to set.
#pragma warning disable EF1001 // The provider's options type is the one way to tell it here.
        if (optionsBuilder.Options.FindExtension<SqliteOptionsExtension>() is not null)
#pragma warning restore EF1001
        {
            optionsBuilder.AddInterceptors(SqlitePragmas.Instance);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MetricsDbContext).Assembly);
}
