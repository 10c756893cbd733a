using Metrics.Storage;
using Npgsql;

namespace Metrics.Import;

/// <summary>
/// PostgreSQL ids of one table taken ahead from its sequence, so that an article's new rows can be
/// inserted in one batch with their ids already known (a mention names its fact's id). Taken in the
/// article's first round trip (<see cref="TopUp"/>); an id taken and not used stays for the next
/// article, since a sequence never hands a number out twice, rolled back or not.
/// </summary>
internal sealed class IdReserve(string table)
{
    private readonly Queue<int> ids = new();

    /// <summary>The statement that takes what is missing for <paramref name="needed"/> ids, or null when enough are kept.</summary>
    public NpgsqlBatchCommand? TopUp(int needed) => needed > ids.Count ? PostgreSqlBatches.NextIds(table, needed - ids.Count) : null;

    /// <summary>Keeps the ids of <see cref="TopUp"/>'s result.</summary>
    public async Task ReadAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Enqueue(checked((int)reader.GetInt64(0)));
        }
    }

    /// <summary>The next id; one more round trip when none is kept (a review's re-extraction, which reserves none).</summary>
    public int Take(MetricsDbContext context)
    {
        if (ids.Count == 0)
        {
            using var batch = PostgreSqlBatches.Batch(context, [PostgreSqlBatches.NextIds(table, 1)]);
            using var reader = batch.ExecuteReader();
            while (reader.Read())
            {
                ids.Enqueue(checked((int)reader.GetInt64(0)));
            }
        }

        return ids.Dequeue();
    }
}
