using Metrics.Import;
using Metrics.Ingest;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Metrics.Tests.Import;

/// <summary>
/// On PostgreSQL a run of many articles does not wait for the disk at every article's commit (each is
/// still all or nothing), and waits once at its end, so that a finished run is on disk; a single
/// article (an upload, <c>POST /api/articles</c>) still waits at its own commit.
/// </summary>
public sealed class ImportRunDurabilityTests
{
    private const string SynchronousCommitSql = "SELECT current_setting('synchronous_commit') AS \"Value\"";

    private const string InsertPositionSql = "SELECT pg_catalog.pg_current_wal_insert_lsn()::text AS \"Value\"";

    [PostgresFact]
    public async Task ARunsCommitsDoNotWaitForTheDiskAndTheFinishedRunIsOnDisk()
    {
        var connectionString = DatabaseThatWaitsForTheDisk();
        try
        {
            var contexts = new PooledDbContextFactory<MetricsDbContext>(new MetricsStorage(DatabaseProvider.PostgreSQL, connectionString).Options());
            var settings = new List<string>();
            string? lastWritten = null;
            ImportRecorder recorder = (context, _, _) =>
            {
                settings.Add(context.Database.SqlQueryRaw<string>(SynchronousCommitSql).AsEnumerable().Single());
                lastWritten = context.Database.SqlQueryRaw<string>(InsertPositionSql).AsEnumerable().Single();
            };
            var inputs = ArticleFileScanner.Scan([RepositoryPaths.Seed]).Files.Select(file => (Func<IngestResult>)(() => ArticleFileReader.Read(file)));

            await foreach (var _ in new ArticleImporter(contexts, TimeProvider.System).ImportAllAsync(inputs, recorder))
            {
            }

            Assert.NotEmpty(settings);
            Assert.All(settings, setting => Assert.Equal("off", setting));
            await using var check = await contexts.CreateDbContextAsync();
            var onDisk = check.Database.SqlQuery<bool>(
                $"SELECT pg_catalog.pg_current_wal_flush_lsn() >= {lastWritten}::pg_lsn AS \"Value\"").AsEnumerable().Single();
            Assert.True(onDisk, $"the run's last write ({lastWritten}) is not yet on disk");
        }
        finally
        {
            PostgresServer.Instance.Drop(connectionString);
        }
    }

    [PostgresFact]
    public async Task ASingleArticleWaitsForTheDiskAtItsCommit()
    {
        var connectionString = DatabaseThatWaitsForTheDisk();
        try
        {
            var contexts = new PooledDbContextFactory<MetricsDbContext>(new MetricsStorage(DatabaseProvider.PostgreSQL, connectionString).Options());
            string? setting = null;
            ImportRecorder recorder = (context, _, _) => setting = context.Database.SqlQueryRaw<string>(SynchronousCommitSql).AsEnumerable().Single();
            var file = ArticleFileScanner.Scan([RepositoryPaths.Seed]).Files[0];

            await new ArticleImporter(contexts, TimeProvider.System).ImportAsync(ArticleFileReader.Read(file).Article!, recorder);

            Assert.Equal("on", setting);
        }
        finally
        {
            PostgresServer.Instance.Drop(connectionString);
        }
    }

    // The test server runs with synchronous_commit=off for speed: this database asks for the usual wait.
    private static string DatabaseThatWaitsForTheDisk()
    {
        var connectionString = PostgresServer.Instance.CreateMigratedDatabase();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand($"ALTER DATABASE \"{name}\" SET synchronous_commit = on", connection);
        command.ExecuteNonQuery();
        return connectionString;
    }
}
