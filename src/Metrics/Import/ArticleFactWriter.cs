using Metrics.Extraction.Facts;
using Metrics.Facts;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Import;

/// <summary>
/// Stores an article's extracted facts inside the caller's transaction: each one becomes a
/// mention of an existing canonical fact when another article already reported the same event,
/// else a new canonical fact. A fact without a district (<see cref="Metrics.Facts.FactFields.NoDistrict"/>) is always
/// the article's own: another article's report may be of another district's event.
/// Re-extracting an article keeps every human decision.
/// </summary>
internal static class ArticleFactWriter
{
    /// <summary>Replaces the article's mentions with <paramref name="extracted"/>; returns how many facts it reports, new and already known.</summary>
    /// <param name="context">The context of the article's transaction; the caller saves what it tracks.</param>
    /// <param name="rows">Inserts the new facts and mentions at once, in the same transaction.</param>
    /// <param name="candidates">Finds the stored facts the new ones may be further reports of.</param>
    /// <param name="article">The article, stored or tracked, with its id.</param>
    /// <param name="isNew">True for an article not stored before.</param>
    /// <param name="extracted">What the extractor found in its text.</param>
    /// <param name="nowUtc">Time stamp of new and changed facts.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <param name="searched">The candidates when the caller already searched for them (PostgreSQL, in the article's first round trip, after its locks); else searched here.</param>
    public static async Task<(int New, int Known)> WriteAsync(
        MetricsDbContext context, NewRows rows, CanonicalCandidates candidates, Article article, bool isNew, IReadOnlyList<ExtractedFact> extracted, DateTime nowUtc,
        CancellationToken cancellationToken, IReadOnlyList<Fact>? searched = null)
    {
        var articleId = article.Id;
        var oldMentions = isNew ? [] : await context.FactMentions
            .Include(m => m.Fact)
            .Where(m => m.ArticleId == articleId)
            .ToListAsync(cancellationToken);
        // A canonical fact holds one mention per article: facts this article already reports are no candidates.
        var reportedHere = oldMentions.Select(m => m.FactId).ToHashSet();
        var incoming = extracted.Select(f => FactRecords.ToFact(f, nowUtc)).ToList();
        var stored = searched ?? await candidates.LoadAsync(incoming, cancellationToken);
        int added = 0, known = 0;
        for (var i = 0; i < extracted.Count; i++)
        {
            var mention = FactRecords.ToMention(extracted[i], articleId);
            // Same values, or (after a new publication date re-resolved its dates) the same sentence
            // and kind of event as a fact a person decided: that fact stays as the person left it.
            var kept = oldMentions.FirstOrDefault(m => m.Signature == mention.Signature)
                ?? oldMentions.FirstOrDefault(m => IsDecidedReportOf(m, mention, extracted[i]));
            if (kept is not null)
            {
                // The article says the same thing again: keep the link (and any review of the fact), refresh where it says it.
                oldMentions.Remove(kept);
                kept.Evidence = mention.Evidence;
                kept.EvidenceStart = mention.EvidenceStart;
                kept.EvidenceLength = mention.EvidenceLength;
                kept.ExtractedJson = mention.ExtractedJson;
                kept.Signature = mention.Signature;
                known++;
                continue;
            }

            var fact = incoming[i];
            var canonical = stored.FirstOrDefault(c => !reportedHere.Contains(c.Id) && FactMatching.IsSameEvent(c, fact));
            if (canonical is null)
            {
                canonical = fact;
                rows.Insert(canonical);
                added++;
            }
            else
            {
                if (FactMatching.Absorb(canonical, fact, nowUtc))
                {
                    candidates.SaveAbsorbed(canonical, rows);
                }

                known++;
            }

            mention.FactId = canonical.Id;
            rows.Insert(mention);
        }

        await rows.FlushAsync(cancellationToken);
        await RemoveStaleAsync(context, article, oldMentions, cancellationToken);
        return (added, known);
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
