using Metrics.Facts;
using Metrics.Queries;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Review;

/// <summary>What awaits review: how many facts nobody has decided on, and how much of a year's investment (per stage) they carry.</summary>
/// <param name="OpenFacts">Facts still as the extractor left them.</param>
/// <param name="Investment">Per stage of the year: the part of the investment no person has checked, and the whole.</param>
public sealed record ReviewBacklog(int OpenFacts, IReadOnlyList<StageBacklog> Investment);

/// <summary>A stage's investment in a year: <paramref name="Unreviewed"/> of <paramref name="Total"/> yuan unchecked.</summary>
public sealed record StageBacklog(ProjectStage Stage, long Unreviewed, long Total);

/// <summary>Reads the <see cref="ReviewBacklog"/> for the overview of a signed-in staff member.</summary>
public sealed class ReviewBacklogQuery(IDbContextFactory<MetricsDbContext> contextFactory, SeriesQuery series)
{
    public async Task<ReviewBacklog> RunAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var open = await context.Facts.CountAsync(f => f.Status == FactStatus.Extracted, cancellationToken);
        var investment = await series.RunAsync(
            Metric.Investment, Interval.Year, new FactFilter { From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31) }, cancellationToken);
        var stages = investment.TotalsByStage()
            .Where(t => t.Stage is not null && t.Total.Value > 0)
            .Select(t => new StageBacklog(t.Stage!.Value, (long)Math.Round(t.Total.Value * (1 - t.Total.ReviewedShare)), t.Total.Value))
            .ToArray();
        return new ReviewBacklog(open, stages);
    }
}
