namespace Metrics.Extraction.Dates;

/// <summary>What a recognised expression says about itself, before resolution.</summary>
internal static class DateSyntaxFacts
{
    /// <summary>Resolving needs the publication date or an earlier date in the text.</summary>
    public static bool IsRelative(DateSyntax syntax) => syntax switch
    {
        CalendarSyntax c => c.Year.Source != YearSource.Absolute || c.Month.Source is MonthSource.Free or MonthSource.Published or MonthSource.Anchor,
        RangeSyntax r => IsRelative(r.From) || IsRelative(r.To),
        AsOfSyntax a => IsRelative(a.At),
        DeadlineSyntax d => IsRelative(d.By),
        PlanPeriodSyntax => false,
        _ => true,
    };

    /// <summary>An estimate: 年初, 月底, 近日.</summary>
    public static bool IsVague(DateSyntax syntax) => syntax switch
    {
        CalendarSyntax c => c.Part is UnitPart.Early or UnitPart.Middle or UnitPart.Late,
        RangeSyntax r => IsVague(r.From) || IsVague(r.To),
        DeadlineSyntax d => IsVague(d.By),
        RecentSyntax => true,
        _ => false,
    };

    /// <summary>Whole months or more, or a span up to a point (dated by its end).</summary>
    public static bool IsPeriod(DateSyntax syntax) => syntax switch
    {
        CalendarSyntax c => c.Unit != CalendarUnit.Day && c.Part == UnitPart.Whole,
        RangeSyntax r => IsPeriod(r.From) && IsPeriod(r.To),
        SinceSyntax or AsOfSyntax or PlanPeriodSyntax or QuarterShiftSyntax or SamePeriodSyntax => true,
        _ => false,
    };

    /// <summary>The expression itself points after publication: 明天, 下周一, 明年, 下个月.</summary>
    public static bool PointsForward(DateSyntax syntax) => syntax switch
    {
        CalendarSyntax c => (c.Year.Source == YearSource.Published && c.Year.Value > 0)
            || (c.Month.Source == MonthSource.Published && c.Month.Value > 0),
        RelativeDaySyntax d => d.Offset > 0,
        WeekdaySyntax w => w.WeekOffset > 0,
        WeekSyntax w => w.Offset > 0,
        QuarterShiftSyntax q => q.Offset > 0,
        RangeSyntax r => PointsForward(r.From),
        DeadlineSyntax d => PointsForward(d.By),
        _ => false,
    };

    /// <summary>The expression names a year (2023年, 今年, 当年), so later 当年 / 全年 refer to it.</summary>
    public static bool NamesYear(DateSyntax syntax) => syntax switch
    {
        CalendarSyntax c => c.Year.Source != YearSource.Free,
        RangeSyntax r => NamesYear(r.From),
        SinceSyntax s => NamesYear(s.From),
        AsOfSyntax a => NamesYear(a.At),
        DeadlineSyntax d => NamesYear(d.By),
        _ => false,
    };
}
