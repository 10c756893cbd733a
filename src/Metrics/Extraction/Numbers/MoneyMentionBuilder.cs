namespace Metrics.Extraction.Numbers;

/// <summary>
/// Turns one numeral into a <see cref="MoneyMention"/> by reading what stands around it:
/// qualifier and currency before it, currency, range partner, qualifier, rate and class after it.
/// </summary>
internal static class MoneyMentionBuilder
{
    private static readonly WordSet RangeConnectors = new(["——", "--", "—", "–", "-", "~", "〜", "至", "到"]);

    private static readonly WordSet PerPrefixes = new(["每平方米", "每年", "每亩", "每股", "每月", "每吨", "每人", "年均", "亩均", "人均"]);

    private static readonly WordSet PerUnits = new(["平方米", "年", "亩", "股", "月", "吨", "人", "天", "日", "件", "台", "套"]);

    private static readonly WordSet ClassWords = new(["量级", "级", "俱乐部"]);

    /// <summary>元 compounds that are no money: "1月1日元旦" must not read as 1 JPY.</summary>
    private static readonly WordSet YuanCompounds = new(["旦", "素", "宵", "宇宙", "帅", "首"]);

    /// <summary>Numerals stay below 1e24, so products of a bound and a scale up to this stay in decimal range.</summary>
    private const decimal Ceiling = 1e24m;

    private readonly record struct Prefix(int Start, AmountBound? Bound, string? Currency, string? Per);

    private readonly record struct CurrencyWord(string Iso, bool Generic, int End);

    /// <summary>
    /// Builds the mention around <paramref name="a"/>, or returns null when it is no money.
    /// <paramref name="floor"/> is the end of the previous mention: nothing may reach back before it.
    /// A <paramref name="bare"/> unit ("亿元" with no digit) is money only as a threshold or
    /// class, or with a qualifier: "亿元以上项目", "过亿元", "万亿元俱乐部".
    /// </summary>
    public static MoneyMention? TryBuild(string text, Numeral a, int floor, bool bare)
    {
        var afterA = TextScan.SkipSpaces(text, a.End);
        if (bare ? !MayBeBareMoney(text, a, afterA, floor) : !MayBeMoney(text, a, afterA))
        {
            return null; // most numerals in an article are dates and counts: reject them cheaply
        }

        var prefix = ReadPrefix(text, a.Start, floor, a.StartsWithPlace);
        var currencyA = ReadCurrency(text, afterA, a);

        var low = a.Low;
        var high = a.High;
        var span = a.Span;
        var coreEnd = currencyA?.End ?? a.End;
        string? iso = currencyA?.Iso;
        var generic = currencyA?.Generic ?? false;
        var isRange = false;

        if (!bare && TryReadRange(text, a, coreEnd, currencyA, prefix.Currency) is { } range)
        {
            (low, high, coreEnd, iso, generic) = range;
            span = NumberSpan.Range;
            isRange = true;
        }

        if (iso is not null && generic && prefix.Currency is not null)
        {
            iso = prefix.Currency; // "港币两千九百六十元" is HKD
        }

        iso ??= prefix.Currency;
        var implied = false;
        if (iso is null)
        {
            if (!IsImpliedYuan(text, a, coreEnd, prefix.Start))
            {
                return null;
            }

            iso = Currencies.Yuan;
            implied = true;
        }

        var end = coreEnd;
        if (generic && iso == Currencies.Yuan && !isRange && span == NumberSpan.Exact)
        {
            (low, end) = ReadJiaoFen(text, end, low);
            low = NumeralScanner.Normalize(low);
            high = low;
        }

        if (TextScan.At(text, end, "整"))
        {
            end++; // "叁仟万元整"
        }

        var afterCore = TextScan.SkipSpaces(text, end);
        var suffix = QualifierWords.SuffixAt(text, afterCore);
        if (suffix is { } s)
        {
            end = s.End;
        }

        var per = prefix.Per;
        if (end + 1 < text.Length && text[end] is '/' or '／' && PerUnits.LongestAt(text, end + 1) is { } unit)
        {
            per = unit; // "1.5亿元/年"
            end += 1 + unit.Length;
        }

        var isClass = false;
        if (suffix is null && ClassWords.LongestAt(text, end) is { } classWord)
        {
            isClass = true; // "百亿级", "万亿元俱乐部"
            end += classWord.Length;
        }

        // "百亿项目", "投资千万元": a round magnitude with no digit before it is an approximation.
        var roundMagnitude = !bare && a.StartsWithPlace && span == NumberSpan.Exact ? AmountBound.About : AmountBound.Exact;
        var bound = isRange ? AmountBound.Range
            : prefix.Bound ?? suffix?.Bound ?? (span == NumberSpan.Exact ? roundMagnitude : AmountBoundExtensions.FromSpan(span));
        decimal? max = bound.HasUpperBound() ? high : null;
        if (isClass)
        {
            bound = AmountBound.VagueSpan;
            max = IsPowerOfTen(low) ? low * 10 : null;
        }

        var start = Math.Min(prefix.Start, a.Start);
        var mention = new MoneyMention
        {
            Start = start,
            Length = end - start,
            Text = text[start..end],
            CoreText = text[a.Start..coreEnd],
            Value = low,
            Max = max,
            Currency = iso,
            IsCurrencyImplied = implied,
            Bound = bound,
            Per = per,
            IsMagnitudeClass = isClass,
        };

        var isThreshold = !isClass && AmountClassRules.IsThreshold(text, mention, prefix.Bound, suffix?.Bound);
        if (bare && prefix.Bound is null && suffix is null && !isClass && !isThreshold && !AmountClassRules.ListContinues(text, end))
        {
            return null; // "单位:个、亿元" is a column unit, not an amount
        }

        return mention with { IsThreshold = isThreshold };
    }

    /// <summary>
    /// A numeral can be money only with 万/亿, a currency or range connector after it, or a
    /// currency before it; "6月29日", "16个" and "一流" fail here without further work.
    /// </summary>
    private static bool MayBeMoney(string text, Numeral a, int afterA)
    {
        if (a.EndUnit != NumeralEnd.Plain)
        {
            return true;
        }

        if (afterA < text.Length)
        {
            var next = text[afterA];
            if (Currencies.SuffixNames.MayStartWith(next) || RangeConnectors.MayStartWith(next) || HanFold.Fold(next) is '块' or '(')
            {
                return true;
            }
        }

        var before = TextScan.SkipSpacesBack(text, a.Start);
        return before > 0 && Currencies.PrefixNames.MayEndWith(text[before - 1]);
    }

    /// <summary>
    /// A bare unit ("亿元以上项目", "过亿元") follows no numeral ("1亿亿" is an overflow, not two
    /// amounts) and is followed by a word, not by punctuation ("单位:个、亿元" is a column unit).
    /// </summary>
    private static bool MayBeBareMoney(string text, Numeral a, int afterA, int floor)
    {
        var before = TextScan.SkipSpacesBack(text, a.Start);
        if (before > floor && (NumeralScanner.CanStart(text[before - 1]) || NumeralScanner.IsBigUnit(text[before - 1])
            || TextScan.IsDigit(text[before - 1])))
        {
            return false;
        }

        var k = Currencies.SuffixNames.LongestAt(text, afterA) is { } name ? afterA + name.Length : afterA;
        return (k < text.Length && (TextScan.IsHan(text[k]) || HanFold.Fold(text[k]) == '('))
            || (before > floor && QualifierWords.PrefixEndingAt(text, before, floor, beforeBarePlace: true) is not null);
    }

    private static Prefix ReadPrefix(string text, int numberStart, int floor, bool beforeBarePlace)
    {
        var start = numberStart;
        AmountBound? bound = null;
        string? currency = null;
        string? per = null;
        for (var round = 0; round < 3; round++)
        {
            var p = Math.Max(floor, TextScan.SkipSpacesBack(text, start));
            if (currency is null && Currencies.PrefixNames.LongestEndingAt(text, p) is { } name && p - name.Length >= floor)
            {
                currency = Currencies.IsoOf(name);
                start = p - name.Length;
                continue;
            }

            if (bound is null && QualifierWords.PrefixEndingAt(text, p, floor, beforeBarePlace && round == 0) is { } q)
            {
                bound = q.Bound;
                start = q.Start;
                continue;
            }

            if (per is null && PerPrefixes.LongestEndingAt(text, p) is { } perWord && p - perWord.Length >= floor)
            {
                per = perWord.StartsWith('每') ? perWord[1..] : perWord[..1]; // 每年 → 年, 亩均 → 亩
                start = p - perWord.Length;
                continue;
            }

            break;
        }

        return new Prefix(start, bound, currency, per);
    }

    private static CurrencyWord? ReadCurrency(string text, int index, Numeral number)
    {
        if (index >= text.Length)
        {
            return null;
        }

        if (Currencies.SuffixNames.LongestAt(text, index) is { } name)
        {
            var end = index + name.Length;
            if (name.EndsWith('元') && YuanCompounds.LongestAt(text, end) is not null)
            {
                return null;
            }

            if (!Currencies.IsGeneric(name))
            {
                return new CurrencyWord(Currencies.IsoOf(name), false, end);
            }

            // "8亿元人民币", "三万元欧元", "9000元日币": the name after 元 says which 元.
            if (Currencies.SuffixNames.LongestAt(text, end) is { } specific && !Currencies.IsGeneric(specific))
            {
                return new CurrencyWord(Currencies.IsoOf(specific), false, end + specific.Length);
            }

            if (number.IsBareDigit && !TextScan.IsAsciiDigit(HanFold.Fold(text[number.Start])) && end < text.Length
                && TextScan.IsHan(text[end]) && !NumeralScanner.CanStart(text[end])
                && HanFold.Fold(text[end]) is not ('钱' or '整' or '以' or '左' or '上' or '的' or '人'))
            {
                return null; // "二元结构", "一元化": a lone Chinese digit before 元 in a word
            }

            return new CurrencyWord(Currencies.Yuan, true, end);
        }

        // 块 is money only as 块钱 (a suffix name) or before 角/毛: "十块三毛"; "3块地" is land.
        if (HanFold.Fold(text[index]) == '块' && ReadJiaoFen(text, index + 1, 0).End > index + 1)
        {
            return new CurrencyWord(Currencies.Yuan, true, index + 1);
        }

        return null;
    }

    /// <summary>"123元1角1分", "五元三毛", "50元6角三分": jiao and fen after 元.</summary>
    private static (decimal Value, int End) ReadJiaoFen(string text, int index, decimal yuan)
    {
        var value = yuan;
        var end = index;
        foreach (var (units, scale) in new[] { ("角毛", 0.1m), ("分", 0.01m) })
        {
            if (end >= text.Length || !NumeralScanner.CanStart(text[end]))
            {
                break;
            }

            var digit = NumeralScanner.Scan(text, end, lenient: true);
            if (!digit.Valid || digit.Span != NumberSpan.Exact || digit.Low is < 0 or > 9 || !digit.IsInteger
                || digit.End >= text.Length || !units.Contains(HanFold.Fold(text[digit.End])))
            {
                continue;
            }

            if (scale == 0.01m && digit.End + 1 < text.Length && HanFold.Fold(text[digit.End + 1]) is '钟' or '之' or '析' or '别')
            {
                break; // "5分钟", "3分之1"
            }

            value += digit.Low * scale;
            end = digit.End + 1;
        }

        if (end > index && TextScan.At(text, end, "钱"))
        {
            end++;
        }

        return (value, end);
    }

    /// <summary>
    /// "15亿至20亿元", "3-5亿元" (亿 also applies to 3), "两到三仟澳元" (仟 also applies to 两),
    /// "从8500到3万港元" (8500 stays 8500: 8500万 would exceed the upper bound).
    /// </summary>
    private static (decimal Low, decimal High, int End, string? Iso, bool Generic)? TryReadRange(
        string text, Numeral a, int afterA, CurrencyWord? currencyA, string? prefixCurrency)
    {
        var k = TextScan.SkipSpaces(text, afterA);
        if (TextScan.At(text, k, "(含)"))
        {
            k += 3; // "1万(含)-5万元"
        }

        k = TextScan.SkipSpaces(text, k);
        var connector = RangeConnectors.LongestAt(text, k);
        if (connector is null)
        {
            return null;
        }

        var bStart = TextScan.SkipSpaces(text, k + connector.Length);
        if (bStart >= text.Length || !NumeralScanner.CanStart(text[bStart]))
        {
            return null;
        }

        var b = NumeralScanner.Scan(text, bStart);
        if (!b.Valid)
        {
            return null;
        }

        var currencyB = ReadCurrency(text, TextScan.SkipSpaces(text, b.End), b);
        if (currencyA is { Generic: false } ca && currencyB is { Generic: false } cb && ca.Iso != cb.Iso)
        {
            return null;
        }

        var bEnd = currencyB?.End ?? b.End;
        if (currencyB is null && currencyA is null && prefixCurrency is null && !IsImpliedYuan(text, b, bEnd, a.Start))
        {
            return null;
        }

        var low = a.Low;
        if (a.EndUnit == NumeralEnd.Plain && a.Low <= Ceiling / b.Scale && a.Low * b.Scale <= b.Low)
        {
            var factor = b.Scale * (a.IsBareDigit ? b.LeadPlace : 1);
            low = a.Low * factor <= b.Low ? a.Low * factor : a.Low * b.Scale;
        }

        if (low >= b.Low)
        {
            return null;
        }

        var chosen = currencyB ?? currencyA;
        return (low, b.High, bEnd, chosen?.Iso, chosen?.Generic ?? false);
    }

    /// <summary>
    /// 元 is implied after 亿 ("超百亿", "总投资1.2亿", "一个亿") unless a unit follows
    /// ("3.2万平方米", "1亿人次"); after 万 only with a money cue before it in the clause
    /// ("亩均税收50万"), since "人口100万" is no money; and after cheque numerals ("肆佰叁拾萬").
    /// </summary>
    private static bool IsImpliedYuan(string text, Numeral number, int end, int mentionStart)
    {
        if (number.EndUnit == NumeralEnd.Plain || MeasureWords.NonMoneyUnitAt(text, TextScan.SkipSpaces(text, end)))
        {
            return false;
        }

        return number.Financial || number.EndUnit == NumeralEnd.Yi || AmountRoleClassifier.HasCueBefore(text, mentionStart);
    }

    private static bool IsPowerOfTen(decimal value)
    {
        if (value < 1)
        {
            return false;
        }

        while (value >= 10 && value % 10 == 0)
        {
            value /= 10;
        }

        return value == 1;
    }
}
