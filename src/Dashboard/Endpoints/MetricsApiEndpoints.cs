using Metrics.Gazetteer;
using Metrics.Queries;

namespace Dashboard.Endpoints;

/// <summary><c>GET /api/series</c> and <c>GET /api/facts</c> (CONTRACTS.md, HTTP).</summary>
internal static class MetricsApiEndpoints
{
    private const int DefaultPageSize = 50;

    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapGet("/series", async (HttpRequest request, SeriesQuery query, NantongGazetteer gazetteer, CancellationToken cancellationToken) =>
        {
            try
            {
                var parameters = new ApiParameters(request.Query, gazetteer);
                var metric = parameters.ReadMetric(required: true)!.Value;
                var interval = parameters.ReadInterval();
                var filter = parameters.ReadFilter(metric);
                var result = await query.RunAsync(metric, interval, filter, cancellationToken);
                return Results.Json(SeriesJson.From(result), ApiJson.Options);
            }
            catch (ApiParameterException problem)
            {
                return BadParameter(problem);
            }
        });
        api.MapGet("/facts", async (HttpRequest request, FactListQuery query, NantongGazetteer gazetteer, CancellationToken cancellationToken) =>
        {
            try
            {
                var parameters = new ApiParameters(request.Query, gazetteer);
                var metric = parameters.ReadMetric(required: false);
                var filter = parameters.ReadFilter(metric);
                var page = parameters.ReadInt("page", 1, 1, int.MaxValue / FactListQuery.MaxPageSize);
                var pageSize = parameters.ReadInt("pageSize", DefaultPageSize, 1, FactListQuery.MaxPageSize);
                return Results.Json(await query.RunAsync(metric, filter, page, pageSize, cancellationToken), ApiJson.Options);
            }
            catch (ApiParameterException problem)
            {
                return BadParameter(problem);
            }
        });
        return endpoints;
    }

    private static IResult BadParameter(ApiParameterException problem) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: $"Bad parameter '{problem.Parameter}'",
        detail: problem.Message,
        extensions: new Dictionary<string, object?> { ["parameter"] = problem.Parameter });
}
