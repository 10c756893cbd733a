using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Queries;

/// <summary>
/// The database's data version: a number that changes whenever an article, a fact or a mention
/// is written, by any process (kept by triggers, see <see cref="DataVersionTriggers"/>). Cheap
/// enough to read on every image request.
/// </summary>
/// <remarks>
/// A cached answer must be keyed by the version of the database it was read from: the panels' answers
/// (images, embeds, the overview) use the instance keyed <see cref="PanelReadContexts.Key"/>, which reads
/// the read replica when one is set, as the panels' queries do.
/// </remarks>
public sealed class DataVersionQuery(IDbContextFactory<MetricsDbContext> contextFactory)
{
    /// <summary>The current version.</summary>
    public async Task<long> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await DataVersionTriggers.ReadAsync(context, cancellationToken);
    }
}
