namespace Dashboard.Tests.Cli;

/// <summary><c>bench series</c> and <c>bench import</c> with <c>--postgres</c>: SQLite's figures, then PostgreSQL's from the same run.</summary>
[Collection(nameof(BenchVerbTests))]
public sealed class PostgresBenchTests
{
    [PostgresFact]
    public async Task BenchSeriesPrintsPostgreSqlFiguresBesideSqlitesAndDropsItsDatabase()
    {
        var server = PostgresServer.Instance.ServerConnectionString;

        var run = await CliRun.RunAsync("bench", "series", "--facts", "300", "--requests", "3", "--postgres", server);

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Contains(run.OutputLines, line => line.StartsWith("facts: 300 synthetic", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, line => line.StartsWith("PostgreSQL: facts: 300 synthetic", StringComparison.Ordinal));
        foreach (var prefix in new[] { "", "PostgreSQL: " })
        {
            Assert.Contains(run.OutputLines, line =>
                line.StartsWith($"{prefix}/api/series?metric=investment&interval=month right after a fact changed: p50 ", StringComparison.Ordinal)
                && line.EndsWith("over 3 requests", StringComparison.Ordinal));
        }

        Assert.Contains(run.OutputLines, line => line.StartsWith("PostgreSQL: target: /api/series p95 <= 50 ms", StringComparison.Ordinal));
        Assert.DoesNotContain("bench_", await DatabasesAsync(server), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task BenchImportStoresTheSameArticlesOnBothEngines()
    {
        var run = await CliRun.RunAsync("bench", "import", "--articles", "6", "--postgres", PostgresServer.Instance.ServerConnectionString);

        Assert.True(run.ExitCode == 0, run.Errors);
        var sqlite = Assert.Single(run.OutputLines, line => line.StartsWith("import: 6 synthetic articles", StringComparison.Ordinal));
        var postgres = Assert.Single(run.OutputLines, line => line.StartsWith("PostgreSQL: import: 6 synthetic articles", StringComparison.Ordinal));
        // The same articles give the same facts and mentions on both.
        Assert.Equal(Stored(sqlite), Stored(postgres));
        Assert.Contains(run.OutputLines, line => line.StartsWith("PostgreSQL: target: 10,000 articles <= 60 s: ", StringComparison.Ordinal));
    }

    private static string Stored(string line) => line[line.IndexOf("; ", StringComparison.Ordinal)..line.LastIndexOf("; extraction", StringComparison.Ordinal)];

    private static async Task<string> DatabasesAsync(string server)
    {
        await using var connection = new Npgsql.NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT string_agg(datname, ',') FROM pg_database", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
