using Microsoft.EntityFrameworkCore;

namespace Metrics.Storage;

/// <summary>
/// The contexts of the panels' read-only questions: the read replica of <c>ConnectionStrings:MetricsReplica</c>
/// when one is set, else the primary. The query classes take any <see cref="IDbContextFactory{TContext}"/>;
/// their instances over these contexts are keyed services under <see cref="Key"/> (series, KPIs, article
/// volumes, the data version and source, the fact list of <c>/api/facts</c>, panel exports), while the unkeyed
/// ones, and everything that writes, stay on the primary.
/// </summary>
/// <remarks>
/// A panel answer is cached under the data version read from the same database as the answer: with
/// replication lag, a version read from the primary beside figures read from the replica would keep
/// stale figures under a new version. So a panel's version comes from the keyed <c>DataVersionQuery</c>,
/// never the unkeyed one. Point the key at one standby (not a pool of standbys with different lags),
/// so that what one request reads is never older than what an earlier one read.
/// </remarks>
public sealed class PanelReadContexts(IDbContextFactory<MetricsDbContext> contexts) : IDbContextFactory<MetricsDbContext>
{
    /// <summary>The service key of the panels' query instances.</summary>
    public const string Key = "panels";

    /// <inheritdoc />
    public MetricsDbContext CreateDbContext() => contexts.CreateDbContext();

    /// <inheritdoc />
    public Task<MetricsDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) => contexts.CreateDbContextAsync(cancellationToken);
}
