using Metrics.Extraction.Budget;

namespace Metrics.Extraction.Numbers;

/// <summary>
/// Parses numerals in every form Nantong news writes them: Arabic with separators and
/// decimals ("1,200", "59.92", "８３.２"), Chinese ("一千二百", "二〇二三"), cheque numerals
/// ("叁仟"), mixed ("3.5万亿", "1.8亿"), colloquial ("一个亿", "两个多亿"), spans ("十几",
/// "1000多", "数十") and pairs ("两三", "七八千"). Traditional forms (億, 萬, 兩) read the same.
/// </summary>
/// <remarks>
/// Not supported, on purpose: 兆 (10^6 in mainland usage, as in 兆瓦, but 10^12 in older
/// texts), fractions (分之), dozens (打), exponents ("2e5"), "k"/"w" suffixes, and spaces
/// between the digits of one numeral ("7 万5 千"). A space before 万/亿 is accepted
/// ("213.6 億").
/// </remarks>
public static class ChineseNumber
{
    /// <summary>
    /// Parses <paramref name="text"/> as one numeral (surrounding whitespace allowed). Accepts
    /// the short forms "百三" (130) and a leading '-' that text scanning does not.
    /// </summary>
    public static bool TryParse(string? text, out NumberMatch value)
    {
        value = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var start = 0;
        while (char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var numeral = NumeralScanner.Scan(text, start, lenient: true);
        if (!numeral.Valid || numeral.End != end)
        {
            return false;
        }

        value = ToMatch(text, numeral);
        return true;
    }

    /// <summary>The numeral that starts exactly at <paramref name="start"/>, or null.</summary>
    public static NumberMatch? Match(string text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start < 0 || start >= text.Length || !NumeralScanner.CanStart(text[start]))
        {
            return null;
        }

        var numeral = NumeralScanner.Scan(text, start);
        return numeral.Valid ? ToMatch(text, numeral) : null;
    }

    /// <summary>All numerals in <paramref name="text"/>, left to right, not overlapping.</summary>
    public static IReadOnlyList<NumberMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<NumberMatch>();
        var i = 0;
        while (i < text.Length)
        {
            ExtractionBudget.Step();
            if (!NumeralScanner.CanStart(text[i]))
            {
                i++;
                continue;
            }

            var numeral = NumeralScanner.Scan(text, i);
            if (numeral.Valid)
            {
                found.Add(ToMatch(text, numeral));
            }

            i = Math.Max(i + 1, numeral.End);
        }

        return found;
    }

    private static NumberMatch ToMatch(string text, Numeral numeral) =>
        new(
            numeral.Start,
            numeral.End - numeral.Start,
            text[numeral.Start..numeral.End],
            numeral.Low,
            numeral.Span == NumberSpan.Exact ? null : numeral.High,
            numeral.Span);
}
