
using Metrics.Facts;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// One drawn value of a metric chart, in plot coordinates, with what a tooltip and a drill-down
/// need: a bar (<see cref="Width"/> &gt; 0) or a line's marker (<see cref="Width"/> = 0).
/// </summary>
/// <param name="District">The series (district) as the series result names it.</param>
/// <param name="SeriesIndex">Index of the series in the result (with <see cref="District"/>, what <see cref="ChartPalette.HexOf"/> colours it by).</param>
/// <param name="Period">The period label (<c>2023</c>, <c>2023-Q1</c>, <c>2023-02</c>).</param>
/// <param name="X">Centre of the bar or the marker on the x axis.</param>
/// <param name="Width">Bar width in periods; 0 for a line's marker.</param>
/// <param name="Y">Top of the bar or the marker, in plotted units (亿元 for investment).</param>
/// <param name="Value">The value as counted (yuan for investment).</param>
/// <param name="LowerBound">Whether an amount in it was only a lower bound (drawn with "≥").</param>
/// <param name="Facts">How many facts it is made of.</param>
/// <param name="Base">Bottom of the bar in plotted units: above the district's earlier stages when they are stacked, else 0.</param>
/// <param name="Stage">The project stage the value counts; null for meetings.</param>
/// <param name="ReviewedShare">The part of the value (0 to 1) from facts a person checked; the rest is drawn as 未审核.</param>
public sealed record MetricChartPoint(
    string District,
    int SeriesIndex,
    string Period,
    double X,
    double Width,
    double Y,
    long Value,
    bool LowerBound,
    int Facts,
    double Base = 0,
    ProjectStage? Stage = null,
    double ReviewedShare = 0);
