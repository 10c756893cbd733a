using Metrics.Facts;
using Metrics.Gazetteer;

namespace Metrics.Queries;

/// <summary>KPIs per district for a calendar year, with the change against the previous calendar year.</summary>
public sealed class DistrictKpiQuery(SeriesQuery series, NantongGazetteer gazetteer)
{
    /// <summary>
    /// Every district with a figure in either year (or every requested one), in gazetteer order.
    /// The filter's own date range is replaced by the two years; its stage (signed when it names
    /// none: stages are never added together) applies to projects and investment and its kind to meetings.
    /// </summary>
    public async Task<IReadOnlyList<DistrictKpis>> RunAsync(int year, FactFilter filter, CancellationToken cancellationToken = default)
    {
        var stage = filter.Stage ?? ProjectStage.Signed;
        var years = filter with { From = new DateOnly(year - 1, 1, 1), To = new DateOnly(year, 12, 31), Stage = stage };
        var meetings = await series.RunAsync(Metric.Meetings, Interval.Year, years with { Stage = null }, cancellationToken);
        var projects = await series.RunAsync(Metric.Projects, Interval.Year, years with { Kind = null }, cancellationToken);
        var investment = await series.RunAsync(Metric.Investment, Interval.Year, years with { Kind = null }, cancellationToken);

        var districts = meetings.Series.Concat(projects.Series).Concat(investment.Series)
            .Select(s => s.District)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var order = gazetteer.AllDistricts.ToList();
        return districts
            .OrderBy(d => order.IndexOf(d) is var i and >= 0 ? i : int.MaxValue).ThenBy(d => d, StringComparer.Ordinal)
            .Select(d => new DistrictKpis(d, year, Of(meetings, d, year), Of(projects, d, year), Of(investment, d, year), stage))
            .ToArray();
    }

    private static Kpi Of(SeriesResult result, string district, int year)
    {
        var points = result.Series.FirstOrDefault(s => s.District == district)?.Points ?? [];
        var now = points.FirstOrDefault(p => p.Period == Label(year));
        var before = points.FirstOrDefault(p => p.Period == Label(year - 1));
        return new Kpi(now?.Value ?? 0, before?.Value ?? 0, now?.LowerBound ?? false, now?.ReviewedShare ?? 0);
    }

    private static string Label(int year) => year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
