namespace TestSupport;

/// <summary>
/// A test of what exists on PostgreSQL alone (a read replica): it runs in the PostgreSQL run of the
/// suites (<c>DASHBOARD_TEST_DATABASE=PostgreSQL</c>) and is skipped, saying why, in the SQLite run
/// and where the server binaries are missing.
/// </summary>
internal sealed class PostgresSelectedFactAttribute : FactAttribute
{
    public PostgresSelectedFactAttribute() =>
        Skip = PostgresServer.Selected
            ? PostgresServer.Unavailable
            : $"PostgreSQL only: runs with {PostgresServer.ProviderVariable}=PostgreSQL.";
}
