namespace Metrics.Queries;

/// <summary>What a series counts (CONTRACTS.md, counting rules).</summary>
public enum Metric
{
    /// <summary>Sum of project counts over project events (<c>scope = event</c>, batch members left out).</summary>
    Projects,

    /// <summary>Sum of total investment in yuan over the same events; lower bounds flagged.</summary>
    Investment,

    /// <summary>Distinct meetings.</summary>
    Meetings,
}

/// <summary>The period a series point covers.</summary>
public enum Interval
{
    Year,
    Quarter,
    Month,
}

/// <summary>Which district map the series is drawn on.</summary>
public enum Boundaries
{
    /// <summary>As the districts were at the fact's date: 港闸区 stays a series of its own until 2020.</summary>
    Historical,

    /// <summary>Today's districts: 港闸区 is rolled into 崇川区.</summary>
    Current,
}
