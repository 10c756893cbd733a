using System.Globalization;
using Metrics.Extraction.Dates;
using Metrics.Extraction.Facts;
using Metrics.Extraction.Numbers;
using Metrics.Queries;
using Metrics.Storage;

namespace Metrics.Export;

/// <summary>
/// The words a panel explains itself with, in Chinese (default) or English: what is counted, the
/// filters, the unit. Exported images, the 说明 sheet and the embed caption all read them, so a
/// picture and its spreadsheet say the same thing.
/// </summary>
public static class PanelWords
{
    /// <summary>Yuan in one 亿 (10^8): investment is charted in 亿元.</summary>
    public const long YuanPerYi = 100_000_000;

    /// <summary>The panel's title, e.g. <c>签约项目投资额（按年）</c>.</summary>
    public static string Title(Metric metric, Interval interval, FactFilter filter, bool english = false)
    {
        var what = english
            ? (filter.Stage is { } s ? StageName(s, true) + " " : "") + (filter.Kind is { } k ? KindName(k, true) + " " : "") + MetricName(metric, true).ToLowerInvariant()
            : (filter.Stage is { } stage ? StageName(stage, false) : "") + (filter.Kind is { } kind ? KindName(kind, false) : "") + MetricName(metric, false);
        if (english)
        {
            what = char.ToUpperInvariant(what[0]) + what[1..];
        }

        return english ? $"{what} ({IntervalName(interval, true)})" : $"{what}（{IntervalName(interval, false)}）";
    }

    /// <summary>The filters in words: districts, dates, boundaries (stage and kind are in the title).</summary>
    public static string Filters(FactFilter filter, bool english = false)
    {
        var districts = filter.Districts.Count == 0
            ? (english ? "all districts" : "全部区县")
            : string.Join(english ? ", " : "、", filter.Districts);
        var range = (filter.From, filter.To) switch
        {
            (null, null) => english ? "all dates" : "全部时间",
            ({ } from, null) => english ? $"from {Iso(from)}" : $"{Iso(from)} 起",
            (null, { } to) => english ? $"until {Iso(to)}" : $"至 {Iso(to)}",
            ({ } from, { } to) => english ? $"{Iso(from)} to {Iso(to)}" : $"{Iso(from)} 至 {Iso(to)}",
        };
        var boundaries = filter.Boundaries == Boundaries.Current
            ? (english ? "current boundaries (港闸区 in 崇川区)" : "现行区划（港闸区并入崇川区）")
            : (english ? "historical boundaries" : "历史区划");
        return english ? $"{districts} · {range} · {boundaries}" : $"{districts} · {range} · {boundaries}";
    }

    /// <summary>The unit values are charted in: 亿元 for investment, 个 for projects, 次 for meetings.</summary>
    public static string Unit(Metric metric, bool english = false) => metric switch
    {
        Metric.Investment => english ? "100 million yuan (亿元)" : "亿元",
        Metric.Projects => english ? "projects" : "个",
        _ => english ? "meetings" : "次",
    };

    /// <summary>A series value as charted: yuan become 亿元, counts stay.</summary>
    public static double Charted(Metric metric, long value) =>
        metric == Metric.Investment ? (double)value / YuanPerYi : value;

    public static string MetricName(Metric metric, bool english) => metric switch
    {
        Metric.Investment => english ? "Investment" : "项目投资额",
        Metric.Projects => english ? "Projects" : "项目数",
        _ => english ? "Meetings" : "会议次数",
    };

    public static string IntervalName(Interval interval, bool english) => interval switch
    {
        Interval.Quarter => english ? "by quarter" : "按季度",
        Interval.Month => english ? "by month" : "按月",
        _ => english ? "by year" : "按年",
    };

    public static string StageName(ProjectStage stage, bool english) => stage switch
    {
        ProjectStage.Signed => english ? "signed" : "签约",
        ProjectStage.Started => english ? "started" : "开工",
        ProjectStage.Completed => english ? "completed" : "竣工",
        ProjectStage.Production => english ? "in production" : "投产",
        _ => english ? "opened" : "开业",
    };

    public static string KindName(MeetingKind kind, bool english) => kind switch
    {
        MeetingKind.StandingCommittee => english ? "standing committee" : "常委会",
        MeetingKind.GovernmentExecutive => english ? "government executive" : "政府常务会",
        MeetingKind.Plenary => english ? "plenary" : "全体会议",
        MeetingKind.Mobilization => english ? "mobilisation" : "动员大会",
        MeetingKind.WorkConference => english ? "work conference" : "工作会议",
        MeetingKind.Symposium => english ? "symposium" : "座谈会",
        MeetingKind.Commemoration => english ? "commemoration" : "纪念大会",
        MeetingKind.StudySession => english ? "study session" : "学习会",
        _ => english ? "other" : "其他会议",
    };

    public static string PrecisionName(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "日",
        DatePrecision.Month => "月",
        DatePrecision.Quarter => "季度",
        DatePrecision.Year => "年",
        _ => "不详",
    };

    public static string StatusName(FactStatus status) => status switch
    {
        FactStatus.Confirmed => "已确认",
        FactStatus.Corrected => "已更正",
        FactStatus.Rejected => "已驳回",
        FactStatus.Manual => "人工录入",
        _ => "自动提取",
    };

    public static string QualifierName(AmountQualifier qualifier) => qualifier switch
    {
        AmountQualifier.Exact => "确数",
        AmountQualifier.AtLeast => "下限（超/逾）",
        AmountQualifier.AtMost => "上限",
        AmountQualifier.Range => "区间",
        _ => "约数",
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
