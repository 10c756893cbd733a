using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Metrics.Storage;

/// <summary>
/// Sets <c>synchronous=NORMAL</c> on every connection. With WAL (set by <see cref="MetricsDatabase"/>)
/// that is SQLite's recommended mode: no corruption on a crash, only the last commits may be lost
/// on power failure, and a commit no longer waits for an fsync, which otherwise dominates an
/// import of one transaction per article.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
