namespace Metrics.Extraction.Dates;

/// <summary>
/// The core of a date expression: numbers with 年/月/日/季度, date words, the five-year plans.
/// </summary>
internal sealed partial class DateScanner
{
    // 三个月, 每月, 第3月, 近3月, 前5月 (a run, read from 前): a month count, not a month.
    private const string NotBeforeMonth = "个每第几数多近前后上下";

    // 每10日, 近30日, 第3日, 前5日…: a day count, not a day of the month.
    private const string NotBeforeDay = "个每第几数多近前后余这该";

    // 初步, 初期, 初级, 初心, 初中…: 初 opening another word.
    private const string NotAfterChu = "步期级心次始稿衷中创";

    private const string WeekdayFollowers = "上下中晚早凌傍夜午起至到前后举召开在将即于的是这又再也还正共和及与";

    private const string OpenQuotes = "“\"「『‘'";
    private const string CloseQuotes = "”\"」』’'";

    private Parsed? Core(int at, bool rangeEnd)
    {
        if (at >= s.Length)
        {
            return null;
        }

        var c = s[at];
        if ((c == '十' || OpenQuotes.Contains(c, StringComparison.Ordinal)) && PlanPeriod(at) is { } plan)
        {
            return plan;
        }

        if (Numerals.IsNumeral(c))
        {
            // 两天后, 三日后: a word of the vocabulary that opens with a numeral.
            return Numeric(at, rangeEnd) ?? (DateWords.Match(s, at) is { } counted ? Word(counted, at) : null);
        }

        if (c == '前' && LeadingRun(at, YearRef.Free) is { } run)
        {
            return run;
        }

        if (c == '第' && OrdinalQuarter(at, YearRef.Free) is { } quarter)
        {
            return quarter;
        }

        return DateWords.Match(s, at) is { } word ? Word(word, at) : null;
    }

    private Parsed? Numeric(int at, bool rangeEnd)
    {
        // Not the tail of another number: 83.2, A1, 9:30, 12/25; but 发布时间:2025年 is a date.
        var before = at > 0 ? s[at - 1] : '\0';
        var clock = before is ':' or '/' && at > 1 && Numerals.IsAsciiDigit(s[at - 2]);
        if (Numerals.IsAsciiDigit(s[at])
                ? Numerals.IsAsciiDigit(before) || char.IsAsciiLetter(before) || before == '.' || clock
                : Numerals.IsChineseNumeral(before) || before == '第')
        {
            return null;
        }

        if (!Numerals.TryRead(s, at, out var number))
        {
            return null;
        }

        var next = number.End;
        if (number.IsAscii && number.Length == 4 && CharAt(next) is '-' or '/' or '.' && NumericDate(number) is { } date)
        {
            return date;
        }

        if (At(next, '年'))
        {
            // 2023年, 二〇二三年, 两千零四年; not 30年 (a duration) or 1990年代.
            return IsYear(number) && !At(next + 1, '代') ? AfterYear(YearRef.Absolute(number.Value), next + 1) : null;
        }

        if (At(next, '月'))
        {
            // 6月29日 (D1), 十二月; not 5个月 (the 个 stops it) or 每月.
            return number.Value is >= 1 and <= 12 && !NotBeforeMonth.Contains(before, StringComparison.Ordinal)
                ? AfterMonth(YearRef.Free, MonthRef.Explicit(number.Value), next + 1)
                : null;
        }

        if (At(next, '日') || (rangeEnd && At(next, '号')))
        {
            return StandaloneDay(number, before, next);
        }

        if (StartsWith(next, "季度"))
        {
            // 二季度 (D9), 四季度 (D10); not 三个季度.
            return number.Value is >= 1 and <= 4 && !NotBeforeMonth.Contains(before, StringComparison.Ordinal)
                ? AfterQuarter(YearRef.Free, number.Value, number.Value, next + 2)
                : null;
        }

        return IsSeparator(next, out var length) ? BareRun(number, next + length, YearRef.Free) : null;
    }

    // 10日 (D2), 28日 (D23); not 一日 (a count), 30日内 (a duration), 每10日.
    private Parsed? StandaloneDay(Numeral number, char before, int unit)
    {
        if (number.Value is < 1 or > 31
            || number.Kind == NumeralKind.ChineseDigits
            || NotBeforeDay.Contains(before, StringComparison.Ordinal)
            || StartsWith(unit + 1, "内") || StartsWith(unit + 1, "以内") || StartsWith(unit + 1, "之内"))
        {
            return null;
        }

        var day = new CalendarSyntax(YearRef.Free, MonthRef.Free, CalendarUnit.Day, number.Value, number.Value, UnitPart.Whole);
        return new Parsed(day, unit + 1);
    }

    // 2023.6.29 (D36), 2023-06-29, 2019/04/19: one separator used twice, nothing numeric after.
    private Parsed? NumericDate(Numeral year)
    {
        var separator = s[year.End];
        if (!IsYear(year)
            || !Numerals.TryRead(s, year.End + 1, out var month) || !month.IsAscii || month.Length > 2
            || !At(month.End, separator)
            || !Numerals.TryRead(s, month.End + 1, out var day) || !day.IsAscii || day.Length > 2
            || (CharAt(day.End) is '.' or '%' && Numerals.IsAsciiDigit(CharAt(day.End + 1)))
            || CharAt(day.End) is '%' or '/')
        {
            return null;
        }

        if (month.Value is < 1 or > 12 || day.Value < 1 || day.Value > DateTime.DaysInMonth(year.Value, month.Value))
        {
            return null;
        }

        var date = new CalendarSyntax(YearRef.Absolute(year.Value), MonthRef.Explicit(month.Value), CalendarUnit.Day, day.Value, day.Value, UnitPart.Whole);
        return new Parsed(date, day.End);
    }

    // 1至5月 (D32), 1-6月, 2021-2025年, 一至三季度, 29-30日.
    private Parsed? BareRun(Numeral first, int at, YearRef year)
    {
        if (!Numerals.TryRead(s, at, out var last) || last.Value <= first.Value)
        {
            return null;
        }

        var unit = last.End;
        if (At(unit, '月') && last.Value <= 12 && first.Value >= 1)
        {
            var end = At(unit + 1, '份') ? unit + 2 : unit + 1;
            return new Parsed(new CalendarSyntax(year, MonthRef.Explicit(first.Value), CalendarUnit.Month, first.Value, last.Value, UnitPart.Whole), end);
        }

        if (StartsWith(unit, "季度") && last.Value <= 4 && first.Value >= 1)
        {
            return AfterQuarter(year, first.Value, last.Value, unit + 2);
        }

        if (year.Source != YearSource.Free)
        {
            return null;
        }

        if (At(unit, '年') && IsYear(first) && IsYear(last))
        {
            var firstYear = Whole(YearRef.Absolute(first.Value));
            var lastYear = Whole(YearRef.Absolute(last.Value));
            return new Parsed(new RangeSyntax(firstYear, lastYear), unit + 1);
        }

        if ((At(unit, '日') || At(unit, '号')) && first.Value >= 1 && last.Value <= 31)
        {
            var firstDay = new CalendarSyntax(YearRef.Free, MonthRef.Free, CalendarUnit.Day, first.Value, first.Value, UnitPart.Whole);
            return new Parsed(new RangeSyntax(firstDay, firstDay with { First = last.Value, Last = last.Value }), unit + 1);
        }

        return null;
    }

    // After 2023年 / 今年 / 去年: 度, 同期, 全年, a month, a quarter, a half, a part of the year.
    private Parsed? MonthOfTheYear(YearRef year, int at) =>
        Numerals.TryRead(s, at, out var month) && At(month.End, '月') ? AfterYear(year, at) : null;

    private Parsed AfterYear(YearRef year, int at)
    {
        if (At(at, '度'))
        {
            return new Parsed(Whole(year), at + 1);
        }

        if (year.Source == YearSource.Published && StartsWith(at, "同期"))
        {
            // 去年同期 (D42, L15): mirrors the period named before it.
            return new Parsed(new SamePeriodSyntax(year.Value), at + 2);
        }

        if (StartsWith(at, "全年"))
        {
            return new Parsed(Whole(year), at + 2);
        }

        if (At(at, '前') && LeadingRun(at, year) is { } run)
        {
            return run;
        }

        if ((At(at, '第') || StartsWith(at, "首季度")) && OrdinalQuarter(at, year) is { } quarter)
        {
            return quarter;
        }

        if (StartsWith(at, "上半年") || StartsWith(at, "下半年"))
        {
            var half = new CalendarSyntax(year, MonthRef.None, CalendarUnit.Half, s[at] == '上' ? 1 : 2, s[at] == '上' ? 1 : 2, UnitPart.Whole);
            return new Parsed(half, at + 3);
        }

        var part = YearPart(at, out var partLength);
        if (part != UnitPart.Whole)
        {
            return new Parsed(new CalendarSyntax(year, MonthRef.None, CalendarUnit.Year, 0, 0, part), at + partLength);
        }

        // 去年本月十日: the month counted from publication, in the year named.
        if (at < s.Length && DateWords.Match(s, at) is { Kind: DateWordKind.Month, MonthSource: MonthSource.Published } month)
        {
            return AfterMonth(year, new MonthRef(MonthSource.Published, month.Value), at + month.Text.Length);
        }

        // 2024年元月: January, as pages name it in a year.
        if (StartsWith(at, "元月"))
        {
            return AfterMonth(year, MonthRef.Explicit(1), at + 2);
        }

        if (Numerals.TryRead(s, at, out var number))
        {
            if (At(number.End, '月') && number.Value is >= 1 and <= 12)
            {
                return AfterMonth(year, MonthRef.Explicit(number.Value), number.End + 1);
            }

            if (StartsWith(number.End, "季度") && number.Value is >= 1 and <= 4)
            {
                return AfterQuarter(year, number.Value, number.Value, number.End + 2);
            }

            if (IsSeparator(number.End, out var length) && BareRun(number, number.End + length, year) is { } months)
            {
                return months;
            }
        }

        return new Parsed(Whole(year), at);
    }

    // 年初 / 年底 / 年末 / 年中 after a year (今年年初, D6) or 初 / 底 / 末 right after 年
    // (2022年底, D34). Not 2023年中国… nor 今年初步.
    private UnitPart YearPart(int at, out int length)
    {
        length = 2;
        if (StartsWith(at, "年初"))
        {
            return UnitPart.Early;
        }

        if (StartsWith(at, "年底") || StartsWith(at, "年末"))
        {
            return UnitPart.Late;
        }

        if (StartsWith(at, "年中") && !NotAfterChu.Contains(CharAt(at + 2), StringComparison.Ordinal))
        {
            return UnitPart.Middle;
        }

        length = 1;
        if (At(at, '初') && !NotAfterChu.Contains(CharAt(at + 1), StringComparison.Ordinal))
        {
            return UnitPart.Early;
        }

        return (At(at, '底') && !At(at + 1, '线')) || At(at, '末') ? UnitPart.Late : UnitPart.Whole;
    }

    // After 6月 / 本月 / 上月: 份, a day (or a run of days), 上旬/中旬/下旬, 初/底/末.
    private Parsed AfterMonth(YearRef year, MonthRef month, int at)
    {
        if (At(at, '份'))
        {
            at++;
        }

        var single = month.Source == MonthSource.Explicit ? month.Value : 0;
        if (Numerals.TryRead(s, at, out var day) && day.Value is >= 1 and <= 31)
        {
            if (At(day.End, '日') || At(day.End, '号'))
            {
                return new Parsed(new CalendarSyntax(year, month, CalendarUnit.Day, day.Value, day.Value, UnitPart.Whole), day.End + 1);
            }

            // 2019年4月12-19日.
            if (IsSeparator(day.End, out var length) && Numerals.TryRead(s, day.End + length, out var last)
                && (At(last.End, '日') || At(last.End, '号')) && last.Value > day.Value && last.Value <= 31)
            {
                var firstDay = new CalendarSyntax(year, month, CalendarUnit.Day, day.Value, day.Value, UnitPart.Whole);
                return new Parsed(new RangeSyntax(firstDay, firstDay with { First = last.Value, Last = last.Value }), last.End + 1);
            }
        }

        var part = MonthPart(at, out var partLength);
        return new Parsed(new CalendarSyntax(year, month, CalendarUnit.Month, single, single, part), at + partLength);
    }

    // 7月上旬 (D19), 6月下旬 (D20), 3月初 (c14), 6月底 (D38), 十二月月底.
    private UnitPart MonthPart(int at, out int length)
    {
        length = 2;
        if (StartsWith(at, "上旬"))
        {
            return UnitPart.FirstTen;
        }

        if (StartsWith(at, "中旬"))
        {
            return UnitPart.MiddleTen;
        }

        if (StartsWith(at, "下旬"))
        {
            return UnitPart.LastTen;
        }

        if (StartsWith(at, "月初"))
        {
            return UnitPart.Early;
        }

        if (StartsWith(at, "月底") || StartsWith(at, "月末"))
        {
            return UnitPart.Late;
        }

        length = 1;
        if (At(at, '初') && !NotAfterChu.Contains(CharAt(at + 1), StringComparison.Ordinal))
        {
            return UnitPart.Early;
        }

        if ((At(at, '底') && !At(at + 1, '线')) || At(at, '末'))
        {
            return UnitPart.Late;
        }

        length = 0;
        return UnitPart.Whole;
    }

    // After 一季度: 末 / 初 narrow it to its last / first month (2013年一季度末).
    private Parsed AfterQuarter(YearRef year, int first, int last, int at)
    {
        var part = At(at, '末') ? UnitPart.Late : At(at, '初') && !NotAfterChu.Contains(CharAt(at + 1), StringComparison.Ordinal) ? UnitPart.Early : UnitPart.Whole;
        var quarter = new CalendarSyntax(year, MonthRef.None, CalendarUnit.Quarter, first, last, part);
        return new Parsed(quarter, part == UnitPart.Whole ? at : at + 1);
    }

    // 前三季度 (D39), 前5个月 (D33), 前两个季度: a run from the start of the year.
    private Parsed? LeadingRun(int at, YearRef year)
    {
        if (!Numerals.TryRead(s, at + 1, out var count) || count.Value < 1)
        {
            return null;
        }

        var unit = At(count.End, '个') ? count.End + 1 : count.End;
        if (At(unit, '月') && count.Value <= 12)
        {
            var months = new CalendarSyntax(year, MonthRef.Explicit(1), CalendarUnit.Month, 1, count.Value, UnitPart.Whole);
            return new Parsed(months, unit + 1);
        }

        if (StartsWith(unit, "季度") && count.Value <= 4)
        {
            return new Parsed(new CalendarSyntax(year, MonthRef.None, CalendarUnit.Quarter, 1, count.Value, UnitPart.Whole), unit + 2);
        }

        return null;
    }

    // 第一季度, 第3季度, 首季度.
    private Parsed? OrdinalQuarter(int at, YearRef year)
    {
        if (StartsWith(at, "首季度"))
        {
            return AfterQuarter(year, 1, 1, at + 3);
        }

        return Numerals.TryRead(s, at + 1, out var number) && number.Value is >= 1 and <= 4 && StartsWith(number.End, "季度")
            ? AfterQuarter(year, number.Value, number.Value, number.End + 2)
            : null;
    }

    // “十四五”期间 (D28): plan N runs five years from 1966 + 5(N-3). Only with a period word
    // after it: “十四五”规划 names the plan, 十四届 is a party congress.
    private Parsed? PlanPeriod(int at)
    {
        var j = OpenQuotes.Contains(s[at], StringComparison.Ordinal) ? at + 1 : at;
        if (!At(j, '十') || j + 2 >= s.Length || s[j + 2] != '五' || Numerals.ChineseDigit(s[j + 1]) is < 1 or > 6)
        {
            return null;
        }

        var plan = 10 + Numerals.ChineseDigit(s[j + 1]);
        var first = 1966 + (5 * (plan - 3));
        j += 3;
        if (j < s.Length && CloseQuotes.Contains(s[j], StringComparison.Ordinal))
        {
            j++;
        }

        foreach (var word in (string[])["规划期间", "规划期", "期间", "时期"])
        {
            if (StartsWith(j, word))
            {
                return new Parsed(new PlanPeriodSyntax(plan), j + word.Length);
            }
        }

        if (StartsWith(j, "以来"))
        {
            return new Parsed(new PlanPeriodSyntax(plan), j);
        }

        if (StartsWith(j, "末期") || StartsWith(j, "初期"))
        {
            return new Parsed(Whole(YearRef.Absolute(s[j] == '末' ? first + 4 : first)), j + 2, Approximate: true);
        }

        if (At(j, '末') || At(j, '初'))
        {
            return new Parsed(Whole(YearRef.Absolute(s[j] == '末' ? first + 4 : first)), j + 1, Approximate: true);
        }

        return null;
    }

    private Parsed? Word(DateWord word, int at)
    {
        var end = at + word.Text.Length;
        return word.Kind switch
        {
            // 2023年4月签约、当年8月开工: the month of the year under discussion.
            DateWordKind.Year when word.Source == YearSource.Discussed => MonthOfTheYear(new YearRef(word.Source, 0), end) ?? new Parsed(Whole(new YearRef(word.Source, 0)), end),
            DateWordKind.Year => AfterYear(new YearRef(word.Source, word.Value), end),
            DateWordKind.Month => AfterMonth(YearRef.Free, new MonthRef(word.MonthSource, word.Value), end),
            DateWordKind.Week => WeekWithDay(word.Value, end, allowTian: word.Text.EndsWith("星期", StringComparison.Ordinal) || word.Text.EndsWith("礼拜", StringComparison.Ordinal)),
            DateWordKind.Weekday => Weekday(end, allowTian: word.Text != "周") is var day and > 0
                    && (word.Text != "周" || FollowsWeekday(end + 1))
                ? new Parsed(new WeekdaySyntax(null, day), end + 1)
                : null,
            DateWordKind.RelativeDay => new Parsed(new RelativeDaySyntax(word.Value), end),
            DateWordKind.AnchorDay => new Parsed(new AnchorDaySyntax(word.Value), end),
            DateWordKind.Recent => new Parsed(new RecentSyntax(), end),
            DateWordKind.YearPart => new Parsed(new CalendarSyntax(new YearRef(YearSource.Published, 0), MonthRef.None, CalendarUnit.Year, 0, 0, word.Part), end),
            DateWordKind.WithinYear => new Parsed(new DeadlineSyntax(Whole(new YearRef(YearSource.Published, 0))), end),
            DateWordKind.MonthPart => new Parsed(new CalendarSyntax(YearRef.Free, new MonthRef(MonthSource.Published, 0), CalendarUnit.Month, 0, 0, word.Part), end),
            DateWordKind.Half => new Parsed(new CalendarSyntax(YearRef.Free, MonthRef.None, CalendarUnit.Half, word.Value, word.Value, UnitPart.Whole), end),
            DateWordKind.QuarterShift => new Parsed(new QuarterShiftSyntax(word.Value), end),
            DateWordKind.FirstQuarter => AfterQuarter(YearRef.Free, 1, 1, end),
            DateWordKind.YearsSince => new Parsed(new SinceSyntax(Whole(new YearRef(YearSource.Published, -word.Value))), end),
            _ => null,
        };
    }

    // 上周五 (D16), 下周一 (D40), 下周周六, 下个星期一, 上个礼拜天; 本周 (D18) alone is the whole week.
    private Parsed WeekWithDay(int offset, int at, bool allowTian)
    {
        var lead = StartsWith(at, "星期") || StartsWith(at, "礼拜") ? 2 : At(at, '周') ? 1 : 0;
        var day = Weekday(at + lead, allowTian: lead == 2);
        if (day < 0 && lead > 0)
        {
            lead = 0;
        }

        if (lead == 0)
        {
            day = Weekday(at, allowTian);
        }

        return day > 0
            ? new Parsed(new WeekdaySyntax(offset, day), at + lead + 1)
            : new Parsed(new WeekSyntax(offset), at);
    }

    // After a bare 周X: not a CJK character (周五,), or one that goes with a date (周五上午,
    // 周一举行, 周三起, 周日将…); 周一强 is a name.
    private bool FollowsWeekday(int at) =>
        CharAt(at) is var c && (c < '\u4E00' || c > '\u9FFF' || WeekdayFollowers.Contains(c, StringComparison.Ordinal));

    // 一 … 六, 日 (and 天 after 星期 / 礼拜) → 1 … 7; -1 when there is no weekday here.
    private int Weekday(int at, bool allowTian) => CharAt(at) switch
    {
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '日' => 7,
        '天' when allowTian => 7,
        _ => -1,
    };

    private static bool IsYear(Numeral number) =>
        number.Value is >= 1900 and <= 2100
        && (number.Kind == NumeralKind.ChineseCounted || number.Length == 4);

    private static CalendarSyntax Whole(YearRef year) =>
        new(year, MonthRef.None, CalendarUnit.Year, 0, 0, UnitPart.Whole);
}
