namespace Dashboard.Presentation.Charts;

/// <summary>A count for one series in one month, e.g. articles by 南通日报 in 2020-06.</summary>
/// <param name="Month">Any day of the month; only year and month are used.</param>
/// <param name="Series">The series name (publisher or source, e.g. 南通日报, 未知来源).</param>
/// <param name="Count">The count, zero or more.</param>
public sealed record MonthlySeriesCount(DateOnly Month, string Series, int Count);
