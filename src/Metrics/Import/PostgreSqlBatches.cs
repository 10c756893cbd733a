using Metrics.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Metrics.Import;

/// <summary>
/// Several of the import's statements sent to PostgreSQL in one round trip (an <see cref="NpgsqlBatch"/>),
/// in the article's transaction. The server runs them in order, each seeing what the ones before it did.
/// Statements use the parameters <c>@p0</c>, <c>@p1</c>… as <see cref="PreparedStatement"/> does.
/// </summary>
internal static class PostgreSqlBatches
{
    /// <summary>One statement of a batch with its values (null as SQL NULL).</summary>
    public static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.Add(new NpgsqlParameter(PreparedStatement.Parameter(i)[1..], values[i] ?? DBNull.Value));
        }

        return command;
    }

    /// <summary>A batch of <paramref name="commands"/> on the context's open connection, in its current transaction.</summary>
    public static NpgsqlBatch Batch(MetricsDbContext context, IEnumerable<NpgsqlBatchCommand> commands)
    {
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction
            ?? throw new InvalidOperationException("The import's batches run inside the article's transaction.");
        var batch = new NpgsqlBatch((NpgsqlConnection)context.Database.GetDbConnection(), transaction);
        foreach (var command in commands)
        {
            batch.BatchCommands.Add(command);
        }

        return batch;
    }

    /// <summary>Takes <paramref name="count"/> ids from the sequence of <paramref name="table"/>'s <c>Id</c> (never handed out again, even when the transaction rolls back).</summary>
    public static NpgsqlBatchCommand NextIds(string table, int count) =>
        Command($"SELECT nextval(pg_get_serial_sequence('\"{table}\"', 'Id')) FROM generate_series(1, @p0)", count);
}
