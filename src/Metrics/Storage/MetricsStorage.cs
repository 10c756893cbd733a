using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Metrics.Storage;

/// <summary>
/// Which database the product uses and how to reach it: <c>Dashboard:Database</c>, <c>ConnectionStrings:Metrics</c>
/// and, on PostgreSQL, <c>ConnectionStrings:MetricsReplica</c>, a read-only hot standby the panels read (<see cref="PanelReadContexts"/>).
/// </summary>
public sealed record MetricsStorage(DatabaseProvider Provider, string ConnectionString, string? ReplicaConnectionString = null)
{
    /// <summary>The database used when <c>ConnectionStrings:Metrics</c> is not set (SQLite only).</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/dashboard.db";

    /// <summary>The assembly that holds the PostgreSQL migrations (the SQLite ones are in this one).</summary>
    public const string PostgreSqlMigrationsAssembly = "Metrics.PostgreSql";

    /// <summary>Reads the provider (default SQLite) and the connection string, which PostgreSQL requires.</summary>
    public static MetricsStorage FromConfiguration(IConfiguration configuration)
    {
        var provider = ParseProvider(configuration["Dashboard:Database"]);
        var connectionString = configuration.GetConnectionString("Metrics") switch
        {
            { Length: > 0 } given => given,
            _ when provider == DatabaseProvider.Sqlite => DefaultSqliteConnectionString,
            _ => throw new InvalidOperationException(
                "Dashboard:Database=PostgreSQL needs ConnectionStrings:Metrics, an Npgsql connection string such as " +
                "'Host=127.0.0.1;Port=5432;Database=dashboard;Username=dashboard;Password=...'."),
        };
        var replica = configuration.GetConnectionString("MetricsReplica") is { } set && !string.IsNullOrWhiteSpace(set) ? set : null;
        if (replica is not null && provider != DatabaseProvider.PostgreSQL)
        {
            throw new InvalidOperationException(
                "ConnectionStrings:MetricsReplica is set, but a read replica needs Dashboard:Database=PostgreSQL (SQLite is one file, with no replica): " +
                "remove ConnectionStrings:MetricsReplica or set Dashboard:Database=PostgreSQL.");
        }

        return new MetricsStorage(provider, connectionString, replica);
    }

    /// <summary><c>Sqlite</c> (also when empty) or <c>PostgreSQL</c>, in any case; anything else is an error that names the choices.</summary>
    public static DatabaseProvider ParseProvider(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRESQL" or "POSTGRES" or "NPGSQL" => DatabaseProvider.PostgreSQL,
        _ => throw new InvalidOperationException($"Dashboard:Database must be Sqlite or PostgreSQL, not '{value}'."),
    };

    /// <summary>Points <paramref name="options"/> at this database, with the migrations of its provider.</summary>
    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options) => Provider switch
    {
        DatabaseProvider.PostgreSQL => options.UseNpgsql(ConnectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly)),
        _ => options.UseSqlite(ConnectionString),
    };

    /// <summary>
    /// Options for a context of the read replica (<see cref="ReplicaConnectionString"/>): no migrations
    /// are applied to it (the standby replays the primary's), and saving changes throws.
    /// </summary>
    public DbContextOptions<MetricsDbContext> ReplicaOptions(ILoggerFactory? loggerFactory = null)
    {
        var replica = ReplicaConnectionString ?? throw new InvalidOperationException("No read replica is configured (ConnectionStrings:MetricsReplica).");
        var options = (DbContextOptionsBuilder<MetricsDbContext>)(this with { ConnectionString = replica, ReplicaConnectionString = null })
            .Configure(new DbContextOptionsBuilder<MetricsDbContext>())
            .AddInterceptors(ReadOnlyReplica.Instance);
        if (loggerFactory is not null)
        {
            options.UseLoggerFactory(loggerFactory);
        }

        return options.Options;
    }

    /// <summary>Options for a context of this database, outside dependency injection (verbs, tests).</summary>
    public DbContextOptions<MetricsDbContext> Options() =>
        (DbContextOptions<MetricsDbContext>)Configure(new DbContextOptionsBuilder<MetricsDbContext>()).Options;
}
