using System.Text.Json;
using Metrics.Export;
using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Queries;

namespace Metrics.Tests.Support;

/// <summary>Every number the queries give for a database, as comparable lines: series (from the totals and from the facts), drill-down totals, KPIs, years, export rows.</summary>
internal static class Figures
{
    public static async Task<List<string>> AllAsync(SqliteDatabase database, int year)
    {
        var gazetteer = NantongGazetteer.Load();
        var series = new SeriesQuery(database.ContextFactory, gazetteer);
        var facts = new FactListQuery(database.ContextFactory, gazetteer);
        var export = new FactExportQuery(database.ContextFactory, gazetteer);
        var lines = new List<string>();
        foreach (var metric in Enum.GetValues<Metric>())
        {
            foreach (var interval in Enum.GetValues<Interval>())
            {
                foreach (var useTotals in new[] { true, false })
                {
                    lines.Add($"series {metric} {interval} {useTotals}: {JsonSerializer.Serialize(await series.RunAsync(metric, interval, new FactFilter(), useTotals))}");
                }
            }

            lines.Add($"facts {metric}: {(await facts.RunAsync(metric, new FactFilter(), 1, FactListQuery.MaxPageSize)).Total}");
            lines.Add($"export {metric}: {string.Join(",", await export.RunAsync(metric, new FactFilter()).Select(r => r.Id).ToListAsync())}");
        }

        var page = await facts.RunAsync(null, new FactFilter(), 1, FactListQuery.MaxPageSize);
        lines.Add($"facts: {page.Total} {string.Join(",", page.Items.Select(i => i.Id))}");
        lines.Add($"kpis: {JsonSerializer.Serialize(await new DistrictKpiQuery(series, gazetteer).RunAsync(year, new FactFilter()))}");
        var trends = new KpiTrendQuery(series, database.ContextFactory);
        KpiMeasure[] measures = [new(Metric.Projects, ProjectStage.Started), new(Metric.Investment, ProjectStage.Started), new(Metric.Meetings, null)];
        lines.Add($"trends: {JsonSerializer.Serialize(await trends.RunAsync(measures, year, 3, new FactFilter()))}");
        lines.Add($"years: {string.Join(",", await trends.YearsAsync())}");
        return lines;
    }
}
