using Metrics.Storage;
using Npgsql;

namespace Metrics.Import;

/// <summary>
/// Inserts an import's new rows (articles, facts, mentions) in the caller's transaction. On SQLite
/// with three prepared statements kept for the whole run, each run at once: EF Core prepares every
/// statement of every SaveChanges afresh, trigger programs included, which made storing cost more
/// than extracting. On PostgreSQL, where each statement is a round trip to the server, the rows get
/// ids taken ahead (<see cref="IdReserve"/>) and wait for <see cref="FlushAsync"/>, which sends them
/// in one batch. Changes to rows already stored still go through EF Core (but for a canonical fact
/// absorbing a further report, <see cref="CanonicalCandidates"/>, which writes through <see cref="Run"/>).
/// Values are written as EF Core writes them (<see cref="FactColumns"/>), and a test reads every
/// column back through EF Core.
/// </summary>
internal sealed class NewRows : IDisposable
{
    private static readonly string[] ArticleColumns =
        ["SourceName", "Title", "Url", "Publisher", "Published", "PublishedSource", "ContentHash", "Text", "ImportedAtUtc"];

    private static readonly string[] MentionColumns = ["FactId", "ArticleId", "Evidence", "EvidenceStart", "EvidenceLength", "ExtractedJson", "Signature"];

    private readonly MetricsDbContext context;
    private readonly SqlDialect dialect;
    private readonly FactColumns factColumns;
    private readonly string factInsertWithId;
    private readonly PreparedStatement? articleInsert;
    private readonly PreparedStatement? factInsert;
    private readonly PreparedStatement? mentionInsert;
    private readonly List<NpgsqlBatchCommand> waiting = [];

    // PostgreSQL's inserts name the id taken ahead and return nothing.
    private static readonly string ArticleInsertWithId = InsertSql("Articles", ["Id", .. ArticleColumns], returning: false);
    private static readonly string MentionInsertWithId = InsertSql("FactMentions", ["Id", .. MentionColumns], returning: false);

    public NewRows(MetricsDbContext context)
    {
        this.context = context;
        dialect = SqlDialect.Of(context);
        factColumns = FactColumns.Of(context);
        factInsertWithId = InsertSql("Facts", ["Id", .. factColumns.Names], returning: false);
        if (!dialect.PostgreSql)
        {
            articleInsert = new PreparedStatement(context, InsertSql("Articles", ArticleColumns), ArticleColumns.Length);
            factInsert = new PreparedStatement(context, InsertSql("Facts", factColumns.Names), factColumns.Names.Count);
            mentionInsert = new PreparedStatement(context, InsertSql("FactMentions", MentionColumns), MentionColumns.Length);
        }
    }

    /// <summary>PostgreSQL: ids taken ahead for new articles.</summary>
    public IdReserve ArticleIds { get; } = new("Articles");

    /// <summary>PostgreSQL: ids taken ahead for new facts.</summary>
    public IdReserve FactIds { get; } = new("Facts");

    /// <summary>PostgreSQL: ids taken ahead for new mentions.</summary>
    public IdReserve MentionIds { get; } = new("FactMentions");

    /// <summary>Inserts the article and sets its id.</summary>
    public void Insert(Article article) =>
        article.Id = Add(articleInsert, ArticleInsertWithId, ArticleIds,
            article.SourceName, article.Title, article.Url, article.Publisher, article.Published, article.PublishedSource,
            article.ContentHash, article.Text, article.ImportedAtUtc);

    /// <summary>Inserts the fact (its triggers add it to the totals) and sets its id.</summary>
    public void Insert(Fact fact) => fact.Id = Add(factInsert, factInsertWithId, FactIds, factColumns.Values(fact));

    /// <summary>Inserts the mention of fact <see cref="FactMention.FactId"/> in article <see cref="FactMention.ArticleId"/>.</summary>
    public void Insert(FactMention mention) =>
        mention.Id = Add(mentionInsert, MentionInsertWithId, MentionIds,
            mention.FactId, mention.ArticleId, mention.Evidence, mention.EvidenceStart, mention.EvidenceLength, mention.ExtractedJson, mention.Signature);

    /// <summary>Runs <paramref name="statement"/> now on SQLite; on PostgreSQL its SQL waits for <see cref="FlushAsync"/> with the inserts.</summary>
    public void Run(PreparedStatement statement, string sql, params object?[] values)
    {
        if (dialect.PostgreSql)
        {
            waiting.Add(PostgreSqlBatches.Command(sql, values));
            return;
        }

        statement.Bind(values).ExecuteNonQuery();
    }

    /// <summary>Sends what waits (PostgreSQL), in the order it was added, in one round trip.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        if (waiting.Count == 0)
        {
            return;
        }

        try
        {
            await using var batch = PostgreSqlBatches.Batch(context, waiting);
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            waiting.Clear();
        }
    }

    /// <summary>Forgets what waits (the article's transaction failed before it was sent).</summary>
    public void Discard() => waiting.Clear();

    public void Dispose()
    {
        articleInsert?.Dispose();
        factInsert?.Dispose();
        mentionInsert?.Dispose();
    }

    private int Add(PreparedStatement? insert, string insertWithId, IdReserve ids, params object?[] values)
    {
        if (insert is not null)
        {
            return Convert.ToInt32(insert.Bind(values).ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        var id = ids.Take(context);
        waiting.Add(PostgreSqlBatches.Command(insertWithId, [id, .. values]));
        return id;
    }

    private static string InsertSql(string table, IReadOnlyList<string> columns, bool returning = true) =>
        $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
        $"VALUES ({string.Join(", ", columns.Select((_, i) => PreparedStatement.Parameter(i)))})" + (returning ? " RETURNING \"Id\";" : "");
}
