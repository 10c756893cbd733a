using Metrics.Facts;

namespace Metrics.Extraction.Dates;

/// <summary>
/// The dates a text has named so far, which anaphoric words refer back to:
/// <c>6月29日，…签约仪式举行。当天，…</c> (L13) — 当天 is 6月29日, not the publication date.
/// </summary>
internal sealed class DateAnchors
{
    /// <summary>The last single day named (for 当天, 次日, 同日).</summary>
    public DateOnly? Day { get; private set; }

    /// <summary>
    /// A month or part of one named after the last day (本月下旬,…签约。当天下午,…): 当天 is then
    /// only known to that month.
    /// </summary>
    public ResolvedSpan? MonthAfterDay { get; private set; }

    /// <summary>The first day of the last month named (for 当月, 次月).</summary>
    public DateOnly? Month { get; private set; }

    /// <summary>The last year written out or named relatively (for 当年, 次年, 全年).</summary>
    public int? Year { get; private set; }

    /// <summary>The last period named (for 去年同期, L15).</summary>
    public ResolvedSpan? Period { get; private set; }

    /// <summary>Takes note of a resolved mention.</summary>
    public void Observe(DateSyntax syntax, DateMention mention)
    {
        if (mention is not { RangeStart: { } start, RangeEnd: { } end })
        {
            return;
        }

        if (mention.Precision == DatePrecision.Day && !mention.IsPeriod && !mention.IsDeadline)
        {
            Day = start;
            Month = new DateOnly(start.Year, start.Month, 1);
            MonthAfterDay = null;
        }
        else if (syntax is CalendarSyntax { Unit: CalendarUnit.Month } month && month.First == month.Last)
        {
            Month = new DateOnly(start.Year, start.Month, 1);
        }

        if (mention.Precision == DatePrecision.Month && !mention.IsPeriod && !mention.IsDeadline && start.Month == end.Month && start.Year == end.Year)
        {
            MonthAfterDay = new ResolvedSpan(start, end, DatePrecision.Month);
        }

        if (DateSyntaxFacts.NamesYear(syntax))
        {
            Year = start.Year;
        }

        if (mention.IsPeriod && syntax is not SamePeriodSyntax)
        {
            Period = new ResolvedSpan(start, end, mention.Precision);
        }
    }
}
