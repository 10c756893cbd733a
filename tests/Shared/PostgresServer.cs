using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Metrics.Storage;
using Npgsql;

namespace TestSupport;

/// <summary>
/// A throwaway PostgreSQL cluster for this test process: <c>initdb</c> into a temporary folder (as
/// the <c>postgres</c> user when the tests run as root, since the server refuses root), started on a
/// free loopback port, stopped and deleted when the process exits. Each test gets a database of its
/// own, copied from one migrated template. Found through <c>PATH</c> or Debian's
/// <c>/usr/lib/postgresql/*/bin</c>; <c>scripts/test.sh</c> installs Debian's <c>postgresql</c> when missing.
/// </summary>
internal sealed class PostgresServer
{
    /// <summary>The environment variable that runs the database test suites on PostgreSQL: <c>PostgreSQL</c> (default SQLite).</summary>
    public const string ProviderVariable = "DASHBOARD_TEST_DATABASE";

    private const string Template = "metrics_template";

    /// <summary>The prefix of the temporary folders of clusters (and standbys): stopped ones of earlier runs are deleted.</summary>
    internal const string FolderPrefix = "nantong-pg-";

    private static readonly Lazy<PostgresServer> Started = new(() => new PostgresServer(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock TemplateLock = new();
    private static bool templateReady;

    private readonly string folder;
    private readonly string binaries;
    private readonly int port;

    private PostgresServer()
    {
        binaries = FindBinaries() ?? throw new InvalidOperationException(MissingMessage);
        DeleteStoppedClusters();
        folder = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
        port = FreePort();
        var asPostgres = AsPostgres;
        if (asPostgres)
        {
            Run("chown", "-R", "postgres", folder);
        }

        var data = Path.Combine(folder, "data");
        RunServerTool(asPostgres, "initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8");
        RunServerTool(asPostgres, "pg_ctl", "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "start", "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(asPostgres, data);
    }

    /// <summary>True when this test run puts its databases on PostgreSQL.</summary>
    public static bool Selected => MetricsStorage.ParseProvider(Environment.GetEnvironmentVariable(ProviderVariable)) == DatabaseProvider.PostgreSQL;

    /// <summary>Why a PostgreSQL test cannot run here, or null when the binaries are there.</summary>
    public static string? Unavailable => FindBinaries() is null ? MissingMessage : null;

    public static PostgresServer Instance => Started.Value;

    /// <summary>The server runs as the <c>postgres</c> user when the tests run as root (it refuses root).</summary>
    internal static bool AsPostgres => Environment.UserName == "root";

    /// <summary>The loopback port the server listens on.</summary>
    internal int Port => port;

    private static string MissingMessage =>
        "PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in /usr/lib/postgresql/*/bin: " +
        "install Debian's postgresql (scripts/test.sh does) to run the PostgreSQL tests.";

    /// <summary>The server's own <c>postgres</c> database, where databases are created (as <c>bench --postgres</c> takes it).</summary>
    public string ServerConnectionString => ConnectionString("postgres");

    /// <summary>The connection string of a new, empty database.</summary>
    public string CreateEmptyDatabase() => Create(template: null);

    /// <summary>The connection string of a new database with every migration applied.</summary>
    public string CreateMigratedDatabase()
    {
        lock (TemplateLock)
        {
            if (!templateReady)
            {
                var connectionString = Create(template: null, name: Template);
                var options = new MetricsStorage(DatabaseProvider.PostgreSQL, connectionString).Options();
                using (var context = new MetricsDbContext(options))
                {
                    Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.Migrate(context.Database);
                }

                NpgsqlConnection.ClearAllPools();
                templateReady = true;
            }

            return Create(Template);
        }
    }

    /// <summary>Drops the database of <paramref name="connectionString"/>, closing whatever still uses it.</summary>
    public void Drop(string connectionString)
    {
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private string Create(string? template, string? name = null)
    {
        name ??= "t_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE DATABASE \"{name}\"" + (template is null ? "" : $" TEMPLATE \"{template}\""));
        return ConnectionString(name);
    }

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={port};Database={database};Username=postgres;Include Error Detail=true";

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private void Stop(bool asPostgres, string data)
    {
        try
        {
            RunServerTool(asPostgres, "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop");
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // Best effort at exit: a folder left in /tmp must not fail the run.
        }
    }

    // The test host may end before the exit handler has deleted its folder (the server is stopped
    // first): earlier runs' folders without a running server go here (not one another test
    // process is just creating, which has no server yet either).
    private static void DeleteStoppedClusters()
    {
        foreach (var stale in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            if (File.Exists(Path.Combine(stale, "data", "postmaster.pid"))
                || Directory.GetLastWriteTimeUtc(stale) > DateTime.UtcNow.AddMinutes(-10))
            {
                continue;
            }

            try
            {
                Directory.Delete(stale, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Another run's, still in use: left for a later run.
            }
        }
    }

    /// <summary>Runs one of the server's programs (<c>pg_ctl</c>, <c>pg_basebackup</c>...), as <c>postgres</c> when <paramref name="asPostgres"/>.</summary>
    internal void RunServerTool(bool asPostgres, string tool, params string[] arguments)
    {
        var path = Path.Combine(binaries, tool);
        // A PATH folder may link initdb and pg_ctl alone (/usr/local/bin): the others are beside pg_ctl's target.
        if (!File.Exists(path) && File.ResolveLinkTarget(Path.Combine(binaries, "pg_ctl"), returnFinalTarget: true) is { } linked)
        {
            path = Path.Combine(Path.GetDirectoryName(linked.FullName)!, tool);
        }

        if (asPostgres)
        {
            Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        }
        else
        {
            Run(path, arguments);
        }
    }

    internal static void Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/tmp" };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} did not finish in 90 s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}{output.Result}");
        }
    }

    private static string? FindBinaries()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(p => File.Exists(Path.Combine(p, "initdb")) && File.Exists(Path.Combine(p, "pg_ctl")));
        if (onPath is not null)
        {
            return onPath;
        }

        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderByDescending(b => b, StringComparer.Ordinal).FirstOrDefault()
            : null;
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
