using Metrics.Extraction.Facts;
using Metrics.Ingest;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Metrics.Import;

/// <summary>
/// What keeps imports from several app instances on one PostgreSQL database from storing an
/// article or a fact twice. Each article's transaction first takes PostgreSQL advisory locks
/// (held until it ends, in the database, so across processes) on its text, its url and the
/// districts of its facts, in one order: two imports of the same text, or of two reports of one
/// event, take turns, and the second finds what the first stored. The unique index on the text's
/// hash stays the last word: a write that still collides (or a deadlock, or SQLite busy) is
/// retried from the start, where it then finds the stored article.
/// </summary>
internal static class ConcurrentImports
{
    /// <summary>How many times an article's transaction is tried before its error is let through.</summary>
    public const int Attempts = 4;

    /// <summary>
    /// Takes the locks of the keys in <c>@p0</c> (a text array), in its order: a volatile function in
    /// the select list is evaluated after the sort, so row by row in the order of <c>ORDER BY</c>.
    /// </summary>
    public const string LockSql =
        "SELECT pg_advisory_xact_lock(hashtextextended(key, 0)) FROM unnest(@p0::text[]) WITH ORDINALITY AS keys(key, position) ORDER BY position";

    /// <summary>The start of the lock key of the facts of one district.</summary>
    public const string DistrictPrefix = "district:";

    /// <summary>The key of facts placed in no district (never merged across articles).</summary>
    public const string UnplacedKey = DistrictPrefix + Metrics.Facts.FactFields.NoDistrict;

    /// <summary>The lock keys of an article, sorted (every transaction takes its locks in this one order).</summary>
    public static IEnumerable<string> LockKeys(IngestedArticle article, IReadOnlyList<ExtractedFact> extracted) =>
        new[] { "text:" + article.ContentHash }
            .Concat(article.Url is null ? [] : ["url:" + article.Url])
            .Concat(extracted.Select(f => DistrictPrefix + FactRecords.ToFact(f, DateTime.UnixEpoch).District))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    /// <summary>A unique key taken by another transaction first, a deadlock or serialization failure, or SQLite busy: worth another try.</summary>
    public static bool IsRetryable(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure }:
                    return true;
                case SqliteException { SqliteErrorCode: 5 or 6 }: // SQLITE_BUSY, SQLITE_LOCKED
                    return true;
                case SqliteException { SqliteErrorCode: 19 } sqlite when sqlite.Message.Contains("Articles.ContentHash", StringComparison.Ordinal):
                    return true;
            }
        }

        return false;
    }
}
