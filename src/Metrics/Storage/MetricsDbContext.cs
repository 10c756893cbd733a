using Microsoft.EntityFrameworkCore;

namespace Metrics.Storage;

/// <summary>The product's database: articles, the facts they report with provenance, and the districts.</summary>
public sealed class MetricsDbContext(DbContextOptions<MetricsDbContext> options) : DbContext(options)
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

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(SqlitePragmas.Instance);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MetricsDbContext).Assembly);
}
