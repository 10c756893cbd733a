namespace TestSupport;

/// <summary>
/// The trait of tests about SQLite itself (its file, WAL, pool, its trigger SQL): the PostgreSQL
/// run of the suites leaves them out with <c>--filter "Database!=SqliteOnly"</c>.
/// </summary>
internal static class SqliteOnly
{
    public const string Trait = "Database";

    public const string Value = "SqliteOnly";
}
