using Metrics.Storage;
using Npgsql;

namespace Dashboard.Cli.Bench;

/// <summary>
/// A benchmark's own empty database, deleted afterwards: a SQLite file in a temporary folder, or a
/// new database on the PostgreSQL server that <c>--postgres</c> names (its connection string's
/// database is only where <c>CREATE DATABASE</c> runs).
/// </summary>
internal sealed class BenchDatabase : IDisposable
{
    private readonly DirectoryInfo? folder;
    private readonly string? server;

    private BenchDatabase(MetricsStorage storage, DirectoryInfo? folder, string? server)
    {
        Storage = storage;
        this.folder = folder;
        this.server = server;
    }

    public MetricsStorage Storage { get; }

    public string Name => Storage.Provider == DatabaseProvider.PostgreSQL ? "PostgreSQL" : "SQLite";

    public static BenchDatabase Create(string prefix, string? postgresServer)
    {
        if (postgresServer is null)
        {
            var folder = Directory.CreateTempSubdirectory(prefix);
            return new BenchDatabase(new MetricsStorage(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder.FullName, "bench.db")}"), folder, null);
        }

        var name = "bench_" + Guid.NewGuid().ToString("N");
        Execute(postgresServer, $"CREATE DATABASE \"{name}\"");
        var database = new NpgsqlConnectionStringBuilder(postgresServer) { Database = name }.ConnectionString;
        return new BenchDatabase(new MetricsStorage(DatabaseProvider.PostgreSQL, database), null, postgresServer);
    }

    public void Dispose()
    {
        if (server is not null)
        {
            using (var connection = new NpgsqlConnection(Storage.ConnectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }

            Execute(server, $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(Storage.ConnectionString).Database}\" WITH (FORCE)");
            return;
        }

        SqlitePool.Release(Storage.ConnectionString);
        folder?.Delete(recursive: true);
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
