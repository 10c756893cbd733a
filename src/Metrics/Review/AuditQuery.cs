using System.Runtime.CompilerServices;
using Metrics.Export;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Review;

/// <summary>One audit entry as the page and the CSV show it.</summary>
public sealed record AuditRow(long Id, DateTime AtUtc, string User, string Action, string EntityType, int EntityId, string? BeforeJson, string? AfterJson);

/// <summary>One page of the audit log, latest first.</summary>
public sealed record AuditPage(int Page, int PageSize, int Total, IReadOnlyList<AuditRow> Items);

/// <summary>Reads the audit log: a page for the screen, or every entry as a table for the CSV export.</summary>
public sealed class AuditQuery(IDbContextFactory<MetricsDbContext> contextFactory)
{
    /// <summary>Entries latest first; <paramref name="entityType"/> and <paramref name="entityId"/> narrow it to one fact or article.</summary>
    public async Task<AuditPage> RunAsync(int page, int pageSize, string? entityType = null, int? entityId = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var selected = Select(context, entityType, entityId);
        var total = await selected.CountAsync(cancellationToken);
        var items = await selected.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new AuditPage(page, pageSize, total, items);
    }

    /// <summary>Every entry, latest first, as a table: 时间 (UTC, ISO), 用户, 操作, 对象, 编号, 修改前, 修改后.</summary>
    public ExportTable Table() => new(
        [
            new("时间（UTC）", ExportCellKind.Text), new("用户", ExportCellKind.Text), new("操作", ExportCellKind.Text),
            new("对象", ExportCellKind.Text), new("编号", ExportCellKind.Number),
            new("修改前", ExportCellKind.Text), new("修改后", ExportCellKind.Text),
        ],
        RowsAsync());

    private async IAsyncEnumerable<object?[]> RowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await foreach (var row in Select(context, null, null).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [row.AtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
                row.User, row.Action, row.EntityType, row.EntityId, row.BeforeJson, row.AfterJson];
        }
    }

    private static IQueryable<AuditRow> Select(MetricsDbContext context, string? entityType, int? entityId)
    {
        var entries = context.AuditEntries.AsNoTracking();
        if (entityType is not null)
        {
            entries = entries.Where(a => a.EntityType == entityType);
        }

        if (entityId is { } id)
        {
            entries = entries.Where(a => a.EntityId == id);
        }

        return entries.OrderByDescending(a => a.Id)
            .Select(a => new AuditRow(a.Id, a.AtUtc, a.User, a.Action, a.EntityType, a.EntityId, a.BeforeJson, a.AfterJson));
    }
}
