namespace Metrics.Queries;

/// <summary>One figure for a year beside the previous calendar year's.</summary>
/// <param name="Value">This year's count or sum.</param>
/// <param name="Previous">The previous calendar year's.</param>
/// <param name="LowerBound">True when this year's sum holds a lower bound (超百亿).</param>
public sealed record Kpi(long Value, long Previous, bool LowerBound)
{
    /// <summary>Value minus Previous.</summary>
    public long Change => Value - Previous;

    /// <summary>The change as a share of the previous year's value; null when that was 0.</summary>
    public double? ChangeShare => Previous == 0 ? null : (double)Change / Previous;
}

/// <summary>A district's KPIs for one year: meetings, projects and investment, each against the previous year.</summary>
public sealed record DistrictKpis(string District, int Year, Kpi Meetings, Kpi Projects, Kpi Investment);
