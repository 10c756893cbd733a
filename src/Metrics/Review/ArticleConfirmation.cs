using Metrics.Facts;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Review;

/// <summary>
/// Confirms every undecided fact of an article at once, after a person has read it: each gets its
/// own audit entry, all in one transaction. Facts without a district are left for the editor (a
/// confirmed fact must count somewhere); decided facts are left as they are.
/// </summary>
public sealed class ArticleConfirmation(IDbContextFactory<MetricsDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Confirms the article's open facts; returns how many were confirmed and how many still need a district.</summary>
    public async Task<(int Confirmed, int WithoutDistrict)> ConfirmAllAsync(int articleId, string user, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (!await context.Articles.AnyAsync(a => a.Id == articleId, cancellationToken))
        {
            throw new ReviewException($"没有编号为 {articleId} 的文章");
        }

        var open = await context.Facts
            .Where(f => f.Status == FactStatus.Extracted && f.Mentions.Any(m => m.ArticleId == articleId))
            .OrderBy(f => f.Id)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var confirmed = 0;
        foreach (var fact in open.Where(f => f.District != Fact.NoDistrict))
        {
            var before = new { fact.Status, Values = fact.Fields() };
            fact.Status = FactStatus.Confirmed;
            fact.UpdatedAtUtc = now;
            AuditLog.Add(context, now, user, AuditActions.Confirm, AuditActions.Fact, fact.Id, before, new { fact.Status, Values = fact.Fields() });
            confirmed++;
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (confirmed, open.Count - confirmed);
    }
}
