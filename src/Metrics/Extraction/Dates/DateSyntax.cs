namespace Metrics.Extraction.Dates;

/// <summary>Where the year of a calendar expression comes from.</summary>
internal enum YearSource
{
    /// <summary>Not written: the nearest fitting year around the publication date (<c>6月29日</c>).</summary>
    Free,

    /// <summary>Written out: <c>2023年</c>, <c>二〇二三年</c>.</summary>
    Absolute,

    /// <summary>Offset from the publication year: <c>今年</c> 0, <c>去年</c> -1, <c>明年</c> +1.</summary>
    Published,

    /// <summary>Offset from the last year the text named: <c>当年</c> 0, <c>次年</c> +1.</summary>
    Anchor,

    /// <summary>
    /// The year under discussion: the last year named, else the year of the last day named,
    /// else the year being reported on (<c>全年</c>, <c>当年</c>).
    /// </summary>
    Discussed,
}

/// <summary>The year of a calendar expression: its source and the year or offset.</summary>
internal readonly record struct YearRef(YearSource Source, int Value)
{
    public static YearRef Free => new(YearSource.Free, 0);

    public static YearRef Absolute(int year) => new(YearSource.Absolute, year);
}

/// <summary>Where the month of a day or month expression comes from.</summary>
internal enum MonthSource
{
    /// <summary>The unit has no month (a year, half or quarter).</summary>
    None,

    /// <summary>Not written: the nearest fitting month around the publication date (<c>10日</c>).</summary>
    Free,

    /// <summary>Written out: <c>6月</c>, <c>六月</c>.</summary>
    Explicit,

    /// <summary>Offset from the publication month: <c>本月</c> 0, <c>上月</c> -1.</summary>
    Published,

    /// <summary>Offset from the last month the text named: <c>当月</c> 0, <c>次月</c> +1.</summary>
    Anchor,
}

/// <summary>The month of a calendar expression: its source and the month or offset.</summary>
internal readonly record struct MonthRef(MonthSource Source, int Value)
{
    public static MonthRef None => new(MonthSource.None, 0);

    public static MonthRef Free => new(MonthSource.Free, 0);

    public static MonthRef Explicit(int month) => new(MonthSource.Explicit, month);
}

/// <summary>The calendar unit an expression names.</summary>
internal enum CalendarUnit
{
    Year,
    Half,
    Quarter,
    Month,
    Day,
}

/// <summary>The part of a year, quarter or month an expression narrows to.</summary>
internal enum UnitPart
{
    /// <summary>The whole unit.</summary>
    Whole,

    /// <summary>初: <c>年初</c>, <c>3月初</c>, <c>四季度初</c>. Vague.</summary>
    Early,

    /// <summary>中: <c>年中</c>. Vague.</summary>
    Middle,

    /// <summary>底/末: <c>年底</c>, <c>月底</c>, <c>一季度末</c>. Vague.</summary>
    Late,

    /// <summary>上旬: days 1–10.</summary>
    FirstTen,

    /// <summary>中旬: days 11–20.</summary>
    MiddleTen,

    /// <summary>下旬: day 21 to the end of the month.</summary>
    LastTen,
}

/// <summary>What the scanner recognised; resolved against the publication date and the text so far.</summary>
internal abstract record DateSyntax;

/// <summary>
/// A year, half, quarter run, month run or day, with its year and month sources.
/// For quarters and months <see cref="First"/>..<see cref="Last"/> is the run
/// (<c>1至5月</c>: 1..5); for a day <see cref="First"/> is the day of the month.
/// </summary>
internal sealed record CalendarSyntax(YearRef Year, MonthRef Month, CalendarUnit Unit, int First, int Last, UnitPart Part)
    : DateSyntax;

/// <summary>A day counted from the publication date: <c>昨日</c> -1, <c>前天</c> -2.</summary>
internal sealed record RelativeDaySyntax(int Offset) : DateSyntax;

/// <summary>A day counted from the last day the text named: <c>当天</c> 0, <c>次日</c> +1.</summary>
internal sealed record AnchorDaySyntax(int Offset) : DateSyntax;

/// <summary>A weekday (1 = Monday … 7 = Sunday), in a given week (<c>上周五</c>: -1) or the nearest one (<c>周五</c>).</summary>
internal sealed record WeekdaySyntax(int? WeekOffset, int Weekday) : DateSyntax;

/// <summary>A whole week counted from the publication week: <c>本周</c> 0, <c>上周</c> -1.</summary>
internal sealed record WeekSyntax(int Offset) : DateSyntax;

/// <summary>A quarter counted from the publication quarter: <c>本季度</c> 0, <c>上季度</c> -1.</summary>
internal sealed record QuarterShiftSyntax(int Offset) : DateSyntax;

/// <summary>The last days before publication: <c>近日</c>, <c>日前</c>, <c>近期</c>.</summary>
internal sealed record RecentSyntax : DateSyntax;

/// <summary>The publication date itself, as in <c>截至目前</c>.</summary>
internal sealed record NowSyntax : DateSyntax;

/// <summary>A five-year plan period: <c>“十四五”期间</c> is plan 14.</summary>
internal sealed record PlanPeriodSyntax(int Plan) : DateSyntax;

/// <summary>The last period the text named, shifted by years: <c>去年同期</c> -1.</summary>
internal sealed record SamePeriodSyntax(int YearOffset) : DateSyntax;

/// <summary>From one date to another: <c>6月29日至30日</c>, <c>2021-2025年</c>.</summary>
internal sealed record RangeSyntax(DateSyntax From, DateSyntax To) : DateSyntax;

/// <summary>From a date up to publication: <c>今年以来</c>, <c>2011年至今</c>.</summary>
internal sealed record SinceSyntax(DateSyntax From) : DateSyntax;

/// <summary>An as-of date: <c>截至6月底</c>.</summary>
internal sealed record AsOfSyntax(DateSyntax At) : DateSyntax;

/// <summary>A target to be met by the end of a date: <c>到2025年</c>, <c>年底前</c>.</summary>
internal sealed record DeadlineSyntax(DateSyntax By) : DateSyntax;
