using Dashboard.Presentation.Words;
using Metrics.Export;
using Metrics.Queries;

namespace Dashboard.Presentation.Panels;

/// <summary>The two tables a panel exports: <c>rows=figures</c> (the numbers as charted) and <c>rows=facts</c>.</summary>
public static class PanelTables
{
    /// <summary>Columns of <c>rows=facts</c>, in order.</summary>
    public static IReadOnlyList<ExportColumn> FactColumns { get; } =
    [
        new("编号", ExportCellKind.Number),
        new("区县", ExportCellKind.Text),
        new("日期", ExportCellKind.Text),
        new("日期精度", ExportCellKind.Text),
        new("阶段/会议类型", ExportCellKind.Text),
        new("主持人", ExportCellKind.Text),
        new("项目数", ExportCellKind.Number),
        new("投资额（元）", ExportCellKind.Yuan),
        new("投资额（亿元）", ExportCellKind.Yi),
        new("投资额上限（元）", ExportCellKind.Yuan),
        new("金额性质", ExportCellKind.Text),
        new("外币原文", ExportCellKind.Text),
        new("项目名称", ExportCellKind.Text),
        .. UnlistedFields.Columns,
        new("审核状态", ExportCellKind.Text),
        new("置信度", ExportCellKind.Number),
        new("报道篇数", ExportCellKind.Number),
        new("文章标题", ExportCellKind.Text),
        new("发布者", ExportCellKind.Text),
        new("发布日期", ExportCellKind.Date),
        new("网址", ExportCellKind.Text),
        new("证据原文", ExportCellKind.Text),
    ];

    /// <summary>
    /// District, stage (project metrics: one row per stage, never summed across), period, value in
    /// the chart's unit (and in yuan for investment, with the lower-bound flag), facts behind it and
    /// the reviewed share of the value.
    /// </summary>
    public static ExportTable Figures(SeriesResult series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var name = FactWords.Metric(series.Metric);
        var staged = series.Metric != Metric.Meetings;
        List<ExportColumn> columns = [new("区县", ExportCellKind.Text)];
        if (staged)
        {
            columns.Add(new("阶段", ExportCellKind.Text));
        }

        columns.AddRange(
        [
            new("时期", ExportCellKind.Text),
            new($"{name}（{FigureWords.Unit(series.Metric)}）", series.Metric == Metric.Investment ? ExportCellKind.Yi : ExportCellKind.Number),
        ]);
        var investment = series.Metric == Metric.Investment;
        if (investment)
        {
            columns.Add(new($"{name}（元）", ExportCellKind.Yuan));
            columns.Add(new("含下限金额", ExportCellKind.Text));
        }

        columns.Add(new("事实数", ExportCellKind.Number));
        columns.Add(new("已审核占比", ExportCellKind.Number));
        return new ExportTable(columns, FigureRows(series, staged, investment));
    }

    /// <summary>One row per fact, with its provenance.</summary>
    public static ExportTable Facts(IAsyncEnumerable<FactExportRow> facts) => new(FactColumns, FactRows(facts));

    private static async IAsyncEnumerable<object?[]> FigureRows(SeriesResult series, bool staged, bool investment)
    {
        await Task.CompletedTask;
        foreach (var district in series.Series)
        {
            foreach (var point in district.Points)
            {
                List<object?> row = [district.District];
                if (staged)
                {
                    row.Add(district.Stage is { } stage ? FactWords.Stage(stage) : null);
                }

                row.Add(point.Period);
                // 亿元 as a decimal: a double of a small amount would print as 1E-05.
                row.Add(investment ? point.Value / 100_000_000m : point.Value);
                if (investment)
                {
                    row.AddRange([point.Value, point.LowerBound ? "是" : "否"]);
                }

                row.AddRange([point.Facts, point.ReviewedShare]);
                yield return [.. row];
            }
        }
    }

    private static async IAsyncEnumerable<object?[]> FactRows(IAsyncEnumerable<FactExportRow> facts)
    {
        await foreach (var f in facts)
        {
            yield return
            [
                f.Id,
                f.District,
                f.Date,
                FactWords.Precision(f.Precision),
                f.Stage is { } stage ? FactWords.Stage(stage) : f.Kind is { } kind ? FactWords.Kind(kind) : null,
                f.Chair,
                f.ProjectCount,
                f.InvestmentYuan,
                f.InvestmentYuan is { } yuan ? yuan / 100_000_000m : null,
                f.InvestmentYuanMax,
                f.Qualifier is { } qualifier ? FactWords.Qualifier(qualifier) : null,
                f.InvestmentOriginal,
                f.Projects.Count == 0 ? null : string.Join("；", f.Projects),
                .. UnlistedFields.Values(f),
                FactWords.Status(f.Status),
                f.Confidence,
                f.Reports,
                f.Title,
                f.Publisher,
                f.Published,
                f.Url,
                f.Evidence,
            ];
        }
    }
}
