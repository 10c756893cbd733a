using Metrics.Queries;

namespace Metrics.Export;

/// <summary><c>rows=figures</c>: the numbers as charted, one row per district and period.</summary>
public static class FigureExport
{
    /// <summary>The table of a series: district, period, value in the chart's unit, exact value, lower-bound flag, facts behind it.</summary>
    public static ExportTable From(SeriesResult series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var unit = PanelWords.Unit(series.Metric);
        var name = PanelWords.MetricName(series.Metric, english: false);
        List<ExportColumn> columns =
        [
            new("区县", ExportCellKind.Text),
            new("时期", ExportCellKind.Text),
            new($"{name}（{unit}）", ExportCellKind.Number),
        ];
        var investment = series.Metric == Metric.Investment;
        if (investment)
        {
            columns.Add(new($"{name}（元）", ExportCellKind.Number));
            columns.Add(new("含下限金额", ExportCellKind.Text));
        }

        columns.Add(new("事实数", ExportCellKind.Number));
        return new ExportTable(columns, Rows(series, investment));
    }

    private static async IAsyncEnumerable<object?[]> Rows(SeriesResult series, bool investment)
    {
        await Task.CompletedTask;
        foreach (var district in series.Series)
        {
            foreach (var point in district.Points)
            {
                yield return investment
                    ? [district.District, point.Period, PanelWords.Charted(series.Metric, point.Value), point.Value, point.LowerBound ? "是" : "否", point.Facts]
                    : [district.District, point.Period, point.Value, point.Facts];
            }
        }
    }
}
