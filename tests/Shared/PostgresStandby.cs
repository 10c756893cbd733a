using Npgsql;

namespace TestSupport;

/// <summary>
/// A hot standby of the test run's PostgreSQL cluster (<see cref="PostgresServer"/>): copied with
/// <c>pg_basebackup -R</c> into a temporary folder, started on a free loopback port and streaming
/// from the primary. Disposing stops it and deletes its folder; so does the process's exit, should a
/// test end without disposing. Replay can be paused and resumed to make replication lag on purpose.
/// </summary>
internal sealed class PostgresStandby : IDisposable
{
    private readonly PostgresServer primary;
    private readonly string folder;
    private readonly string data;
    private readonly int port;
    private int stopped;

    private PostgresStandby(PostgresServer primary, string folder, int port)
    {
        this.primary = primary;
        this.folder = folder;
        this.port = port;
        data = Path.Combine(folder, "data");
    }

    /// <summary>Copies the cluster as it is now (every database in it) and starts the copy as a standby.</summary>
    public static PostgresStandby Start(PostgresServer primary)
    {
        var standby = new PostgresStandby(primary, Directory.CreateTempSubdirectory(PostgresServer.FolderPrefix + "standby-").FullName, PostgresServer.FreePort());
        AppDomain.CurrentDomain.ProcessExit += (_, _) => standby.Dispose();
        try
        {
            standby.CopyAndStart();
            return standby;
        }
        catch (InvalidOperationException exception)
        {
            // The server's own log says why; it goes with the folder.
            var log = Path.Combine(standby.folder, "server.log");
            var reason = File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(20)) : "";
            standby.Dispose();
            throw new InvalidOperationException($"The standby did not start: {exception.Message}\n{reason}", exception);
        }
        catch
        {
            standby.Dispose();
            throw;
        }
    }

    /// <summary>The connection string of <paramref name="database"/> on the standby (read-only).</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={port};Database={database};Username=postgres;Include Error Detail=true";

    /// <summary>Stops replaying the primary's changes, and waits until the standby says it has stopped.</summary>
    public async Task PauseReplayAsync()
    {
        await ExecuteAsync("SELECT pg_wal_replay_pause()");
        await WaitAsync(async () => await ScalarAsync<string>("SELECT pg_get_wal_replay_pause_state()") == "paused", "replay to pause");
    }

    /// <summary>Replays again.</summary>
    public Task ResumeReplayAsync() => ExecuteAsync("SELECT pg_wal_replay_resume()");

    /// <summary>Waits until the standby has replayed everything the primary had written when this was called.</summary>
    public async Task CatchUpAsync()
    {
        string written;
        await using (var connection = new NpgsqlConnection(primary.ServerConnectionString + ";Pooling=false"))
        {
            await connection.OpenAsync();
            // The insert position: with synchronous_commit=off a commit may not be flushed yet, and is still waited for.
            await using var command = new NpgsqlCommand("SELECT pg_current_wal_insert_lsn()::text", connection);
            written = (string)(await command.ExecuteScalarAsync())!;
        }

        await WaitAsync(
            async () => await ScalarAsync<bool>($"SELECT coalesce(pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '{written}') >= 0, false)"),
            $"the standby to replay up to {written}");
    }

    /// <summary>Stops the server at once and deletes its folder (best effort, once).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
        {
            return;
        }

        try
        {
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                primary.RunServerTool(PostgresServer.AsPostgres, "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop");
            }
        }
        catch (InvalidOperationException)
        {
            // Not running (it failed to start): the folder still goes.
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left for PostgresServer's clean-up of stopped clusters in a later run.
        }
    }

    private void CopyAndStart()
    {
        var asPostgres = PostgresServer.AsPostgres;
        if (asPostgres)
        {
            PostgresServer.Run("chown", "-R", "postgres", folder);
        }

        // -R writes standby.signal and primary_conninfo; -c fast does not wait for a spread checkpoint.
        primary.RunServerTool(asPostgres, "pg_basebackup", "-h", "127.0.0.1", "-p", primary.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-U", "postgres", "-D", data, "-R", "-c", "fast", "-X", "stream");
        // A hot standby needs at least the primary's max_connections.
        primary.RunServerTool(asPostgres, "pg_ctl", "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "start", "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=400 -c hot_standby=on");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task WaitAsync(Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited 60 s for {what}.");
            }

            await Task.Delay(50);
        }
    }
}
