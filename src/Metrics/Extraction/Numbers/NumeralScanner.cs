namespace Metrics.Extraction.Numbers;

/// <summary>
/// Reads one numeral at a given offset, in one left-to-right pass with no backtracking:
/// Arabic ("1,200", "59.92", "８３.２"), Chinese ("一千二百", "二〇二三"), cheque numerals
/// ("叁仟"), mixed ("3.5万亿", "5亿1万4千6百"), colloquial ("一个亿", "两个多亿"), spans
/// ("1000多", "十几", "数十") and pairs ("两三", "七八千").
/// </summary>
/// <remarks>
/// The lower and upper bounds are accumulated side by side, so that a pair or a span needs no
/// second pass: "七八千万" carries 7 in the low and 8 in the high accumulator.
/// </remarks>
internal static partial class NumeralScanner
{
    private const int MaxIntegerDigits = 19; // fits a ulong mantissa
    private const int MaxFractionDigits = 10;
    private const decimal Ceiling = 1e24m;

    /// <summary>"二〇二三" reads positionally; a run of Chinese digits stops before it overflows.</summary>
    private const decimal MaxDigitString = 1e18m;

    private enum Kind : byte
    {
        None,
        Digit,
        Zero,
        Place,
        Big,
        More,
        Several,
        Ge,
        Point,
        Minus,
    }

    // Kind, cheque flag and value index of every BMP character, traditional forms included, so
    // that classifying a character is one array read: the scanners call this for every character.
    private static readonly decimal[] Values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000, 1e4m, 1e8m];
    private static readonly (Kind Kind, bool Financial, byte Value)[] Table = BuildTable();

    private static (Kind, bool, byte)[] BuildTable()
    {
        var table = new (Kind, bool, byte)[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var kind = ClassifyFolded(HanFold.Fold((char)c), out var value, out var financial);
            table[c] = (kind, financial, (byte)Array.IndexOf(Values, value));
        }

        return table;
    }

    /// <summary>True when a numeral may start with <paramref name="c"/>.</summary>
    public static bool CanStart(char c)
    {
        if (c is >= '0' and <= '9')
        {
            return true;
        }

        var kind = Table[c].Kind;
        return kind is Kind.Digit or Kind.Zero or Kind.Place or Kind.Several or Kind.Minus || TextScan.IsDigit(c);
    }

    /// <summary>Whether <paramref name="c"/> is 万 or 亿 (traditional forms too).</summary>
    public static bool IsBigUnit(char c) => Table[c].Kind == Kind.Big;

    private static Kind Classify(char c, out decimal value, out bool financial)
    {
        var (kind, isFinancial, index) = Table[c];
        financial = isFinancial;
        value = Values[index];
        return kind;
    }

    private static Kind ClassifyFolded(char c, out decimal value, out bool financial)
    {
        financial = false;
        value = 0;
        switch (c)
        {
            case '零' or '〇' or '○':
                return Kind.Zero;
            case '一': value = 1; return Kind.Digit;
            case '二' or '两' or '俩': value = 2; return Kind.Digit;
            case '三': value = 3; return Kind.Digit;
            case '四': value = 4; return Kind.Digit;
            case '五': value = 5; return Kind.Digit;
            case '六': value = 6; return Kind.Digit;
            case '七': value = 7; return Kind.Digit;
            case '八': value = 8; return Kind.Digit;
            case '九': value = 9; return Kind.Digit;
            case '壹': value = 1; financial = true; return Kind.Digit;
            case '贰': value = 2; financial = true; return Kind.Digit;
            case '叁' or '參': value = 3; financial = true; return Kind.Digit;
            case '肆': value = 4; financial = true; return Kind.Digit;
            case '伍': value = 5; financial = true; return Kind.Digit;
            case '陆': value = 6; financial = true; return Kind.Digit;
            case '柒': value = 7; financial = true; return Kind.Digit;
            case '捌': value = 8; financial = true; return Kind.Digit;
            case '玖': value = 9; financial = true; return Kind.Digit;
            case '十': value = 10; return Kind.Place;
            case '拾': value = 10; financial = true; return Kind.Place;
            case '百': value = 100; return Kind.Place;
            case '佰': value = 100; financial = true; return Kind.Place;
            case '千': value = 1000; return Kind.Place;
            case '仟': value = 1000; financial = true; return Kind.Place;
            case '万': value = 1e4m; return Kind.Big;
            case '亿': value = 1e8m; return Kind.Big;
            case '多' or '余': return Kind.More;
            case '几' or '数': return Kind.Several;
            case '个': return Kind.Ge;
            case '点': return Kind.Point;
            case '负': return Kind.Minus;
            default: return Kind.None;
        }
    }

    private static Kind KindAt(string text, int index) => index < text.Length ? Table[text[index]].Kind : Kind.None;

    /// <summary>
    /// Scans the longest numeral starting at <paramref name="start"/>. In strict mode (text
    /// scanning) a numeral may not start with a bare 百/千 unless a 万/亿 follows ("百亿" yes,
    /// "千方百计" no), and a lone cheque digit is not a numeral ("入伍", "陆地"); lenient mode
    /// (whole-string parsing) accepts "百三" and a leading '-'.
    /// </summary>
    public static Numeral Scan(string text, int start, bool lenient = false)
    {
        var s = new State(start);
        var i = start;
        var n = text.Length;

        if (i < n && (HanFold.Fold(text[i]) == '负' || (lenient && HanFold.Fold(text[i]) == '-')))
        {
            if (i + 1 < n && (TextScan.IsDigit(text[i + 1]) || KindAt(text, i + 1) is Kind.Digit or Kind.Zero or Kind.Place))
            {
                // The body starts empty after 负: 零 and a bare place read as they would at the start
                // ("负零", "负十"); with End left on 负, a scan that took nothing ended before it began.
                s.Negative = true;
                i++;
                s.BodyStart = i;
                s.End = i;
            }
            else
            {
                return Numeral.Invalid(start, i + 1);
            }
        }

        while (i < n)
        {
            var c = HanFold.Fold(text[i]);

            if (TextScan.IsAsciiDigit(c))
            {
                if (s.Script == 2 || s.HasCur || s.Last == Kind.More)
                {
                    break;
                }

                var arabic = ReadArabic(text, i);
                if (!arabic.Valid)
                {
                    if (s.End == s.BodyStart)
                    {
                        return Numeral.Invalid(start, arabic.End);
                    }

                    break;
                }

                s.SetCur(arabic.Value, arabic.Value, singleChinese: false);
                s.CurDecimal = !arabic.IsInteger;
                s.Script = 1;
                s.OnDigitToken(arabic.IsInteger && arabic.Value < 10);
                i = arabic.End;
                s.End = i;
                continue;
            }

            if (TextScan.IsInlineSpace(text[i]) && s.HasValue && SpaceBeforeBigUnit(text, i, out var after))
            {
                // "約 213.6 億元", "二十 億": a space before the unit belongs to the numeral.
                i = after;
                continue;
            }

            var kind = Classify(text[i], out var v, out var financial);
            var accepted = kind switch
            {
                Kind.Digit => s.Digit(v, financial, NextIsChineseDigit(text, i + 1)),
                Kind.Zero => s.Zero(),
                Kind.Place => s.Place(v, financial),
                Kind.Big => s.Big(v, c == '亿'),
                Kind.More => s.More(),
                Kind.Several => s.Several(c == '数', KindAt(text, i + 1), GeThenYi(text, i + 1)),
                Kind.Ge => s.HasValue && s.Last == Kind.Digit && GeThenYi(text, i),
                Kind.Point => s.CanTakeChinesePoint && KindAt(text, i + 1) is Kind.Digit or Kind.Zero,
                _ => false,
            };

            if (!accepted)
            {
                break;
            }

            if (kind == Kind.Point)
            {
                i = ReadChineseFraction(text, i + 1, ref s);
                s.End = i;
                continue;
            }

            i++;
            s.End = i;
        }

        return s.Finish(lenient);
    }

    private static bool NextIsChineseDigit(string text, int index) => KindAt(text, index) is Kind.Digit or Kind.Zero;

    /// <summary>
    /// "一个亿", "两个多亿", "几个亿": 个 is part of the numeral only before (多|余)?亿, and not
    /// before 亿元 ("32个亿元以上产业项目" counts 32 projects of at least 1亿元 each).
    /// </summary>
    private static bool GeThenYi(string text, int geIndex)
    {
        if (KindAt(text, geIndex) != Kind.Ge)
        {
            return false;
        }

        var j = geIndex + 1;
        var more = KindAt(text, j) == Kind.More;
        if (more)
        {
            j++;
        }

        return j < text.Length && HanFold.Fold(text[j]) == '亿'
            && (more || j + 1 >= text.Length || HanFold.Fold(text[j + 1]) != '元');
    }

    private static bool SpaceBeforeBigUnit(string text, int index, out int after)
    {
        after = TextScan.SkipSpaces(text, index);
        if (after >= text.Length)
        {
            return false;
        }

        var next = KindAt(text, after);
        return next == Kind.Big || (next == Kind.More && KindAt(text, after + 1) == Kind.Big);
    }

    private static int ReadChineseFraction(string text, int index, ref State s)
    {
        decimal fraction = 0;
        decimal scale = 0.1m;
        var digits = 0;
        while (index < text.Length)
        {
            var kind = Classify(text[index], out var d, out _);
            if (kind is not (Kind.Digit or Kind.Zero))
            {
                break;
            }

            if (digits < MaxFractionDigits)
            {
                fraction += d * scale;
                scale /= 10;
            }

            digits++;
            index++;
        }

        s.AddFraction(fraction);
        return index;
    }

    private readonly record struct Arabic(bool Valid, decimal Value, bool IsInteger, int End);

    /// <summary>
    /// Reads "1,200", "59.92", "８３.２", "233,333，333,434.344". A full-width comma between
    /// ASCII digits is a thousands separator only in a number with a decimal part ("82，225.00")
    /// because in "$20，300美圆" it separates two prices.
    /// </summary>
    private static Arabic ReadArabic(string text, int i)
    {
        var n = text.Length;
        var j = i;
        ulong mantissa = 0; // up to 19 digits; the decimal is built once at the end
        var intDigits = 0;
        var fullWidthDigits = false;

        while (j < n && TextScan.IsDigit(text[j]))
        {
            fullWidthDigits |= text[j] >= '０';
            if (intDigits < MaxIntegerDigits)
            {
                mantissa = (mantissa * 10) + (ulong)(HanFold.Fold(text[j]) - '0');
            }

            intDigits++;
            j++;
        }

        if (intDigits > MaxIntegerDigits)
        {
            // Order numbers and runs of digits are not amounts; skip the whole run at once.
            while (j < n && (TextScan.IsDigit(text[j]) || text[j] is ',' or '.'))
            {
                j++;
            }

            return new Arabic(false, 0, true, j);
        }

        var firstGroup = intDigits;
        var revertEnd = -1;
        ulong revertMantissa = 0;
        while (firstGroup <= 3 && j < n && IsSeparator(text[j]) && ThreeDigitsAt(text, j + 1)
               && (j + 4 >= n || !TextScan.IsDigit(text[j + 4])) && intDigits + 3 <= MaxIntegerDigits)
        {
            if (text[j] == '，' && !fullWidthDigits && revertEnd < 0)
            {
                revertEnd = j;
                revertMantissa = mantissa;
            }

            for (var k = 1; k <= 3; k++)
            {
                mantissa = (mantissa * 10) + (ulong)(HanFold.Fold(text[j + k]) - '0');
            }

            intDigits += 3;
            j += 4;
        }

        byte scale = 0;
        if (j + 1 < n && HanFold.Fold(text[j]) == '.' && TextScan.IsDigit(text[j + 1]))
        {
            j++;
            while (j < n && TextScan.IsDigit(text[j]))
            {
                if (scale < MaxFractionDigits && intDigits + scale < MaxIntegerDigits)
                {
                    mantissa = (mantissa * 10) + (ulong)(HanFold.Fold(text[j]) - '0');
                    scale++;
                }

                j++;
            }
        }
        else if (revertEnd >= 0)
        {
            return new Arabic(true, ToDecimal(revertMantissa, 0), true, revertEnd);
        }

        var value = ToDecimal(mantissa, scale);
        return new Arabic(true, value, value == decimal.Truncate(value), j);
    }

    private static decimal ToDecimal(ulong mantissa, byte scale) =>
        new((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, false, scale);

    private static bool IsSeparator(char c) => c is ',' or '，';

    private static bool ThreeDigitsAt(string text, int index) =>
        index + 3 <= text.Length && TextScan.IsDigit(text[index]) && TextScan.IsDigit(text[index + 1]) && TextScan.IsDigit(text[index + 2]);

    /// <summary>Drops trailing zeros of the scale: 59.92 × 1e8 is 5992000000, not 5992000000.00.</summary>
    internal static decimal Normalize(decimal value) =>
        value.Scale == 0 ? value : value / 1.0000000000000000000000000000m;

    /// <summary>10^(trailing zeros) of an integer, the step that 多/余 opens: 1000多 → 1000, 540多 → 10, 两个多 → 1.</summary>
    private static decimal SpanWidth(decimal x)
    {
        if (x != decimal.Truncate(x))
        {
            var scale = 1m;
            while (x * scale != decimal.Truncate(x * scale) && scale < 1e10m)
            {
                scale *= 10;
            }

            return 1 / scale;
        }

        var width = 1m;
        while (x % (width * 10) == 0 && width < 1e20m)
        {
            width *= 10;
        }

        return width;
    }
}
