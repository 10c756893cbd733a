using Dashboard.Account;
using Metrics.Export;
using Metrics.Review;

namespace Dashboard.Endpoints;

/// <summary><c>GET /review/audit.csv</c>: the whole audit log for a spreadsheet (UTF-8 with BOM, formulas neutralised), admin only.</summary>
internal static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/review/audit.csv", WriteCsvAsync).RequireAuthorization(AdminRole.Policy);
        return endpoints;
    }

    private static async Task WriteCsvAsync(HttpResponse response, AuditQuery query, TimeProvider clock, CancellationToken cancellationToken)
    {
        var name = $"audit-{clock.GetUtcNow():yyyyMMdd-HHmmss}.csv";
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        await CsvExportWriter.WriteAsync(response.Body, query.Table(), cancellationToken);
    }
}
