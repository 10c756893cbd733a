namespace Metrics.Facts;

/// <summary>
/// How well a date mention pins its date down, in the gold schema's terms
/// (<c>precision</c>: day, month, quarter, year, unknown).
/// </summary>
public enum DatePrecision
{
    /// <summary>A single day: <c>6月29日</c>, <c>昨日</c>, <c>次日</c>.</summary>
    Day,

    /// <summary>A month or part of one: <c>去年12月</c>, <c>7月上旬</c>, <c>月底</c>, <c>今年以来</c>.</summary>
    Month,

    /// <summary>A quarter or half year: <c>二季度</c>, <c>上半年</c>, <c>年初</c>.</summary>
    Quarter,

    /// <summary>A year or more: <c>2022年</c>, <c>年内</c>, <c>“十四五”期间</c>.</summary>
    Year,

    /// <summary>No usable date: <c>近日</c>, or a relative date with no publication date or anchor.</summary>
    Unknown,
}
