namespace Dashboard.Presentation.Charts;

/// <summary>The width of one period on a timeline axis (the <c>interval</c> query parameter).</summary>
public enum PeriodInterval
{
    /// <summary>Calendar years, labelled <c>2020</c>.</summary>
    Year,

    /// <summary>Calendar quarters, labelled <c>2020-Q1</c>.</summary>
    Quarter,

    /// <summary>Calendar months, labelled <c>2020-06</c>.</summary>
    Month,
}
