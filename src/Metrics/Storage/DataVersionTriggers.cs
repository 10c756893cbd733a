namespace Metrics.Storage;

/// <summary>
/// The SQL of the <c>DataVersion</c> counter: one row whose number goes up with every insert,
/// update or delete of an article, a fact or a mention, whoever writes (import, review, a script).
/// Image and embed ETags are keyed on it. The migration <c>DataVersion</c> runs this SQL: change
/// it only with a new migration.
/// </summary>
public static class DataVersionTriggers
{
    private static readonly string[] Tables = ["Articles", "Facts", "FactMentions"];

    private static readonly string[] Events = ["INSERT", "UPDATE", "DELETE"];

    /// <summary>Creates the table, its single row and the triggers.</summary>
    public static IEnumerable<string> Create =>
    [
        "CREATE TABLE IF NOT EXISTS DataVersion (Id INTEGER NOT NULL PRIMARY KEY CHECK (Id = 1), Version INTEGER NOT NULL);",
        "INSERT OR IGNORE INTO DataVersion (Id, Version) VALUES (1, 1);",
        .. from table in Tables
           from change in Events
           select $"CREATE TRIGGER IF NOT EXISTS {table}_DataVersion_{change} AFTER {change} ON {table} " +
                  "BEGIN UPDATE DataVersion SET Version = Version + 1 WHERE Id = 1; END;",
    ];

    /// <summary>Drops the triggers and the table.</summary>
    public static IEnumerable<string> Drop =>
    [
        .. from table in Tables
           from change in Events
           select $"DROP TRIGGER IF EXISTS {table}_DataVersion_{change};",
        "DROP TABLE IF EXISTS DataVersion;",
    ];

    /// <summary>Reads the counter.</summary>
    public const string Read = "SELECT Version FROM DataVersion WHERE Id = 1";
}
