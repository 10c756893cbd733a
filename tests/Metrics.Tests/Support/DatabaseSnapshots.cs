using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Support;

/// <summary>What a database holds, as comparable lines: facts and mentions, or the trigger-kept totals.</summary>
internal static class DatabaseSnapshots
{
    /// <summary>Every fact and mention with its id; with <paramref name="withTimes"/> the facts' time stamps too.</summary>
    public static async Task<List<string>> FactsAndMentionsAsync(SqliteDatabase database, bool withTimes = true)
    {
        await using var context = database.Open();
        var facts = (await context.Facts.OrderBy(f => f.Id).ToListAsync())
            .Select(f => $"{f.Id} {f.Type} {f.District} {f.Date} {f.Kind}{f.Stage} {f.Scope} {f.ProjectCount} {f.InvestmentYuan} {f.Chair} {f.Status}" + (withTimes ? $" {f.UpdatedAtUtc:O}" : ""));
        var mentions = await context.FactMentions.OrderBy(m => m.Id)
            .Select(m => $"{m.Id} {m.FactId} {m.ArticleId} {m.EvidenceStart} {m.EvidenceLength} {m.Signature}")
            .ToListAsync();
        return [.. facts, .. mentions];
    }

    /// <summary>
    /// Every fact and mention without ids, sorted: a fact is named by the article and place of its
    /// first mention, a mention by its article, its place and the fact it reports. Two stores that
    /// numbered their rows in another order (a run's writers) compare equal when they hold the same.
    /// </summary>
    public static async Task<List<string>> FactsAndMentionsByArticleAsync(SqliteDatabase database)
    {
        await using var context = database.Open();
        var mentions = await context.FactMentions
            .Join(context.Articles, m => m.ArticleId, a => a.Id, (m, a) => new { m.Id, m.FactId, a.SourceName, m.EvidenceStart, m.EvidenceLength, m.Signature })
            .ToListAsync();
        var factNames = mentions.GroupBy(m => m.FactId).ToDictionary(g => g.Key, g => g.MinBy(m => m.Id) is { } first ? $"{first.SourceName}@{first.EvidenceStart}" : "");
        var facts = (await context.Facts.ToListAsync())
            .Select(f => $"{factNames.GetValueOrDefault(f.Id)} {f.Type} {f.District} {f.Date} {f.Kind}{f.Stage} {f.Scope} {f.ProjectCount} {f.InvestmentYuan} {f.Chair} {f.Status}");
        var lines = mentions.Select(m => $"mention {m.SourceName}@{m.EvidenceStart}+{m.EvidenceLength} of {factNames[m.FactId]} {m.Signature}");
        return [.. facts.Concat(lines).Order(StringComparer.Ordinal)];
    }

    /// <summary>The <c>FactTotals</c> and <c>TypeTotals</c> rows of at least one fact, sorted.</summary>
    public static async Task<List<string>> TotalsAsync(SqliteDatabase database)
    {
        await using var context = database.Open();
        var byStageAndKind = (await context.FactTotals.Where(t => t.AllFacts > 0).ToListAsync())
            .Select(t => $"FactTotals {t.Stage} {t.Kind} {Values(t)}");
        var byType = (await context.TypeTotals.Where(t => t.AllFacts > 0).ToListAsync())
            .Select(t => $"TypeTotals {Values(t)}");
        return byStageAndKind.Concat(byType).Order(StringComparer.Ordinal).ToList();
    }

    private static string Values(TotalRow t) =>
        $"{t.Type} {t.District} {t.Year}-{t.Quarter}-{t.Month} {t.BucketStart}..{t.BucketEnd} {t.Facts} {t.FactsWithAmount} {t.Projects} {t.Yuan} {t.LowerBounds} {t.AllFacts}";
}
