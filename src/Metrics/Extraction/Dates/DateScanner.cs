using System.Buffers;

namespace Metrics.Extraction.Dates;

/// <summary>
/// Recognises date expressions in folded text (see <see cref="DateTextFolding"/>): a
/// hand-written scanner, linear in the text, with no backtracking beyond one expression.
/// This part handles what surrounds a core date: 截至 / 自 / 到 before it, a range,
/// and 以来 / 前 / 内 / times of day after it.
/// </summary>
internal sealed partial class DateScanner(string text)
{
    // 截至目前 (a17), 截至当前…: the publication date as an as-of date.
    private static readonly string[] NowWords = ["目前", "当前", "今天", "今日", "现在", "发稿时", "发稿"];

    private static readonly string[] AsOfWords = ["截至到", "截止到", "截至", "截止"];

    // 达到, 得到, 来到, 做到…: 到 closing a verb, not "by".
    // 再到12月28日产品下线 goes on with a chronology.
    private const string VerbBeforeDao = "达得来回做受看感想遇收见提拿找办等迎再又";

    // 截至 is handled on its own; 甚至, 乃至, 以至 are not "by".
    private const string NotBeforeZhi = "截甚乃以直";

    // 10日前往上海, 年底前列: 前 opening another word is not "before".
    private const string NotAfterQian = "往来进列沿期景提夕后行台身线端面方者述锋卫瞻途程任置例科言" + "0123456789〇零一二两三四五六七八九十几半";

    // 6月1日起施行, but not 起草 / 起步 / 起诉.
    private const string NotAfterQi = "草步诉飞点源航";

    private static readonly string[] TimesOfDay =
        ["上午", "下午", "中午", "晚上", "晚间", "早上", "早晨", "凌晨", "傍晚", "夜间", "夜里", "午后", "白天", "深夜", "晚"];

    private static readonly SearchValues<char> Triggers = SearchValues.Create(
        "0123456789〇零一二两三四五六七八九十廿卅" + "截自从到至直前第" + "“\"「『‘'"
        + string.Concat(DateWords.FirstChars));

    private readonly string s = text;

    /// <summary>The next position at or after <paramref name="from"/> where a date could start, or -1.</summary>
    public int NextCandidate(int from)
    {
        var offset = s.AsSpan(from).IndexOfAny(Triggers);
        return offset < 0 ? -1 : from + offset;
    }

    /// <summary>Where to look next after no date was found at <paramref name="start"/>: past a whole number.</summary>
    public int SkipFrom(int start) => Numerals.IsNumeral(s[start]) ? Numerals.RunEnd(s, start) : start + 1;

    /// <summary>The date expression starting exactly at <paramref name="start"/>, if any.</summary>
    public DateMatch? MatchAt(int start) => s[start] switch
    {
        '截' => AsOfAt(start),
        '自' or '从' => FromAt(start),
        '到' or '至' or '直' => ByAt(start),
        _ => PlainAt(start),
    };

    private DateMatch? PlainAt(int start)
    {
        if (Core(start, rangeEnd: false) is not { } core)
        {
            return null;
        }

        var parsed = Suffixes(WithRange(core));
        return new DateMatch(parsed.Syntax, start, parsed.End, parsed.Approximate);
    }

    // 截至6月底 (D38), 截至目前 / 截止目前 (a17): an as-of date.
    private DateMatch? AsOfAt(int start)
    {
        if (FirstAt(start, AsOfWords) is not { } word)
        {
            return null;
        }

        var at = start + word.Length;
        if (FirstAt(at, NowWords) is { } now)
        {
            return new DateMatch(new AsOfSyntax(new NowSyntax()), start, at + now.Length, false);
        }

        if (Core(at, rangeEnd: false) is not { } core)
        {
            return null;
        }

        var end = IsDayLike(core.Syntax) ? TimeOfDayEnd(core.End) : core.End;
        return new DateMatch(new AsOfSyntax(core.Syntax), start, end, core.Approximate);
    }

    // 自2011年以来, 从2015年1月至12月, 从去年9月起: 自/从 belong to the date only when a
    // span follows; otherwise the date is found at the next position on its own.
    private DateMatch? FromAt(int start)
    {
        var length = StartsWith(start, "自从") ? 2 : s[start] is '自' or '从' ? 1 : 0;
        if (length == 0 || Core(start + length, rangeEnd: false) is not { } core)
        {
            return null;
        }

        var parsed = Suffixes(WithRange(core));
        return parsed.Syntax is RangeSyntax or SinceSyntax || parsed.FromHere
            ? new DateMatch(parsed.Syntax, start, parsed.End, parsed.Approximate)
            : null;
    }

    // How far back a 从 may open the chronology a clause's 到 goes on with.
    private const int FromToReach = 40;

    // 从2024年6月28日双方接洽,到7月31日签约: 到 after a clause break goes on with a 从 earlier in the sentence, a step of the story, not "by".
    private bool EndsAFromTo(int start)
    {
        if (start == 0 || s[start - 1] is not (',' or '，'))
        {
            return false;
        }

        for (var i = start - 2; i >= 0 && i >= start - FromToReach && s[i] is not ('。' or '\n' or ';' or '；'); i--)
        {
            if (s[i] is '从' or '從' or '自')
            {
                return true;
            }
        }

        return false;
    }

    // 到2025年 (D29), 至2025年底, 直到明年: a deadline.
    private DateMatch? ByAt(int start)
    {
        var length = StartsWith(start, "直到") || StartsWith(start, "直至") ? 2 : s[start] is '到' or '至' ? 1 : 0;
        if (length == 1)
        {
            var before = start > 0 ? s[start - 1] : '\0';
            var notBy = s[start] == '到' ? VerbBeforeDao : NotBeforeZhi;
            if (notBy.Contains(before, StringComparison.Ordinal) || (s[start] == '到' && EndsAFromTo(start)))
            {
                return null;
            }
        }

        if (length == 0 || Core(start + length, rangeEnd: false) is not { } core)
        {
            return null;
        }

        var parsed = Suffixes(WithRange(core));
        var syntax = parsed.Syntax is DeadlineSyntax or SinceSyntax or AsOfSyntax ? parsed.Syntax : new DeadlineSyntax(parsed.Syntax);
        return new DateMatch(syntax, start, parsed.End, parsed.Approximate);
    }

    // 6月29日至30日 (D26), 6月29日-7月2日 (D27), 2017年8月至11月: the second date takes the
    // year and month it leaves out from the first.
    private Parsed WithRange(Parsed first)
    {
        if (first.Syntax is not CalendarSyntax from || !IsSeparator(first.End, out var length))
        {
            return first;
        }

        if (Core(first.End + length, rangeEnd: true) is not { Syntax: CalendarSyntax to } second)
        {
            return first;
        }

        var inherited = to with
        {
            Year = to.Year.Source == YearSource.Free ? from.Year : to.Year,
            Month = to.Unit == CalendarUnit.Day && to.Month.Source == MonthSource.Free ? from.Month : to.Month,
        };
        if (inherited.Unit == CalendarUnit.Day && inherited.Month.Source == MonthSource.None)
        {
            return first;
        }

        return new Parsed(new RangeSyntax(from, inherited), second.End, first.Approximate || second.Approximate);
    }

    // 截至6月底,…今年已签约…29个: the as-of date written before says where the year so far ends.
    private bool IsThisYear(DateSyntax syntax, int end) =>
        syntax is CalendarSyntax { Year: { Source: YearSource.Published, Value: 0 }, Unit: CalendarUnit.Year, Month.Source: MonthSource.None }
        && end >= 2 && StartsWith(end - 2, "今年") && !AsOfBefore(end - 2);

    // How far before 今年 the 截至 of an as-of date may stand.
    private const int AsOfReach = 16;

    private bool AsOfBefore(int at)
    {
        for (var i = at - 1; i >= Math.Max(0, at - AsOfReach); i--)
        {
            if (CharAt(i) is '。' or '；' or ';' or '\n')
            {
                return false;
            }

            if (StartsWith(i, "截至") || StartsWith(i, "截止"))
            {
                return true;
            }
        }

        return false;
    }

    private Parsed Suffixes(Parsed parsed)
    {
        var syntax = parsed.Syntax;
        var end = parsed.End;
        var approximate = parsed.Approximate;
        var fromHere = false;

        // 2023年6月29日下午 (D25), 10日上午 (D37), 6月30日(周五), 2009年10月12号，星期一.
        if (IsDayLike(syntax))
        {
            end = TimeOfDayEnd(RestatedWeekdayEnd(end));
        }

        // 2020年3月左右, 中秋节前后: an estimate. 前后 must be seen before 前 (a deadline).
        if (StartsWith(end, "左右") || StartsWith(end, "前后"))
        {
            approximate = true;
            end += 2;
        }

        if (syntax is SinceSyntax or AsOfSyntax or DeadlineSyntax)
        {
            return new Parsed(syntax, end, approximate, fromHere);
        }

        // 从去年9月起, 6月1日起施行: a starting point, still dated by itself.
        if (At(end, '起') && !NotAfterQi.Contains(CharAt(end + 1), StringComparison.Ordinal))
        {
            end++;
            fromHere = true;
        }

        if (StartsWith(end, "以来") || StartsWith(end, "至今"))
        {
            // 今年以来 (D13), 自2011年以来 (b35), 2011年至今.
            syntax = new SinceSyntax(syntax);
            end += 2;
        }
        else if (IsThisYear(syntax, end) && (At(end, '已') || StartsWith(end, "累计")))
        {
            // 市北高新区今年已签约…27个, 今年累计开工…: the year so far, as 今年以来.
            syntax = new SinceSyntax(syntax);
        }
        else if (fromHere)
        {
            // 6月1日起 is a start, not a deadline.
        }
        else if (StartsWith(end, "之前") || StartsWith(end, "以前"))
        {
            syntax = new DeadlineSyntax(syntax);
            end += 2;
        }
        else if (At(end, '前') && !NotAfterQian.Contains(CharAt(end + 1), StringComparison.Ordinal))
        {
            // 年底前 (jionlp), 2025年前, 10日前完成; not 10日前往.
            syntax = new DeadlineSyntax(syntax);
            end++;
        }
        else if (IsWholeUnit(syntax) && (StartsWith(end, "以内") || StartsWith(end, "之内") || At(end, '内')))
        {
            // 今年内, 2024年内, 本月内.
            syntax = new DeadlineSyntax(syntax);
            end += At(end, '内') ? 1 : 2;
        }

        if (syntax is RangeSyntax or PlanPeriodSyntax && StartsWith(end, "期间"))
        {
            end += 2;
        }

        return new Parsed(syntax, end, approximate, fromHere);
    }

    // The weekday of the date just written, in parentheses or after a comma or space: part
    // of the same mention, not a second date.
    private int RestatedWeekdayEnd(int end)
    {
        var open = At(end, '(');
        var at = open || At(end, ',') || At(end, ' ') ? end + 1 : end;
        var lead = StartsWith(at, "星期") || StartsWith(at, "礼拜") ? 2 : At(at, '周') ? 1 : 0;
        if (lead == 0 || Weekday(at + lead, allowTian: lead == 2) < 0)
        {
            return end;
        }

        var after = at + lead + 1;
        if (open)
        {
            return At(after, ')') ? after + 1 : end;
        }

        return CharAt(after) is var c && (c < '\u4E00' || c > '\u9FFF' || WeekdayFollowers.Contains(c, StringComparison.Ordinal)) ? after : end;
    }

    // 上午, 下午9点, 晚8时30分, 18:59, 9点半.
    private int TimeOfDayEnd(int end)
    {
        var at = end;
        var period = FirstAt(at, TimesOfDay);
        if (period is not null)
        {
            at += period.Length;
        }
        else if (At(at, ' ') && Numerals.IsAsciiDigit(CharAt(at + 1)))
        {
            at++;
        }

        if (!Numerals.TryRead(s, at, out var hour) || hour.Value > 24)
        {
            return period is null ? end : at;
        }

        if (At(hour.End, ':') && Numerals.TryRead(s, hour.End + 1, out var minute) && minute.Length == 2)
        {
            var clockEnd = minute.End;
            if (At(clockEnd, ':') && Numerals.TryRead(s, clockEnd + 1, out var second) && second.Length == 2)
            {
                clockEnd = second.End;
            }

            return clockEnd;
        }

        if (!At(hour.End, '点') && !At(hour.End, '时'))
        {
            return period is null ? end : at;
        }

        at = hour.End + 1;
        if (At(at, '半'))
        {
            at++;
        }
        else if (Numerals.TryRead(s, at, out var minutes) && minutes.Value < 60 && At(minutes.End, '分'))
        {
            at = minutes.End + 1;
        }

        return At(at, '许') || At(at, '整') ? at + 1 : at;
    }

    private bool IsSeparator(int at, out int length)
    {
        length = StartsWith(at, "--") ? 2 : At(at, '至') || At(at, '到') || At(at, '-') || At(at, '~') ? 1 : 0;
        return length > 0;
    }

    private static bool IsDayLike(DateSyntax syntax) => syntax switch
    {
        CalendarSyntax c => c.Unit == CalendarUnit.Day,
        RangeSyntax r => IsDayLike(r.To),
        RelativeDaySyntax or AnchorDaySyntax or WeekdaySyntax => true,
        _ => false,
    };

    private static bool IsWholeUnit(DateSyntax syntax) =>
        syntax is CalendarSyntax { Part: UnitPart.Whole, Unit: not CalendarUnit.Day };

    private string? FirstAt(int at, string[] words)
    {
        foreach (var word in words)
        {
            if (StartsWith(at, word))
            {
                return word;
            }
        }

        return null;
    }

    private bool At(int at, char c) => at < s.Length && s[at] == c;

    private char CharAt(int at) => at < s.Length ? s[at] : '\0';

    private bool StartsWith(int at, string word) => at <= s.Length && s.AsSpan(at).StartsWith(word, StringComparison.Ordinal);

    /// <summary>A partly scanned expression and where it ends.</summary>
    private readonly record struct Parsed(DateSyntax Syntax, int End, bool Approximate = false, bool FromHere = false);
}
