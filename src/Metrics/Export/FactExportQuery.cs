using System.Runtime.CompilerServices;
using Metrics.Gazetteer;
using Metrics.Queries;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Export;

/// <summary>
/// <c>rows=facts</c>: one row per canonical fact a panel counts, with its provenance (the first
/// article reporting it: title, publisher, published date, url, evidence). Rows are read from
/// SQLite as they are written, so 100,000 facts start arriving at once.
/// </summary>
public sealed class FactExportQuery(IDbContextFactory<MetricsDbContext> contextFactory, NantongGazetteer gazetteer)
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("编号", ExportCellKind.Number),
        new("区县", ExportCellKind.Text),
        new("日期", ExportCellKind.Text),
        new("日期精度", ExportCellKind.Text),
        new("阶段/会议类型", ExportCellKind.Text),
        new("主持人", ExportCellKind.Text),
        new("项目数", ExportCellKind.Number),
        new("投资额（元）", ExportCellKind.Number),
        new("投资额上限（元）", ExportCellKind.Number),
        new("金额性质", ExportCellKind.Text),
        new("外币原文", ExportCellKind.Text),
        new("项目名称", ExportCellKind.Text),
        new("审核状态", ExportCellKind.Text),
        new("报道篇数", ExportCellKind.Number),
        new("文章标题", ExportCellKind.Text),
        new("发布者", ExportCellKind.Text),
        new("发布日期", ExportCellKind.Date),
        new("网址", ExportCellKind.Text),
        new("证据原文", ExportCellKind.Text),
    ];

    /// <summary>The facts <paramref name="metric"/> counts under <paramref name="filter"/>, placed or not, earliest first.</summary>
    public ExportTable Run(Metric metric, FactFilter filter) => new(Columns, RowsAsync(metric, filter));

    private async IAsyncEnumerable<object?[]> RowsAsync(Metric metric, FactFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = FactSelection.Counted(context.Facts.AsNoTracking(), metric, filter, gazetteer)
            .OrderBy(f => f.PeriodStart).ThenBy(f => f.Id)
            .Select(f => new
            {
                f.Id,
                f.District,
                f.Date,
                f.Precision,
                f.Stage,
                f.Kind,
                f.Chair,
                f.ProjectCount,
                f.InvestmentYuan,
                f.InvestmentYuanMax,
                f.Qualifier,
                f.InvestmentOriginal,
                f.Projects,
                f.Status,
                Reports = f.Mentions.Count,
                Source = f.Mentions
                    .OrderBy(m => m.Article.Published).ThenBy(m => m.ArticleId)
                    .Select(m => new { m.Article.Title, m.Article.Publisher, m.Article.Published, m.Article.Url, m.Evidence })
                    .FirstOrDefault(),
            })
            .AsAsyncEnumerable();
        await foreach (var f in rows.WithCancellation(cancellationToken))
        {
            yield return
            [
                f.Id,
                FactSelection.ShownName(f.District, filter.Boundaries, gazetteer),
                f.Date,
                PanelWords.PrecisionName(f.Precision),
                f.Stage is { } stage ? PanelWords.StageName(stage, false) : f.Kind is { } kind ? PanelWords.KindName(kind, false) : null,
                f.Chair,
                f.ProjectCount,
                f.InvestmentYuan,
                f.InvestmentYuanMax,
                f.Qualifier is { } qualifier ? PanelWords.QualifierName(qualifier) : null,
                f.InvestmentOriginal,
                f.Projects.Count == 0 ? null : string.Join("；", f.Projects),
                PanelWords.StatusName(f.Status),
                f.Reports,
                f.Source?.Title,
                f.Source?.Publisher,
                f.Source?.Published,
                f.Source?.Url,
                f.Source?.Evidence,
            ];
        }
    }
}
