using Metrics.Facts;

namespace Metrics.Extraction.Dates;

/// <summary>
/// Resolves recognised expressions to calendar spans from the publication date and the
/// dates named earlier in the text. A date with its year or month left out is the most
/// recent one that has begun by publication (<c>12月28日</c> published 2024-01-03 is
/// 2023-12-28, D22; <c>四季度</c> in January is last year's, D10), or the next one that has
/// not ended when the clause is future-marked (<c>将于12日</c>, L16).
/// </summary>
internal sealed class DateSyntaxResolver(DateOnly? published, DateAnchors anchors)
{
    // How far to look for a fitting year or month (2月29日 needs up to eight years).
    private const int YearsToSearch = 8;
    private const int MonthsToSearch = 24;

    /// <summary>The span of <paramref name="syntax"/>, or null when nothing anchors it.</summary>
    public ResolvedSpan? Resolve(DateSyntax syntax, bool future) => syntax switch
    {
        CalendarSyntax c => Calendar(c, future),
        RangeSyntax r => Range(r, future),
        RelativeDaySyntax d => published?.AddDays(d.Offset) is { } day ? OneDay(day) : null,
        AnchorDaySyntax d => AnchorDay(d.Offset),
        WeekdaySyntax w => Weekday(w, future),
        WeekSyntax w => Week(w.Offset),
        QuarterShiftSyntax q => published is { } pub ? CalendarSpans.Quarter((pub.Year * 4) + ((pub.Month - 1) / 3) + q.Offset) : null,
        // 近日 (D14), 日前 (D15): the week before publication; the gold leaves them undated.
        RecentSyntax => published is { } pub ? new ResolvedSpan(pub.AddDays(-7), pub, DatePrecision.Unknown) : null,
        // 截至目前: the schema dates it by the publication month.
        NowSyntax => published is { } pub ? new ResolvedSpan(pub, pub, DatePrecision.Month) : null,
        PlanPeriodSyntax p => PlanPeriod(p.Plan),
        SamePeriodSyntax p => SamePeriod(p.YearOffset),
        SinceSyntax s => Since(s, future),
        // 截至一季度末: as of the quarter's end, a summary of the quarter itself (2019-Q1), not of its last month.
        AsOfSyntax { At: CalendarSyntax { Unit: CalendarUnit.Quarter, Part: UnitPart.Late } quarter } =>
            Resolve(quarter with { Part = UnitPart.Whole }, future) is { } whole ? new ResolvedSpan(whole.End, whole.End, whole.Precision) : null,
        AsOfSyntax a => Resolve(a.At, future) is { } at ? new ResolvedSpan(at.End, at.End, at.Precision) : null,
        DeadlineSyntax d => Resolve(d.By, future),
        _ => null,
    };

    private ResolvedSpan? Calendar(CalendarSyntax c, bool future)
    {
        int? year = c.Year.Source switch
        {
            YearSource.Absolute => c.Year.Value,
            YearSource.Published => published?.Year + c.Year.Value,
            YearSource.Anchor => (anchors.Year ?? anchors.Day?.Year) + c.Year.Value,
            YearSource.Discussed => anchors.Year ?? anchors.Day?.Year ?? ReportedYear(future),
            _ => null,
        };
        if (c.Year.Source != YearSource.Free && year is null)
        {
            return null;
        }

        switch (c.Month.Source)
        {
            case MonthSource.Published:
                if (published is not { } pub)
                {
                    return null;
                }

                var shifted = new DateOnly(year ?? pub.Year, pub.Month, 1).AddMonths(c.Month.Value);
                return CalendarSpans.At(c, shifted.Year, shifted.Month);
            case MonthSource.Anchor:
                if ((anchors.Month ?? anchors.Day) is not { } anchor)
                {
                    return null;
                }

                var next = anchor.AddMonths(c.Month.Value);
                return CalendarSpans.At(c, next.Year, next.Month);
            case MonthSource.Free:
                return NearestMonth(c, year, future);
            default:
                var month = c.Month.Source == MonthSource.Explicit ? c.Month.Value : 0;
                return year is { } y ? CalendarSpans.At(c, y, month) : NearestYear(c, month, future);
        }
    }

    // 6月29日, 二季度, 上半年 without a year.
    private ResolvedSpan? NearestYear(CalendarSyntax c, int month, bool future)
    {
        if (published is not { } pub)
        {
            return null;
        }

        for (var k = 0; k <= YearsToSearch + 1; k++)
        {
            var year = future ? pub.Year - 1 + k : pub.Year + 1 - k;
            if (CalendarSpans.At(c, year, month) is { } span && (future ? span.End >= pub : span.Start <= pub))
            {
                return span;
            }
        }

        return null;
    }

    // 10日 (D2), 28日 published 2024-01-03 → 2023-12-28 (D23).
    private ResolvedSpan? NearestMonth(CalendarSyntax c, int? year, bool future)
    {
        if (published is not { } pub)
        {
            return null;
        }

        var first = new DateOnly(pub.Year, pub.Month, 1);
        for (var k = 0; k <= MonthsToSearch + 1; k++)
        {
            var month = first.AddMonths(future ? k - 1 : 1 - k);
            if (year is { } y && month.Year != y)
            {
                continue;
            }

            if (CalendarSpans.At(c, month.Year, month.Month) is { } span && (future ? span.End >= pub : span.Start <= pub))
            {
                return span;
            }
        }

        return null;
    }

    // 6月29日至30日 (D26): the end takes the start's year and month; 12月28日至1月3日 crosses
    // into the next year.
    private ResolvedSpan? Range(RangeSyntax range, bool future)
    {
        if (Resolve(range.From, future) is not { } from)
        {
            return null;
        }

        var to = range.To is CalendarSyntax c ? RangeEnd(c, from, future) : Resolve(range.To, future);
        return to is { } end ? new ResolvedSpan(from.Start, end.End, ResolvedSpan.Coarser(from.Precision, end.Precision)) : null;
    }

    private ResolvedSpan? RangeEnd(CalendarSyntax to, ResolvedSpan from, bool future)
    {
        var freeYear = to.Year.Source == YearSource.Free;
        var freeMonth = to.Month.Source == MonthSource.Free;
        var pinned = Pin(to, from.Start, freeYear, freeMonth);
        var span = Calendar(pinned, future);
        if (span is { } end && end.End < from.Start && (freeYear || freeMonth))
        {
            var later = freeMonth ? from.Start.AddMonths(1) : from.Start.AddYears(1);
            span = Calendar(Pin(to, later, freeYear, freeMonth), future);
        }

        return span;
    }

    private static CalendarSyntax Pin(CalendarSyntax to, DateOnly on, bool year, bool month) => to with
    {
        Year = year || month ? YearRef.Absolute(on.Year) : to.Year,
        Month = month ? MonthRef.Explicit(on.Month) : to.Month,
    };

    // 上周五 (D16), 下周一 (D40), 周五 (D17: the most recent Friday, or the next when future-marked).
    private ResolvedSpan? Weekday(WeekdaySyntax w, bool future)
    {
        if (published is not { } pub)
        {
            return null;
        }

        var today = DayOfWeekNumber(pub);
        var day = w.WeekOffset is { } offset
            ? pub.AddDays(1 - today + (7 * offset) + (w.Weekday - 1))
            : future
                ? pub.AddDays((w.Weekday - today + 7) % 7)
                : pub.AddDays(-((today - w.Weekday + 7) % 7));
        return OneDay(day);
    }

    // 本周 (D18): Monday to Sunday; the gold has no week, so it is known to the month when
    // the week lies in one month.
    private ResolvedSpan? Week(int offset)
    {
        if (published is not { } pub)
        {
            return null;
        }

        var monday = pub.AddDays(1 - DayOfWeekNumber(pub) + (7 * offset));
        var sunday = monday.AddDays(6);
        return new ResolvedSpan(monday, sunday, monday.Month == sunday.Month ? DatePrecision.Month : DatePrecision.Unknown);
    }

    // “十四五”期间 (D28): 2021–2025.
    private static ResolvedSpan PlanPeriod(int plan)
    {
        var first = 1966 + (5 * (plan - 3));
        return new ResolvedSpan(new DateOnly(first, 1, 1), new DateOnly(first + 4, 12, 31), DatePrecision.Year);
    }

    // 去年同期 (L15): the last period named, a year earlier; with none, the year to date a year earlier.
    private ResolvedSpan? SamePeriod(int yearOffset)
    {
        if (anchors.Period is { } period)
        {
            var end = period.End.AddYears(yearOffset);
            if (period.End.Day == DateTime.DaysInMonth(period.End.Year, period.End.Month))
            {
                end = CalendarSpans.EndOfMonth(end.Year, end.Month);
            }

            return new ResolvedSpan(period.Start.AddYears(yearOffset), end, period.Precision);
        }

        return published is { } pub
            ? new ResolvedSpan(new DateOnly(pub.Year + yearOffset, 1, 1), pub.AddYears(yearOffset), DatePrecision.Month)
            : null;
    }

    // 今年以来 (D13): from the start up to publication, dated by the publication month.
    private ResolvedSpan? Since(SinceSyntax since, bool future) =>
        published is { } pub && Resolve(since.From, future) is { } from
            ? new ResolvedSpan(from.Start, pub, DatePrecision.Month)
            : null;

    // 全年新签约并注册项目96个 published 2024-01-11 (b47) is 2023: a year-end review comes out
    // in January or February. 全年 in December (a01) and 确保全年… (future) are the current year.
    private int? ReportedYear(bool future) =>
        published is { } pub ? pub.Year - (future || pub.Month > 2 ? 0 : 1) : null;

    // 当天 after 6月29日 is that day; after 本月下旬 it is only known to the month, and 次日 not at all.
    private ResolvedSpan? AnchorDay(int offset) =>
        anchors.MonthAfterDay is { } month ? (offset == 0 ? month : null)
        : anchors.Day?.AddDays(offset) is { } day ? OneDay(day) : null;

    private static ResolvedSpan OneDay(DateOnly day) => new(day, day, DatePrecision.Day);

    private static int DayOfWeekNumber(DateOnly day) => ((int)day.DayOfWeek + 6) % 7 + 1;
}
