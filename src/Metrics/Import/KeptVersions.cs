using System.Text.Json.Serialization;
using System.Text.Json;
using Metrics.Facts;
using Metrics.Ingest;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Import;

/// <summary>Puts texts into <see cref="ArticleVersion"/> rows: the article's text before it is replaced, or an incoming one held back.</summary>
internal static class KeptVersions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Adds the article's current text, with the facts it reports and their review status, as a superseded version (saved by the caller).</summary>
    public static async Task<ArticleVersion> ArchiveAsync(MetricsDbContext context, Article article, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var articleId = article.Id;
        var facts = await context.FactMentions.AsNoTracking()
            .Where(m => m.ArticleId == articleId)
            .OrderBy(m => m.EvidenceStart).ThenBy(m => m.FactId)
            .Select(m => new KeptFact(m.FactId, m.Fact.Status, m.Fact.Type, m.Fact.District, m.Fact.Date, m.EvidenceStart, m.EvidenceLength, m.Evidence, m.ExtractedJson))
            .ToListAsync(cancellationToken);
        var version = new ArticleVersion
        {
            ArticleId = articleId,
            State = ArticleVersionState.Superseded,
            SourceName = article.SourceName,
            Title = article.Title,
            Url = article.Url,
            Publisher = article.Publisher,
            Published = article.Published,
            PublishedSource = article.PublishedSource,
            ContentHash = article.ContentHash,
            Text = article.Text,
            ImportedAtUtc = article.ImportedAtUtc,
            RecordedAtUtc = nowUtc,
            FactsJson = JsonSerializer.Serialize(facts, Json),
        };
        context.ArticleVersions.Add(version);
        return version;
    }

    /// <summary>Adds an incoming text of article <paramref name="articleId"/> as held for review (saved by the caller).</summary>
    public static ArticleVersion Hold(MetricsDbContext context, int articleId, IngestedArticle incoming, string reason, DateTime nowUtc)
    {
        var version = new ArticleVersion
        {
            ArticleId = articleId,
            State = ArticleVersionState.Held,
            SourceName = incoming.SourceName,
            Title = incoming.Title,
            Url = incoming.Url,
            Publisher = incoming.Publisher,
            Published = incoming.Published,
            PublishedSource = incoming.PublishedSource.ToString(),
            ContentHash = incoming.ContentHash,
            Text = incoming.Text,
            ImportedAtUtc = nowUtc,
            RecordedAtUtc = nowUtc,
            HeldReason = reason,
        };
        context.ArticleVersions.Add(version);
        return version;
    }

    /// <summary>Sets the article's metadata and text to the version's.</summary>
    public static void Apply(ArticleVersion version, Article article, DateTime nowUtc)
    {
        article.SourceName = version.SourceName;
        article.Title = version.Title;
        article.Url = version.Url;
        article.Publisher = version.Publisher;
        article.Published = version.Published;
        article.PublishedSource = version.PublishedSource;
        article.ContentHash = version.ContentHash;
        article.Text = version.Text;
        article.ImportedAtUtc = nowUtc;
    }

    private sealed record KeptFact(
        int FactId, FactStatus Status, FactType Type, string District, string? Date, int EvidenceStart, int EvidenceLength, string Evidence, string ExtractedJson);
}
