namespace Metrics.Extraction.Dates;

/// <summary>What a date word stands for.</summary>
internal enum DateWordKind
{
    /// <summary>A year (<see cref="DateWord.Source"/>, <see cref="DateWord.Value"/>); more may follow: <c>今年一季度</c>.</summary>
    Year,

    /// <summary>A month (<see cref="DateWord.MonthSource"/>, <see cref="DateWord.Value"/>); a day may follow: <c>上月28日</c>.</summary>
    Month,

    /// <summary>A week offset; a weekday may follow: <c>上周五</c>.</summary>
    Week,

    /// <summary>周/星期/礼拜 before a weekday character.</summary>
    Weekday,

    /// <summary>A day offset from publication: <c>昨日</c>.</summary>
    RelativeDay,

    /// <summary>A day offset from the last day named: <c>次日</c>.</summary>
    AnchorDay,

    /// <summary>Shortly before publication: <c>近日</c>.</summary>
    Recent,

    /// <summary>A part of the publication year: <c>年初</c>, <c>年底</c>.</summary>
    YearPart,

    /// <summary>Within the publication year: <c>年内</c>.</summary>
    WithinYear,

    /// <summary>A part of the publication month: <c>月底</c>, <c>上旬</c>.</summary>
    MonthPart,

    /// <summary>A half year with a free year: <c>上半年</c> 1.</summary>
    Half,

    /// <summary>A quarter offset from publication: <c>上季度</c> -1.</summary>
    QuarterShift,

    /// <summary>The first quarter: <c>首季度</c>.</summary>
    FirstQuarter,

    /// <summary>Since <see cref="DateWord.Value"/> years before publication, up to it: <c>近十年来</c> 10.</summary>
    YearsSince,
}

/// <summary>
/// One entry of the date vocabulary, with the neighbours that make it something else
/// (<c>担当年轻</c> is not <c>当年</c>; <c>三年内</c> is a duration, not <c>年内</c>).
/// </summary>
internal sealed record DateWord(string Text, DateWordKind Kind, int Value)
{
    public YearSource Source { get; init; } = YearSource.Published;

    public MonthSource MonthSource { get; init; } = MonthSource.Published;

    public UnitPart Part { get; init; }

    /// <summary>Characters that, just before the word, mean it is part of another word.</summary>
    public string RejectBefore { get; init; } = "";

    /// <summary>Characters that, just after the word, mean it is part of another word.</summary>
    public string RejectAfter { get; init; } = "";
}

/// <summary>The date vocabulary, one table, looked up by first character, longest word first.</summary>
internal static class DateWords
{
    private const string Digits = "0123456789〇零一二两三四五六七八九十百千廿卅";

    // 以上年产值, 之下月…: 上/下 after 以/之 belong to 以上/以下.
    private const string AfterYiZhi = "以之";

    // 相当, 应当, 担当, 适当, 正当…: 当 closing another word (担当年轻干部).
    private const string DangWords = "相应适担正充妥恰每理稳典承便得停勾上";

    // 每次, 多次, 此次, 首次, 第二次…: 次 counting occasions (此次日程).
    private const string CiWords = Digits + "每多几本该此这首上下两层";

    // 三年内 (a duration), 个月底, 新年初…: a bare part word after a count is not a date.
    private const string BareUnit = Digits + "个几多数每半新跨同当往去今明本前后这该上下近";

    // 节日前, 工作日前, 生日前: 日前 closing another word.
    private const string RiQian = Digits + "节生假作每今昨明当次同翌本平近末周终数多几白整连往旧早择吉即届逐首之工";

    // 每周一, 一周一次, 第二周: 周 counting weeks.
    private const string WeekLead = Digits + "每个几多数第上下本这";

    private static readonly DateWord[] Entries =
    [
        // Years. 今年以来 (D13), 去年12月 (D24), 今年一季度 (D11), 去年同期 (D42).
        Year("今年", 0), Year("本年", 0), Year("这一年", 0),
        Year("去年", -1), Year("上年", -1, AfterYiZhi), Year("上一年", -1, AfterYiZhi),
        // 过去一年,…全年新签约…61个 in a review published early in 2025: the year 2024.
        Year("过去一年", -1), Year("过去的一年", -1),
        // 开年以来 / 开春以来, new签约…18个: since the year's (the spring's) start, like 今年以来; 开年40天 counts days.
        new DateWord("开年", DateWordKind.Year, 0) { RejectAfter = Digits + "第头" }, new DateWord("开春", DateWordKind.Year, 0) { RejectAfter = Digits },
        Year("前年", -2, Digits + "年"), Year("明年", 1),
        // 建成后年产值…, 投产后年销售…: 后 closing a clause, 年产 opening the next word.
        new DateWord("后年", DateWordKind.Year, 2) { RejectBefore = "然之最以随此先落成产营效建用", RejectAfter = "产销营纳均周收" },
        // 当年签约、当年开工 (b47): the year the text is talking about.
        new DateWord("当年", DateWordKind.Year, 0) { Source = YearSource.Discussed, RejectBefore = DangWords },
        new DateWord("同年", DateWordKind.Year, 0) { Source = YearSource.Anchor, RejectBefore = "不共相等如", RejectAfter = "龄级代" },
        new DateWord("次年", DateWordKind.Year, 1) { Source = YearSource.Anchor, RejectBefore = CiWords },
        new DateWord("翌年", DateWordKind.Year, 1) { Source = YearSource.Anchor },
        // 全年新签约并注册项目96个 (b47, after 2023年以来): the year under discussion.
        new DateWord("全年", DateWordKind.Year, 0) { Source = YearSource.Discussed },

        // Months. 上月 (D41), 本月9日, 上个月15号, 当月.
        Month("本月", 0), Month("本月份", 0), Month("这个月", 0),
        Month("上月", -1, AfterYiZhi), Month("上个月", -1, AfterYiZhi), Month("上一个月", -1, AfterYiZhi),
        Month("下月", 1, AfterYiZhi), Month("下个月", 1, AfterYiZhi), Month("下一个月", 1, AfterYiZhi),
        new DateWord("当月", DateWordKind.Month, 0) { MonthSource = MonthSource.Anchor, RejectBefore = DangWords },
        new DateWord("同月", DateWordKind.Month, 0) { MonthSource = MonthSource.Anchor, RejectBefore = "不共相" },
        new DateWord("次月", DateWordKind.Month, 1) { MonthSource = MonthSource.Anchor, RejectBefore = CiWords },

        // Weeks. 上周五 (D16), 本周 (D18), 下周一 (D40).
        Week("本周", 0), Week("这周", 0), Week("这个星期", 0), Week("本星期", 0), Week("这个礼拜", 0),
        Week("上周", -1), Week("上星期", -1), Week("上个星期", -1), Week("上礼拜", -1), Week("上个礼拜", -1), Week("上一周", -1),
        Week("上上周", -2), Week("上上个星期", -2),
        Week("下周", 1), Week("下星期", 1), Week("下个星期", 1), Week("下礼拜", 1), Week("下个礼拜", 1), Week("下一周", 1),
        Week("下下周", 2), Week("下下个星期", 2),
        // 周五 (D17), 星期一, 礼拜日. 周 is also a surname (选举周一强同志…), so a bare 周X
        // must be followed by what follows a weekday: punctuation, a time of day, a verb.
        new DateWord("周", DateWordKind.Weekday, 0) { RejectBefore = WeekLead },
        new DateWord("星期", DateWordKind.Weekday, 0) { RejectBefore = WeekLead },
        new DateWord("礼拜", DateWordKind.Weekday, 0) { RejectBefore = WeekLead },

        // Days from publication. 昨日 (D4), 前天 (D5).
        Day("今天", 0), Day("今日", 0), Day("本日", 0), Day("今晨", 0), Day("今晚", 0), Day("今早", 0),
        Day("昨天", -1), Day("昨日", -1), Day("昨晚", -1), Day("昨晨", -1),
        Day("前天", -2, Digits), Day("大前天", -3),
        Day("明天", 1), Day("明日", 1), Day("后天", 2, "然之最以随此前先落", "气"), Day("大后天", 3),

        // Days from the last day named. 当天 (L13), 次日 (L14), 同日 (b02).
        Anchor("当天", 0, DangWords), Anchor("当日", 0, DangWords), Anchor("当晚", 0, DangWords),
        Anchor("同日", 0, "不共相", "而"), Anchor("同一天", 0, "不共相"),
        Anchor("次日", 1, CiWords), Anchor("翌日", 1), Anchor("第二天", 1), Anchor("隔天", 1), Anchor("前一天", -1), Anchor("前一日", -1),
        // 2月12日,…开工。两天后,…推进大会开幕 (da08): counted from the day named before.
        Anchor("两天后", 2), Anchor("两日后", 2), Anchor("三天后", 3), Anchor("三日后", 3), Anchor("一天后", 1),

        // Shortly before publication. 近日 (D14), 日前 (D15; c10, c11: gold date null).
        new DateWord("近日", DateWordKind.Recent, 0) { RejectAfter = "益" },
        new DateWord("日前", DateWordKind.Recent, 0) { RejectBefore = RiQian },
        new DateWord("近期", DateWordKind.Recent, 0),
        // 最近,又有5个项目落户 (db21); not 最近一次, 最近的, 距离最近.
        new DateWord("最近", DateWordKind.Recent, 0) { RejectBefore = "离距是", RejectAfter = "一二两三几的些年个次十多" },
        new DateWord("前不久", DateWordKind.Recent, 0),
        new DateWord("不久前", DateWordKind.Recent, 0),

        // Parts of the publication year and month. 年初 (D7), 年内 (D30), 月底 (D21).
        Part("年初", DateWordKind.YearPart, UnitPart.Early),
        Part("年底", DateWordKind.YearPart, UnitPart.Late),
        Part("年末", DateWordKind.YearPart, UnitPart.Late),
        Part("年内", DateWordKind.WithinYear, UnitPart.Whole),
        Part("月初", DateWordKind.MonthPart, UnitPart.Early),
        Part("月底", DateWordKind.MonthPart, UnitPart.Late),
        Part("月末", DateWordKind.MonthPart, UnitPart.Late),
        Part("上旬", DateWordKind.MonthPart, UnitPart.FirstTen),
        Part("中旬", DateWordKind.MonthPart, UnitPart.MiddleTen),
        Part("下旬", DateWordKind.MonthPart, UnitPart.LastTen),

        // Halves and quarters. 上半年 (D12), 上个季度.
        new DateWord("上半年", DateWordKind.Half, 1) { RejectBefore = AfterYiZhi },
        new DateWord("下半年", DateWordKind.Half, 2) { RejectBefore = AfterYiZhi },
        new DateWord("本季度", DateWordKind.QuarterShift, 0),
        new DateWord("这个季度", DateWordKind.QuarterShift, 0),
        new DateWord("上季度", DateWordKind.QuarterShift, -1) { RejectBefore = AfterYiZhi },
        new DateWord("上个季度", DateWordKind.QuarterShift, -1) { RejectBefore = AfterYiZhi },
        new DateWord("上一季度", DateWordKind.QuarterShift, -1) { RejectBefore = AfterYiZhi },
        new DateWord("下季度", DateWordKind.QuarterShift, 1) { RejectBefore = AfterYiZhi },
        new DateWord("下个季度", DateWordKind.QuarterShift, 1) { RejectBefore = AfterYiZhi },
        new DateWord("首季度", DateWordKind.FirstQuarter, 1),

        // 近十年来累计有540多个亿元以上产业项目落地 (de04): a summary up to publication, as 以来.
        .. YearsSince(),
    ];

    private static IEnumerable<DateWord> YearsSince()
    {
        string[] numerals = ["两", "三", "四", "五", "六", "七", "八", "九", "十"];
        for (var n = 0; n < numerals.Length; n++)
        {
            foreach (var pattern in (string[])["近{0}年来", "近{0}年以来"])
            {
                yield return new DateWord(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, numerals[n]), DateWordKind.YearsSince, n + 2);
            }

            // 五年来,崇川区累计签约…: as 近五年来. 过去五年,…累计签约 in a January work report: the years up to the last one.
            yield return new DateWord(numerals[n] + "年来", DateWordKind.YearsSince, n + 2) { RejectBefore = NumeralBefore };
            yield return new DateWord("过去" + numerals[n] + "年", DateWordKind.Year, -1) { RejectAfter = "内中里间度" };
            yield return new DateWord("过去的" + numerals[n] + "年", DateWordKind.Year, -1) { RejectAfter = "内中里间度" };
        }

        yield return new DateWord("一年来", DateWordKind.YearsSince, 1) { RejectBefore = NumeralBefore };
    }

    // 五年来, 一年来 after another numeral is part of a longer number (十五年来).
    private const string NumeralBefore = "一二两三四五六七八九十百0123456789";

    private static readonly Dictionary<char, DateWord[]> ByFirstChar = Entries
        .GroupBy(word => word.Text[0])
        .ToDictionary(group => group.Key, group => group.OrderByDescending(word => word.Text.Length).ToArray());

    /// <summary>The first characters of all words, for the scanner's quick skip.</summary>
    public static IEnumerable<char> FirstChars => ByFirstChar.Keys;

    /// <summary>The longest word at <paramref name="start"/> whose neighbours do not make it part of another word.</summary>
    public static DateWord? Match(string s, int start)
    {
        if (!ByFirstChar.TryGetValue(s[start], out var candidates))
        {
            return null;
        }

        var before = start > 0 ? s[start - 1] : '\0';
        foreach (var word in candidates)
        {
            if (!s.AsSpan(start).StartsWith(word.Text, StringComparison.Ordinal))
            {
                continue;
            }

            var end = start + word.Text.Length;
            var after = end < s.Length ? s[end] : '\0';
            if (word.RejectBefore.Contains(before, StringComparison.Ordinal)
                || word.RejectAfter.Contains(after, StringComparison.Ordinal)
                || (word.Kind == DateWordKind.AnchorDay && SameDayIdiom.IsPairAt(s, start, word.Text.Length)))
            {
                continue;
            }

            return word;
        }

        return null;
    }

    private static DateWord Year(string text, int offset, string rejectBefore = "") =>
        new(text, DateWordKind.Year, offset) { RejectBefore = rejectBefore };

    private static DateWord Month(string text, int offset, string rejectBefore = "") =>
        new(text, DateWordKind.Month, offset) { RejectBefore = rejectBefore };

    private static DateWord Week(string text, int offset) =>
        new(text, DateWordKind.Week, offset) { RejectBefore = text[0] is '上' or '下' ? AfterYiZhi : "" };

    private static DateWord Day(string text, int offset, string rejectBefore = "", string rejectAfter = "") =>
        new(text, DateWordKind.RelativeDay, offset) { RejectBefore = rejectBefore, RejectAfter = rejectAfter };

    private static DateWord Anchor(string text, int offset, string rejectBefore = "", string rejectAfter = "") =>
        new(text, DateWordKind.AnchorDay, offset) { RejectBefore = rejectBefore, RejectAfter = rejectAfter };

    private static DateWord Part(string text, DateWordKind kind, UnitPart part) =>
        new(text, kind, 0) { Part = part, RejectBefore = BareUnit };
}
