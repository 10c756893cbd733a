namespace Metrics.Extraction.Numbers;

/// <summary>A currency word after a number: its ISO code, whether it is the generic 元, and where it ends.</summary>
internal readonly record struct CurrencyWord(string Iso, bool Generic, int End);

/// <summary>
/// Reads the currency after a number ("3000万美元", "8亿元人民币", "十块三毛"), jiao and fen
/// ("123元1角1分"), and decides when 元 is implied though not written ("总投资1.2亿").
/// </summary>
internal static class CurrencyReader
{
    /// <summary>元 compounds that are no money: "1月1日元旦" must not read as 1 JPY.</summary>
    private static readonly WordSet YuanCompounds = new(["旦", "素", "宵", "宇宙", "帅", "首"]);

    /// <summary>The currency word at <paramref name="index"/> right after <paramref name="number"/>, or null.</summary>
    public static CurrencyWord? Read(string text, int index, Numeral number)
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
    public static (decimal Value, int End) ReadJiaoFen(string text, int index, decimal yuan)
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
    /// 元 is implied after 亿 ("超百亿", "总投资1.2亿", "一个亿") unless a unit follows
    /// ("3.2万平方米", "1亿人次"); after 万 only with a money cue before it in the clause
    /// ("亩均税收50万"), since "人口100万" is no money; and after cheque numerals ("肆佰叁拾萬").
    /// </summary>
    public static bool IsImpliedYuan(string text, Numeral number, int end, int mentionStart)
    {
        if (number.EndUnit == NumeralEnd.Plain || MeasureWords.NonMoneyUnitAt(text, TextScan.SkipSpaces(text, end)))
        {
            return false;
        }

        return number.Financial || number.EndUnit == NumeralEnd.Yi || AmountRoleClassifier.HasCueBefore(text, mentionStart);
    }
}
