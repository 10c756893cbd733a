using Metrics.Facts;
using Metrics.Queries;

namespace Dashboard.Components.Pages.Overview;

/// <summary>The overview's cards, in the order shown: what each counts, its name and its key.</summary>
internal static class OverviewKpis
{
    /// <summary>Years a card's trend covers, ending with the chosen year.</summary>
    public const int TrendYears = 6;

    public static IReadOnlyList<(string Key, string Title, KpiMeasure Measure)> Cards { get; } =
    [
        ("projects-signed", "签约项目", new KpiMeasure(Metric.Projects, ProjectStage.Signed)),
        ("projects-started", "开工项目", new KpiMeasure(Metric.Projects, ProjectStage.Started)),
        ("projects-completed", "竣工项目", new KpiMeasure(Metric.Projects, ProjectStage.Completed)),
        ("investment-signed", "签约项目投资", new KpiMeasure(Metric.Investment, ProjectStage.Signed)),
        ("investment-started", "开工项目投资", new KpiMeasure(Metric.Investment, ProjectStage.Started)),
        ("meetings", "会议", new KpiMeasure(Metric.Meetings, null)),
    ];
}
