namespace TestSupport;

/// <summary>A test that needs a PostgreSQL server of its own: skipped, saying why, where the server binaries are missing.</summary>
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresServer.Unavailable;
}
