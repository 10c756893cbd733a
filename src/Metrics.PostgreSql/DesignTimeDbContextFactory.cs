using Metrics.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Metrics.PostgreSql;

/// <summary>
/// Lets <c>dotnet ef migrations add --project src/Metrics.PostgreSql</c> build the context for
/// PostgreSQL without the web host; no server is reached to add a migration.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<MetricsDbContext>
{
    public MetricsDbContext CreateDbContext(string[] args) =>
        new(new MetricsStorage(DatabaseProvider.PostgreSQL, "Host=localhost;Database=design").Options());
}
