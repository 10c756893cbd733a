namespace Metrics.Extraction.Numbers;

/// <summary>
/// Turns one numeral into a <see cref="MoneyMention"/> by reading what stands around it:
/// qualifier and currency before it, currency, range partner, qualifier, rate and class after it.
/// </summary>
internal static class MoneyMentionBuilder
{
    private static readonly WordSet PerPrefixes = new(["每平方米", "每年", "每亩", "每股", "每月", "每吨", "每人", "年均", "亩均", "人均"]);

    private static readonly WordSet PerUnits = new(["平方米", "年", "亩", "股", "月", "吨", "人", "天", "日", "件", "台", "套"]);

    private static readonly WordSet ClassWords = new(["量级", "级", "俱乐部"]);

    private readonly record struct Prefix(int Start, AmountBound? Bound, string? Currency, string? Per);

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
        var currencyA = CurrencyReader.Read(text, afterA, a);

        var low = a.Low;
        var high = a.High;
        var span = a.Span;
        var coreEnd = currencyA?.End ?? a.End;
        string? iso = currencyA?.Iso;
        var generic = currencyA?.Generic ?? false;
        var isRange = false;

        if (!bare && RangeReader.TryRead(text, a, coreEnd, currencyA, prefix.Currency) is { } range)
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
            if (!CurrencyReader.IsImpliedYuan(text, a, coreEnd, prefix.Start))
            {
                return null;
            }

            iso = Currencies.Yuan;
            implied = true;
        }

        var end = coreEnd;
        if (generic && iso == Currencies.Yuan && !isRange && span == NumberSpan.Exact)
        {
            (low, end) = CurrencyReader.ReadJiaoFen(text, end, low);
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
            if (Currencies.SuffixNames.MayStartWith(next) || RangeReader.MayStartWith(next) || HanFold.Fold(next) is '块' or '(')
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
