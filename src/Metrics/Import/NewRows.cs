using System.Text.Json;
using Metrics.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Metrics.Import;

/// <summary>
/// Inserts an import's new rows (articles, facts, mentions) with three prepared statements kept for
/// the whole run, in the caller's transaction. EF Core prepares every statement of every
/// SaveChanges afresh, trigger programs included, which made storing cost more than extracting;
/// changes to rows already stored still go through EF Core. Values are written as EF Core writes
/// them (enums by name, dates as ISO text, the project names as a JSON array), and a test reads
/// every column back through EF Core.
/// </summary>
internal sealed class NewRows(MetricsDbContext context) : IDisposable
{
    private static readonly string[] ArticleColumns =
        ["SourceName", "Title", "Url", "Publisher", "Published", "PublishedSource", "ContentHash", "Text", "ImportedAtUtc"];

    private static readonly string[] FactColumns =
    [
        "Type", "District", "Date", "Precision", "PeriodStart", "PeriodEnd", "Year", "Quarter", "Month", "Kind", "Chair", "Stage",
        "Scope", "ProjectCount", "InvestmentYuan", "InvestmentYuanMax", "Qualifier", "InvestmentOriginal", "PlannedThisYearYuan",
        "Projects", "MemberOfBatch", "ProjectsCounted", "IsLowerBound", "Status", "UpdatedAtUtc",
    ];

    private static readonly string[] MentionColumns = ["FactId", "ArticleId", "Evidence", "EvidenceStart", "EvidenceLength", "ExtractedJson", "Signature"];

    private SqliteCommand? articleInsert;
    private SqliteCommand? factInsert;
    private SqliteCommand? mentionInsert;

    /// <summary>Inserts the article and sets its id.</summary>
    public void Insert(Article article)
    {
        articleInsert ??= Prepare("Articles", ArticleColumns);
        article.Id = Run(articleInsert,
            article.SourceName, article.Title, article.Url, article.Publisher, article.Published, article.PublishedSource,
            article.ContentHash, article.Text, article.ImportedAtUtc);
    }

    /// <summary>Inserts the fact (its triggers add it to the totals) and sets its id.</summary>
    public void Insert(Fact fact)
    {
        factInsert ??= Prepare("Facts", FactColumns);
        fact.Id = Run(factInsert,
            fact.Type.ToString(), fact.District, fact.Date, fact.Precision.ToString(), fact.PeriodStart, fact.PeriodEnd,
            fact.Year, fact.Quarter, fact.Month, fact.Kind?.ToString(), fact.Chair, fact.Stage?.ToString(),
            fact.Scope?.ToString(), fact.ProjectCount, fact.InvestmentYuan, fact.InvestmentYuanMax, fact.Qualifier?.ToString(),
            fact.InvestmentOriginal, fact.PlannedThisYearYuan, JsonSerializer.Serialize(fact.Projects), fact.MemberOfBatch,
            fact.ProjectsCounted, fact.IsLowerBound, fact.Status.ToString(), fact.UpdatedAtUtc);
    }

    /// <summary>Inserts the mention of fact <see cref="FactMention.FactId"/> in article <see cref="FactMention.ArticleId"/>.</summary>
    public void Insert(FactMention mention)
    {
        mentionInsert ??= Prepare("FactMentions", MentionColumns);
        mention.Id = Run(mentionInsert,
            mention.FactId, mention.ArticleId, mention.Evidence, mention.EvidenceStart, mention.EvidenceLength, mention.ExtractedJson, mention.Signature);
    }

    public void Dispose()
    {
        articleInsert?.Dispose();
        factInsert?.Dispose();
        mentionInsert?.Dispose();
    }

    private SqliteCommand Prepare(string table, string[] columns)
    {
        var command = (SqliteCommand)context.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))}) RETURNING \"Id\";";
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        return command;
    }

    private int Run(SqliteCommand command, params object?[] values)
    {
        command.Transaction = (SqliteTransaction?)context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("New rows are inserted inside the article's transaction.");
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
