using Metrics.Storage;

namespace Metrics.Import;

/// <summary>
/// Inserts an import's new rows (articles, facts, mentions) with three prepared statements kept for
/// the whole run, in the caller's transaction. EF Core prepares every statement of every
/// SaveChanges afresh, trigger programs included, which made storing cost more than extracting;
/// changes to rows already stored still go through EF Core (but for a canonical fact absorbing a
/// further report, <see cref="CanonicalCandidates"/>). Values are written as EF Core writes them
/// (<see cref="FactColumns"/>), and a test reads every column back through EF Core.
/// </summary>
internal sealed class NewRows(MetricsDbContext context) : IDisposable
{
    private static readonly string[] ArticleColumns =
        ["SourceName", "Title", "Url", "Publisher", "Published", "PublishedSource", "ContentHash", "Text", "ImportedAtUtc"];

    private readonly SqlDialect dialect = SqlDialect.Of(context);

    private static readonly string[] MentionColumns = ["FactId", "ArticleId", "Evidence", "EvidenceStart", "EvidenceLength", "ExtractedJson", "Signature"];

    private readonly PreparedStatement articleInsert = InsertInto(context, "Articles", ArticleColumns);
    private readonly PreparedStatement factInsert = InsertInto(context, "Facts", FactColumns.Names);
    private readonly PreparedStatement mentionInsert = InsertInto(context, "FactMentions", MentionColumns);

    /// <summary>Inserts the article and sets its id.</summary>
    public void Insert(Article article) =>
        article.Id = Run(articleInsert,
            article.SourceName, article.Title, article.Url, article.Publisher, article.Published, article.PublishedSource,
            article.ContentHash, article.Text, article.ImportedAtUtc);

    /// <summary>Inserts the fact (its triggers add it to the totals) and sets its id.</summary>
    public void Insert(Fact fact) => fact.Id = Run(factInsert, FactColumns.Values(fact, dialect));

    /// <summary>Inserts the mention of fact <see cref="FactMention.FactId"/> in article <see cref="FactMention.ArticleId"/>.</summary>
    public void Insert(FactMention mention) =>
        mention.Id = Run(mentionInsert,
            mention.FactId, mention.ArticleId, mention.Evidence, mention.EvidenceStart, mention.EvidenceLength, mention.ExtractedJson, mention.Signature);

    public void Dispose()
    {
        articleInsert.Dispose();
        factInsert.Dispose();
        mentionInsert.Dispose();
    }

    private static PreparedStatement InsertInto(MetricsDbContext context, string table, string[] columns) => new(
        context,
        $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
        $"VALUES ({string.Join(", ", columns.Select((_, i) => PreparedStatement.Parameter(i)))}) RETURNING \"Id\";",
        columns.Length);

    private static int Run(PreparedStatement insert, params object?[] values) =>
        Convert.ToInt32(insert.Bind(values).ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
}
