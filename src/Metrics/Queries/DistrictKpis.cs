
using Metrics.Facts;

namespace Metrics.Queries;

/// <summary>One figure for a year beside the previous calendar year's.</summary>
/// <param name="Value">This year's count or sum.</param>
/// <param name="Previous">The previous calendar year's.</param>
/// <param name="LowerBound">True when this year's sum holds a lower bound (超百亿).</param>
/// <param name="ReviewedShare">The part of this year's value (0 to 1) from facts a person confirmed, corrected or entered.</param>
public sealed record Kpi(long Value, long Previous, bool LowerBound, double ReviewedShare = 0)
{
    /// <summary>Value minus Previous.</summary>
    public long Change => Value - Previous;

    /// <summary>The change as a share of the previous year's value; null when that was 0.</summary>
    public double? ChangeShare => Previous == 0 ? null : (double)Change / Previous;
}

/// <summary>A district's KPIs for one year: meetings, projects and investment of one stage, each against the previous year.</summary>
public sealed record DistrictKpis(string District, int Year, Kpi Meetings, Kpi Projects, Kpi Investment, ProjectStage Stage);
