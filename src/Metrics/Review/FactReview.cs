using Metrics.Extraction;
using Metrics.Facts;
using Metrics.Import;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Review;

/// <summary>
/// What staff do to facts: edit, confirm, reject, add by hand, and re-date an article. Each change
/// is saved with its audit entry in one transaction; the FactTotals triggers carry it into the
/// series at once. A decided fact is never changed by a later import or re-extraction.
/// </summary>
public sealed class FactReview(IDbContextFactory<MetricsDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>The fields a fact holds now, for an editor to start from.</summary>
    public async Task<FactFields> FieldsAsync(int factId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return (await FindAsync(context, factId, cancellationToken)).Fields();
    }

    /// <summary>Sets every field of a fact; an extracted or confirmed fact becomes corrected, a manual one stays manual.</summary>
    public async Task EditAsync(int factId, FactFields values, string user, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var fact = await FindAsync(context, factId, cancellationToken);
        await CheckAsync(context, values, cancellationToken);
        var before = Snapshot(fact);
        if (fact.Fields().SameAs(values))
        {
            return;
        }

        values.ApplyTo(fact);
        fact.Status = fact.Status == FactStatus.Manual ? FactStatus.Manual : FactStatus.Corrected;
        // The values are now a person's: no doubt left from the extractor.
        fact.Confidence = 1;
        await SaveAsync(context, fact, AuditActions.Edit, before, user, cancellationToken);
    }

    /// <summary>Keeps the fact's values as they are, marked checked; a fact without a district must be given one first (an edit).</summary>
    public Task ConfirmAsync(int factId, string user, CancellationToken cancellationToken = default) =>
        SetStatusAsync(factId, FactStatus.Confirmed, AuditActions.Confirm, user, cancellationToken);

    /// <summary>Marks the fact as no fact: never counted, and kept so that re-extraction cannot bring it back.</summary>
    public Task RejectAsync(int factId, string user, CancellationToken cancellationToken = default) =>
        SetStatusAsync(factId, FactStatus.Rejected, AuditActions.Reject, user, cancellationToken);

    /// <summary>Adds a fact by hand, read from the article's text at the given span (status manual); returns its id.</summary>
    public async Task<int> AddAsync(int articleId, int evidenceStart, int evidenceLength, FactFields values, string user, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var article = await context.Articles.FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken)
            ?? throw new ReviewException($"没有编号为 {articleId} 的文章");
        if (evidenceLength <= 0 || evidenceStart < 0 || evidenceStart + evidenceLength > article.Text.Length)
        {
            throw new ReviewException("请在文章中选择依据句子");
        }

        await CheckAsync(context, values, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var fact = new Fact(values) { Status = FactStatus.Manual, UpdatedAtUtc = now };
        values.ApplyTo(fact);
        var evidence = article.Text.Substring(evidenceStart, evidenceLength);
        fact.Mentions.Add(new FactMention
        {
            ArticleId = articleId,
            Evidence = evidence,
            EvidenceStart = evidenceStart,
            EvidenceLength = evidenceLength,
            ExtractedJson = "null",
            Signature = $"manual|{now.Ticks}",
        });
        context.Facts.Add(fact);
        await context.SaveChangesAsync(cancellationToken);
        AuditLog.Add(context, now, user, AuditActions.Add, AuditActions.Fact, fact.Id, null, Snapshot(fact, evidence));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return fact.Id;
    }

    /// <summary>
    /// Sets an article's publication date and extracts it again with the new anchor, so that its
    /// relative dates (10日, 昨日, 上半年) re-resolve; facts a person decided keep their values.
    /// </summary>
    public async Task SetPublishedAsync(int articleId, DateOnly? published, string user, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var article = await context.Articles.FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken)
            ?? throw new ReviewException($"没有编号为 {articleId} 的文章");
        var before = new { article.Published, article.PublishedSource };
        article.Published = published;
        article.PublishedSource = "Reviewer";
        var extracted = FactExtractor.ExtractWithUnplaced(new ArticleInput(article.Text, article.Published, article.Title, article.Publisher, article.Url));
        var now = clock.GetUtcNow().UtcDateTime;
        using var rows = new NewRows(context);
        using var candidates = new CanonicalCandidates(context);
        var (newFacts, knownFacts) = await ArticleFactWriter.WriteAsync(context, rows, candidates, article, isNew: false, extracted, now, cancellationToken);
        AuditLog.Add(context, now, user, AuditActions.SetPublished, AuditActions.Article, articleId, before, new { article.Published, article.PublishedSource, Facts = newFacts + knownFacts });
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task SetStatusAsync(int factId, FactStatus status, string action, string user, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var fact = await FindAsync(context, factId, cancellationToken);
        if (fact.Status == status)
        {
            return;
        }

        // Confirmed, it would leave the queue and still count nowhere.
        if (status == FactStatus.Confirmed && fact.District == Fact.NoDistrict)
        {
            throw new ReviewException($"事实 #{factId} 还没有区县：请在文章中编辑它、选定区县");
        }

        var before = Snapshot(fact);
        fact.Status = status;
        await SaveAsync(context, fact, action, before, user, cancellationToken);
    }

    private async Task SaveAsync(MetricsDbContext context, Fact fact, string action, object before, string user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        fact.UpdatedAtUtc = now;
        AuditLog.Add(context, now, user, action, AuditActions.Fact, fact.Id, before, Snapshot(fact));
        await context.SaveChangesAsync(cancellationToken);
    }

    private static async Task<Fact> FindAsync(MetricsDbContext context, int factId, CancellationToken cancellationToken) =>
        await context.Facts.FirstOrDefaultAsync(f => f.Id == factId, cancellationToken)
        ?? throw new ReviewException($"没有编号为 {factId} 的事实");

    private static async Task CheckAsync(MetricsDbContext context, FactFields values, CancellationToken cancellationToken)
    {
        var districts = await context.Districts.Select(d => d.Name).ToListAsync(cancellationToken);
        if (values.Problem(districts) is { } problem)
        {
            throw new ReviewException(problem);
        }
    }

    private static object Snapshot(Fact fact, string? evidence = null) =>
        evidence is null ? new { fact.Status, Values = fact.Fields() } : new { fact.Status, Values = fact.Fields(), Evidence = evidence };
}
