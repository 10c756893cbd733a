using Metrics.Extraction.Facts;
using Metrics.Ingest;
using Metrics.Storage;
using Npgsql;

namespace Metrics.Import;

/// <summary>
/// PostgreSQL: everything an article's transaction reads before it writes, sent in one round trip
/// (each statement was one before, which made the import wait on the network more than it worked):
/// its advisory locks first (<see cref="ConcurrentImports"/>), then, under them, whether its text or
/// its url is stored, the candidates its facts may be further reports of, and the ids its new rows
/// will take. The server runs the statements in this order, so every read sees what the imports
/// that held the locks before committed.
/// With <c>commitsLater</c> (a run of many articles) the transaction's commit does not wait for the
/// disk either (see <see cref="ArticleImportSession.OpenAsync"/>).
/// </summary>
internal sealed class PostgreSqlFirstRoundTrip(MetricsDbContext context, NewRows rows, CanonicalCandidates candidates, bool commitsLater)
{
    /// <summary>This transaction's commit returns before its write-ahead log reaches the disk; a crash may lose it, never half of it.</summary>
    public const string CommitLaterSql = "SET LOCAL synchronous_commit TO OFF";

    /// <summary>What the article's transaction found; <see cref="Candidates"/> are searched even when the text is stored (unused then).</summary>
    public sealed record Found(int? SameText, int? SameUrl, IReadOnlyList<Fact> Candidates);

    public async Task<Found> RunAsync(IngestedArticle article, IReadOnlyList<ExtractedFact> extracted, CancellationToken cancellationToken)
    {
        var incoming = extracted.Select(f => FactRecords.ToFact(f, DateTime.UnixEpoch)).ToList();
        var searches = candidates.SearchCommands(incoming);
        List<NpgsqlBatchCommand> commands =
        [
            PostgreSqlBatches.Command(ConcurrentImports.LockSql, [ConcurrentImports.LockKeys(article, extracted).ToArray()]),
            PostgreSqlBatches.Command(ArticleImportSession.SameTextSql, article.ContentHash),
        ];
        if (article.Url is not null)
        {
            commands.Add(PostgreSqlBatches.Command(ArticleImportSession.SameUrlSql, article.Url));
        }

        commands.AddRange(searches);
        var topUps = new[] { (rows.ArticleIds, rows.ArticleIds.TopUp(1)), (rows.FactIds, rows.FactIds.TopUp(extracted.Count)), (rows.MentionIds, rows.MentionIds.TopUp(extracted.Count)) }
            .Where(topUp => topUp.Item2 is not null)
            .ToList();
        commands.AddRange(topUps.Select(topUp => topUp.Item2!));
        if (commitsLater)
        {
            // Last, so that the results read below stay in their places.
            commands.Add(PostgreSqlBatches.Command(CommitLaterSql));
        }

        await using var batch = PostgreSqlBatches.Batch(context, commands);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        // The locks' result (one row per key) is skipped by the first NextResult.
        var sameText = await NextIdAsync(reader, cancellationToken);
        var sameUrl = article.Url is null ? null : await NextIdAsync(reader, cancellationToken);
        var found = new Dictionary<int, Fact>();
        foreach (var _ in searches)
        {
            await reader.NextResultAsync(cancellationToken);
            await candidates.CollectAsync(reader, found, cancellationToken);
        }

        foreach (var (reserve, _) in topUps)
        {
            await reader.NextResultAsync(cancellationToken);
            await reserve.ReadAsync(reader, cancellationToken);
        }

        return new Found(sameText, sameUrl, CanonicalCandidates.Ordered(found));
    }

    private static async Task<int?> NextIdAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        await reader.NextResultAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? reader.GetInt32(0) : null;
    }
}
