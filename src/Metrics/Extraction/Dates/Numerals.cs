namespace Metrics.Extraction.Dates;

/// <summary>How a number was written.</summary>
internal enum NumeralKind
{
    /// <summary>ASCII digits (full-width ones are folded first): <c>2023</c>.</summary>
    Ascii,

    /// <summary>Chinese digits read one by one, as years are written: <c>二〇二三</c>.</summary>
    ChineseDigits,

    /// <summary>Chinese counting form with 十/百/千: <c>二十九</c>, <c>两千零四</c>.</summary>
    ChineseCounted,
}

/// <summary>A number read from the text.</summary>
internal readonly record struct Numeral(int Value, int Start, int End, NumeralKind Kind)
{
    public int Length => End - Start;

    public bool IsAscii => Kind == NumeralKind.Ascii;
}

/// <summary>Reads the small numbers dates are made of, in ASCII or Chinese numerals.</summary>
internal static class Numerals
{
    private const int MaxAsciiLength = 9;
    private const int MaxChineseLength = 7;

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    public static bool IsChineseNumeral(char c) => ChineseDigit(c) >= 0 || c is '十' or '百' or '千' or '廿' or '卅';

    public static bool IsNumeral(char c) => IsAsciiDigit(c) || IsChineseNumeral(c);

    /// <summary>The end of the run of numerals of the same script that starts at <paramref name="start"/>.</summary>
    public static int RunEnd(string s, int start)
    {
        var ascii = IsAsciiDigit(s[start]);
        var end = start;
        while (end < s.Length && (ascii ? IsAsciiDigit(s[end]) : IsChineseNumeral(s[end])))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Reads the whole run of numerals at <paramref name="start"/>. Fails for runs too long
    /// to be part of a date and for malformed Chinese numbers such as <c>十四五</c>.
    /// </summary>
    public static bool TryRead(string s, int start, out Numeral numeral)
    {
        numeral = default;
        if (start >= s.Length || !IsNumeral(s[start]))
        {
            return false;
        }

        var end = RunEnd(s, start);
        var span = s.AsSpan(start, end - start);
        if (IsAsciiDigit(s[start]))
        {
            if (span.Length > MaxAsciiLength)
            {
                return false;
            }

            var value = 0;
            foreach (var c in span)
            {
                value = (value * 10) + (c - '0');
            }

            numeral = new Numeral(value, start, end, NumeralKind.Ascii);
            return true;
        }

        if (span.Length > MaxChineseLength)
        {
            return false;
        }

        if (span.IndexOfAny("十百千廿卅") < 0)
        {
            var value = 0;
            foreach (var c in span)
            {
                value = (value * 10) + ChineseDigit(c);
            }

            numeral = new Numeral(value, start, end, NumeralKind.ChineseDigits);
            return true;
        }

        if (!TryReadCounted(span, out var counted))
        {
            return false;
        }

        numeral = new Numeral(counted, start, end, NumeralKind.ChineseCounted);
        return true;
    }

    /// <summary>0–9 for a Chinese digit (<c>〇</c>, <c>零</c>, <c>两</c> included), else -1.</summary>
    public static int ChineseDigit(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    // 二十九 → 29, 十二 → 12, 廿一 → 21, 两千零四 → 2004. Two digits in a row without a unit
    // between them (十四五, the five-year plan) are not a number.
    private static bool TryReadCounted(ReadOnlySpan<char> span, out int value)
    {
        value = 0;
        var pending = -1;
        foreach (var c in span)
        {
            var digit = ChineseDigit(c);
            if (digit == 0)
            {
                continue;
            }

            if (digit > 0)
            {
                if (pending >= 0)
                {
                    return false;
                }

                pending = digit;
                continue;
            }

            switch (c)
            {
                case '廿' or '卅':
                    if (pending >= 0)
                    {
                        return false;
                    }

                    value += c == '廿' ? 20 : 30;
                    break;
                default:
                    var unit = c switch { '十' => 10, '百' => 100, _ => 1000 };
                    value += (pending < 0 ? 1 : pending) * unit;
                    pending = -1;
                    break;
            }
        }

        if (pending >= 0)
        {
            value += pending;
        }

        return true;
    }
}
