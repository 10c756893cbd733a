namespace Metrics.Storage;

/// <summary>The database engine behind <see cref="MetricsDbContext"/> (<c>Dashboard:Database</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: one file, no server.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, which several app instances may share.</summary>
    PostgreSQL,
}
