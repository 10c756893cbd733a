using Metrics.Facts;
using Metrics.Queries;

namespace Dashboard.Presentation.Words;

/// <summary>The words the UI and the charts use for fact types, stages, scopes, meeting kinds, metrics and review statuses, in Chinese and English.</summary>
public static class FactWords
{
    /// <summary>签约, 开工, 竣工, 投产, 开业 (signed, started, completed, production, opened).</summary>
    public static string Stage(ProjectStage stage, bool english = false) => (stage, english) switch
    {
        (ProjectStage.Signed, false) => "签约",
        (ProjectStage.Started, false) => "开工",
        (ProjectStage.Completed, false) => "竣工",
        (ProjectStage.Production, false) => "投产",
        (ProjectStage.Opened, false) => "开业",
        (ProjectStage.Signed, true) => "signed",
        (ProjectStage.Started, true) => "started",
        (ProjectStage.Completed, true) => "completed",
        (ProjectStage.Production, true) => "in production",
        (ProjectStage.Opened, true) => "opened",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    /// <summary>The meeting kind as a reader calls it (常委会会议, 政府常务会议...).</summary>
    public static string Kind(MeetingKind kind, bool english = false) => (kind, english) switch
    {
        (MeetingKind.StandingCommittee, false) => "常委会会议",
        (MeetingKind.GovernmentExecutive, false) => "政府常务会议",
        (MeetingKind.Plenary, false) => "全体会议",
        (MeetingKind.Mobilization, false) => "动员大会",
        (MeetingKind.WorkConference, false) => "工作会议",
        (MeetingKind.Symposium, false) => "座谈会",
        (MeetingKind.Commemoration, false) => "纪念表彰大会",
        (MeetingKind.StudySession, false) => "学习会",
        (MeetingKind.Other, false) => "其他会议",
        (MeetingKind.StandingCommittee, true) => "standing committee",
        (MeetingKind.GovernmentExecutive, true) => "government executive",
        (MeetingKind.Plenary, true) => "plenary",
        (MeetingKind.Mobilization, true) => "mobilization",
        (MeetingKind.WorkConference, true) => "work conference",
        (MeetingKind.Symposium, true) => "symposium",
        (MeetingKind.Commemoration, true) => "commemoration",
        (MeetingKind.StudySession, true) => "study session",
        (MeetingKind.Other, true) => "other meeting",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>项目数, 投资额, 会议数.</summary>
    public static string Metric(Metric metric, bool english = false) => (metric, english) switch
    {
        (Metrics.Queries.Metric.Projects, false) => "项目数",
        (Metrics.Queries.Metric.Investment, false) => "投资额",
        (Metrics.Queries.Metric.Meetings, false) => "会议数",
        (Metrics.Queries.Metric.Projects, true) => "Projects",
        (Metrics.Queries.Metric.Investment, true) => "Investment",
        (Metrics.Queries.Metric.Meetings, true) => "Meetings",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    /// <summary>待审核, 已确认, 已更正, 已驳回, 人工录入.</summary>
    public static string Status(FactStatus status) => status switch
    {
        FactStatus.Extracted => "待审核",
        FactStatus.Confirmed => "已确认",
        FactStatus.Corrected => "已更正",
        FactStatus.Rejected => "已驳回",
        FactStatus.Manual => "人工录入",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>会议, 项目事件.</summary>
    public static string Type(FactType type) => type switch
    {
        FactType.Meeting => "会议",
        FactType.ProjectEvent => "项目事件",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>单次事件, 期间汇总.</summary>
    public static string Scope(FactScope scope) => scope switch
    {
        FactScope.Event => "单次事件",
        FactScope.Period => "期间汇总",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    /// <summary>日, 月, 季度, 年, 不详.</summary>
    public static string Precision(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "日",
        DatePrecision.Month => "月",
        DatePrecision.Quarter => "季度",
        DatePrecision.Year => "年",
        _ => "不详",
    };

    /// <summary>确数, 下限（超/逾）, 约数, 区间, 上限.</summary>
    public static string Qualifier(AmountQualifier qualifier) => qualifier switch
    {
        AmountQualifier.Exact => "确数",
        AmountQualifier.AtLeast => "下限（超/逾）",
        AmountQualifier.AtMost => "上限",
        AmountQualifier.Range => "区间",
        _ => "约数",
    };
}
