using Metrics.Extraction.Facts;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Import;

/// <summary>
/// Stores an article's extracted facts inside the caller's transaction: each one becomes a
/// mention of an existing canonical fact when another article already reported the same event,
/// else a new canonical fact. Re-extracting an article keeps every human decision.
/// </summary>
internal static class ArticleFactWriter
{
    /// <summary>Replaces the article's mentions with <paramref name="extracted"/>; returns how many facts it reports.</summary>
    /// <param name="context">The context of the article's transaction; the caller saves.</param>
    /// <param name="article">The article, tracked; a new one has no id yet and no mentions.</param>
    /// <param name="isNew">True for an article not stored before.</param>
    /// <param name="extracted">What the extractor found in its text.</param>
    /// <param name="nowUtc">Time stamp of new and changed facts.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public static async Task<int> WriteAsync(
        MetricsDbContext context, Article article, bool isNew, IReadOnlyList<ExtractedFact> extracted, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var articleId = article.Id;
        var oldMentions = isNew ? [] : await context.FactMentions
            .Include(m => m.Fact)
            .Where(m => m.ArticleId == articleId)
            .ToListAsync(cancellationToken);
        var written = 0;
        foreach (var found in extracted.Where(f => !string.IsNullOrEmpty(f.District)))
        {
            var mention = FactRecords.ToMention(found, articleId);
            mention.Article = article;
            // Same values, or (after a new publication date re-resolved its dates) the same sentence
            // and kind of event as a fact a person decided: that fact stays as the person left it.
            var kept = oldMentions.FirstOrDefault(m => m.Signature == mention.Signature)
                ?? oldMentions.FirstOrDefault(m => IsDecidedReportOf(m, mention, found));
            if (kept is not null)
            {
                // The article says the same thing again: keep the link (and any review of the fact), refresh where it says it.
                oldMentions.Remove(kept);
                kept.Evidence = mention.Evidence;
                kept.EvidenceStart = mention.EvidenceStart;
                kept.EvidenceLength = mention.EvidenceLength;
                kept.ExtractedJson = mention.ExtractedJson;
                kept.Signature = mention.Signature;
                written++;
                continue;
            }

            var incoming = FactRecords.ToFact(found, nowUtc);
            var canonical = await FindCanonicalAsync(context, incoming, isNew ? null : articleId, cancellationToken);
            if (canonical is null)
            {
                canonical = incoming;
                context.Facts.Add(canonical);
            }
            else
            {
                FactMatching.Absorb(canonical, incoming, nowUtc);
            }

            mention.Fact = canonical;
            context.FactMentions.Add(mention);
            written++;
        }

        await RemoveStaleAsync(context, article, oldMentions, cancellationToken);
        return written;
    }

    // A canonical fact holds one mention per article: facts this article already reports are no candidates.
    private static async Task<Fact?> FindCanonicalAsync(MetricsDbContext context, Fact incoming, int? articleId, CancellationToken cancellationToken)
    {
        if (incoming.PeriodStart is not { } start || incoming.PeriodEnd is not { } end)
        {
            return null;
        }

        // No stored period is longer than a year, so an overlapping fact starts at most a year earlier:
        // the lower bound keeps the index range short however many facts the district has.
        var earliest = start.AddDays(-366);
        var query = context.Facts
            .Where(f => f.District == incoming.District && f.Type == incoming.Type
                && f.PeriodStart >= earliest && f.PeriodStart <= end && f.PeriodEnd >= start);
        if (articleId is { } id)
        {
            query = query.Where(f => !f.Mentions.Any(m => m.ArticleId == id));
        }

        var candidates = await query.OrderBy(f => f.Id).ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(c => FactMatching.IsSameEvent(c, incoming));
    }

    private static bool IsDecidedReportOf(FactMention old, FactMention incoming, ExtractedFact found)
    {
        var fact = old.Fact;
        if (fact.Status == FactStatus.Extracted || old.EvidenceStart != incoming.EvidenceStart || old.EvidenceLength != incoming.EvidenceLength)
        {
            return false;
        }

        return found switch
        {
            MeetingFact meeting => fact.Type == FactType.Meeting && fact.Kind == meeting.Kind,
            ProjectEventFact project => fact.Type == FactType.ProjectEvent && fact.Stage == project.Stage
                && fact.Scope == project.Scope && fact.MemberOfBatch == project.MemberOfBatch,
            _ => false,
        };
    }

    // What the article no longer says: drop the mention, and the fact with it when nobody reviewed
    // it and no other article reports it. Reviewed facts stay, whatever the articles say now, and
    // keep their evidence while the text still holds it where it was (a manual fact, a re-dated article).
    private static async Task RemoveStaleAsync(MetricsDbContext context, Article article, List<FactMention> stale, CancellationToken cancellationToken)
    {
        foreach (var mention in stale)
        {
            if (mention.Fact.Status != FactStatus.Extracted && EvidenceStillThere(article.Text, mention))
            {
                continue;
            }

            context.FactMentions.Remove(mention);
            var fact = mention.Fact;
            if (fact.Status == FactStatus.Extracted
                && !await context.FactMentions.AnyAsync(m => m.FactId == fact.Id && m.Id != mention.Id, cancellationToken))
            {
                context.Facts.Remove(fact);
            }
        }
    }

    private static bool EvidenceStillThere(string text, FactMention mention) =>
        mention.EvidenceStart + mention.EvidenceLength <= text.Length
        && string.CompareOrdinal(text, mention.EvidenceStart, mention.Evidence, 0, mention.EvidenceLength) == 0;
}
