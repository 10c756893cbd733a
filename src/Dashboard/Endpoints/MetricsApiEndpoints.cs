using Dashboard.Presentation.Parameters;
using Metrics.Gazetteer;
using Metrics.Queries;
using Metrics.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Endpoints;

/// <summary>
/// <c>GET /api/series</c>, <c>GET /api/facts</c> (CONTRACTS.md, HTTP) and <c>GET /api/kpis</c>; a bad parameter answers 400 (<see cref="BadParameterFilter"/>).
/// Read with the panels' queries (<see cref="PanelReadContexts"/>: the read replica when one is set).
/// </summary>
internal static class MetricsApiEndpoints
{
    private const int DefaultPageSize = 50;

    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").NamesBadParameters();
        api.MapGet("/series", GetSeriesAsync);
        api.MapGet("/facts", GetFactsAsync);
        api.MapGet("/kpis", GetKpisAsync);
        return endpoints;
    }

    private static async Task<JsonHttpResult<SeriesJson>> GetSeriesAsync(
        HttpRequest request, [FromKeyedServices(PanelReadContexts.Key)] SeriesQuery query, NantongGazetteer gazetteer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var parameters = new ApiParameters(request.Query, gazetteer, clock);
        var metric = parameters.ReadMetric(required: true)!.Value;
        var interval = parameters.ReadInterval();
        var filter = parameters.ReadFilter(metric, drawnBy: interval);
        var result = await query.RunAsync(metric, interval, filter, cancellationToken);
        return TypedResults.Json(SeriesJson.From(result), ApiJson.Options);
    }

    private static async Task<JsonHttpResult<FactPage>> GetFactsAsync(
        HttpRequest request, [FromKeyedServices(PanelReadContexts.Key)] FactListQuery query, NantongGazetteer gazetteer, CancellationToken cancellationToken)
    {
        var parameters = new ApiParameters(request.Query, gazetteer);
        var metric = parameters.ReadMetric(required: false);
        var filter = parameters.ReadFilter(metric);
        var page = parameters.ReadInt("page", 1, 1, int.MaxValue / FactListQuery.MaxPageSize);
        var pageSize = parameters.ReadInt("pageSize", DefaultPageSize, 1, FactListQuery.MaxPageSize);
        return TypedResults.Json(await query.RunAsync(metric, filter, page, pageSize, cancellationToken), ApiJson.Options);
    }

    private static async Task<JsonHttpResult<IReadOnlyList<DistrictKpis>>> GetKpisAsync(
        HttpRequest request, [FromKeyedServices(PanelReadContexts.Key)] DistrictKpiQuery query, NantongGazetteer gazetteer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var parameters = new ApiParameters(request.Query, gazetteer);
        var year = parameters.ReadInt("year", clock.GetLocalNow().Year, 1901, 9999);
        var filter = parameters.ReadFilter(metric: null);
        if (filter.From is not null || filter.To is not null)
        {
            throw ApiParameterException.Other(filter.From is not null ? "from" : "to", "KPIs cover a calendar year: give year, not from or to.", "无效：指标按自然年统计，请给 year，不要给 from 或 to。");
        }

        return TypedResults.Json(await query.RunAsync(year, filter, cancellationToken), ApiJson.Options);
    }
}
