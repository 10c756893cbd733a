namespace Metrics.Extraction.Numbers;

/// <summary>
/// Reads a range of two amounts, distributing the unit of the upper bound to the lower one
/// when the lower one has none ("3-5亿元": 亿 also applies to 3).
/// </summary>
internal static class RangeReader
{
    private static readonly WordSet Connectors = new(["——", "--", "—", "–", "-", "~", "〜", "至", "到"]);

    /// <summary>Numerals stay below 1e24, so products of a bound and a scale up to this stay in decimal range.</summary>
    private const decimal Ceiling = 1e24m;

    /// <summary>Whether a range connector may start with <paramref name="c"/>.</summary>
    public static bool MayStartWith(char c) => Connectors.MayStartWith(c);

    /// <summary>
    /// "15亿至20亿元", "3-5亿元" (亿 also applies to 3), "两到三仟澳元" (仟 also applies to 两),
    /// "从8500到3万港元" (8500 stays 8500: 8500万 would exceed the upper bound).
    /// </summary>
    public static (decimal Low, decimal High, int End, string? Iso, bool Generic)? TryRead(
        string text, Numeral a, int afterA, CurrencyWord? currencyA, string? prefixCurrency)
    {
        var k = TextScan.SkipSpaces(text, afterA);
        if (TextScan.At(text, k, "(含)"))
        {
            k += 3; // "1万(含)-5万元"
        }

        k = TextScan.SkipSpaces(text, k);
        var connector = Connectors.LongestAt(text, k);
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

        var currencyB = CurrencyReader.Read(text, TextScan.SkipSpaces(text, b.End), b);
        if (currencyA is { Generic: false } ca && currencyB is { Generic: false } cb && ca.Iso != cb.Iso)
        {
            return null;
        }

        var bEnd = currencyB?.End ?? b.End;
        if (currencyB is null && currencyA is null && prefixCurrency is null && !CurrencyReader.IsImpliedYuan(text, b, bEnd, a.Start))
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
}
