using Microsoft.EntityFrameworkCore;

namespace Metrics.Storage;

/// <summary>The product's database: articles now, facts with provenance later.</summary>
public sealed class MetricsDbContext(DbContextOptions<MetricsDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MetricsDbContext).Assembly);
}
