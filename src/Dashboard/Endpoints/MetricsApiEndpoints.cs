using Dashboard.Presentation.Parameters;
using Metrics.Gazetteer;
using Metrics.Queries;

namespace Dashboard.Endpoints;

/// <summary><c>GET /api/series</c>, <c>GET /api/facts</c> (CONTRACTS.md, HTTP) and <c>GET /api/kpis</c>.</summary>
internal static class MetricsApiEndpoints
{
    private const int DefaultPageSize = 50;

    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapGet("/series", async (HttpRequest request, SeriesQuery query, NantongGazetteer gazetteer, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            try
            {
                var parameters = new ApiParameters(request.Query, gazetteer, clock);
                var metric = parameters.ReadMetric(required: true)!.Value;
                var interval = parameters.ReadInterval();
                var filter = parameters.ReadFilter(metric, drawnBy: interval);
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
        api.MapGet("/kpis", async (HttpRequest request, DistrictKpiQuery query, NantongGazetteer gazetteer, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            try
            {
                var parameters = new ApiParameters(request.Query, gazetteer);
                var year = parameters.ReadInt("year", clock.GetLocalNow().Year, 1901, 9999);
                var filter = parameters.ReadFilter(metric: null);
                if (filter.From is not null || filter.To is not null)
                {
                    throw ApiParameterException.Other(filter.From is not null ? "from" : "to", "KPIs cover a calendar year: give year, not from or to.", "无效：指标按自然年统计，请给 year，不要给 from 或 to。");
                }

                return Results.Json(await query.RunAsync(year, filter, cancellationToken), ApiJson.Options);
            }
            catch (ApiParameterException problem)
            {
                return BadParameter(problem);
            }
        });
        return endpoints;
    }

    /// <summary>400 with a problem body naming the parameter.</summary>
    public static IResult BadParameter(ApiParameterException problem) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: $"Bad parameter '{problem.Parameter}'",
        detail: problem.Message,
        extensions: new Dictionary<string, object?> { ["parameter"] = problem.Parameter });
}
