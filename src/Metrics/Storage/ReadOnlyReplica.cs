using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Metrics.Storage;

/// <summary>
/// Refuses <c>SaveChanges</c> on a context of the read replica before it reaches the server: a hot
/// standby would refuse the write anyway, later and less clearly. Writes go to the primary.
/// </summary>
internal sealed class ReadOnlyReplica : SaveChangesInterceptor
{
    public static readonly ReadOnlyReplica Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) => throw Refusal();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) => throw Refusal();

    private static InvalidOperationException Refusal() =>
        new("The read replica (ConnectionStrings:MetricsReplica) is read-only: changes are saved through ConnectionStrings:Metrics, the primary.");
}
