
using Metrics.Facts;

namespace Metrics.Queries;

/// <summary>What a KPI counts: a metric, for projects and investment narrowed to one stage.</summary>
/// <param name="Metric">Projects, investment or meetings.</param>
/// <param name="Stage">The project stage, or null for meetings (and for every stage).</param>
public sealed record KpiMeasure(Metric Metric, ProjectStage? Stage);

/// <summary>A KPI of a selection of districts for a year, and its value in each year up to it.</summary>
/// <param name="Measure">What is counted.</param>
/// <param name="Kpi">The year's value against the previous calendar year's.</param>
/// <param name="Years">One point per calendar year, oldest first, ending with the KPI's year; years without facts are 0.</param>
public sealed record KpiTrend(KpiMeasure Measure, Kpi Kpi, IReadOnlyList<SeriesPoint> Years);
