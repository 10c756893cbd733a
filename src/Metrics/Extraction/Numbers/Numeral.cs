namespace Metrics.Extraction.Numbers;

/// <summary>The big unit a numeral ends with; decides whether 元 may be implied after it.</summary>
internal enum NumeralEnd
{
    /// <summary>Ends with a digit or a place: "3.2", "一千二百".</summary>
    Plain,

    /// <summary>Ends with 万: "3000万", "1000多万".</summary>
    Wan,

    /// <summary>Ends with 亿 (also 万亿): "1.8亿", "3亿多", "一个亿".</summary>
    Yi,
}

/// <summary>
/// Raw result of <see cref="NumeralScanner.Scan"/>: a numeral with the structure the money
/// parser needs to distribute units across ranges ("3-5亿元": 亿 also applies to 3).
/// </summary>
/// <param name="Start">First character.</param>
/// <param name="End">Exclusive end. For an invalid numeral: where scanning may resume.</param>
/// <param name="Valid">False for an over-long digit run or a fragment that is no numeral ("伍" in 入伍).</param>
/// <param name="Low">Value, or lower bound.</param>
/// <param name="High">Upper bound (equals <see cref="Low"/> when exact).</param>
/// <param name="Span">Precision of the numeral.</param>
/// <param name="EndUnit">Big unit the numeral ends with.</param>
/// <param name="Scale">Multiplier of the trailing big-unit chain (万 1e4, 亿 1e8, 万亿 1e12), 1 if none.</param>
/// <param name="IsBareDigit">A single digit with no place or unit ("3" in "3-5亿", "两" in "两到三仟").</param>
/// <param name="LeadPlace">The place right after a single leading digit ("三仟" → 1000), else 1.</param>
/// <param name="StartsWithPlace">Begins with a bare place (百亿, 千万); 上/破 may only precede such numerals.</param>
/// <param name="Financial">Uses cheque numerals (壹贰叁…), which only money is written in.</param>
/// <param name="IsInteger">No fractional part.</param>
internal readonly record struct Numeral(
    int Start,
    int End,
    bool Valid,
    decimal Low,
    decimal High,
    NumberSpan Span,
    NumeralEnd EndUnit,
    decimal Scale,
    bool IsBareDigit,
    decimal LeadPlace,
    bool StartsWithPlace,
    bool Financial,
    bool IsInteger)
{
    public static Numeral Invalid(int start, int resume) =>
        new(start, Math.Max(resume, start + 1), false, 0, 0, NumberSpan.Exact, NumeralEnd.Plain, 1, false, 1, false, false, true);
}
