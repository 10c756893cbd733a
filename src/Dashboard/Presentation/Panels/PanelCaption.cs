using System.Globalization;
using Dashboard.Presentation.Words;
using Metrics.Export;

namespace Dashboard.Presentation.Panels;

/// <summary>
/// The lines that make an exported or embedded panel explain itself: title, filters in words with
/// the unit, and the as-of date with the source.
/// </summary>
/// <param name="Title">What is counted and by which interval: 签约项目投资额（按年）.</param>
/// <param name="Filters">Districts, dates and boundaries: 全部区县 · 全部时间 · 历史区划.</param>
/// <param name="Unit">亿元, 个 or 次.</param>
/// <param name="AsOf">数据截至 2023-06-30.</param>
/// <param name="Sources">南通日报、江海晚报等 5 篇公开报道 · 南通区县动态统计.</param>
/// <param name="English">Whether the words are English.</param>
public sealed record PanelCaption(string Title, string Filters, string Unit, string AsOf, string Sources, bool English)
{
    /// <summary>The source line: 来源：南通日报、江海晚报等 5 篇公开报道 · 南通区县动态统计.</summary>
    public string Source => English ? $"Source: {Sources}" : $"来源：{Sources}";

    /// <summary>The subtitle under the title: filters and unit.</summary>
    public string Subtitle(bool english) => english ? $"{Filters} · unit: {Unit}" : $"{Filters} · 单位：{Unit}";

    /// <summary>The foot line: as-of date and source.</summary>
    public string Footer => $"{AsOf} · {Source}";

    public static PanelCaption For(PanelRequest request, DataSource source)
    {
        var english = request.English;
        var asOf = source.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var publishers = source.Publishers.Count == 0 ? null : string.Join(english ? ", " : "、", source.Publishers);
        var sources = english
            ? $"{(publishers is null ? "" : publishers + " and others, ")}{source.Articles} published articles · 南通区县动态统计"
            : $"{(publishers is null ? "" : publishers + "等 ")}{source.Articles} 篇公开报道 · 南通区县动态统计";
        return new PanelCaption(
            PanelWords.Title(request.Metric, request.Interval, request.Filter, english),
            PanelWords.Filters(request.Filter, english),
            FigureWords.Unit(request.Metric, english),
            english ? $"Data as of {asOf ?? "(undated)"}" : $"数据截至 {asOf ?? "（无日期）"}",
            sources,
            english);
    }
}
