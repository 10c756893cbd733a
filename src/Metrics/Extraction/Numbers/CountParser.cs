using Metrics.Extraction.Budget;

namespace Metrics.Extraction.Numbers;

/// <summary>
/// Finds counts written as a number and a measure word 个/项/家/批: "共签约项目12个",
/// "16个产业项目", "540多个" (at least 540), "一批重大项目". Durations and ratios
/// ("3个月", "5个百分点"), ordinals ("第3个") and decimals are no counts.
/// </summary>
public static class CountParser
{
    /// <summary>All counts in <paramref name="text"/>, left to right.</summary>
    public static IReadOnlyList<CountMention> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new List<CountMention>();
        var i = 0;
        var floor = 0;
        while (i < text.Length)
        {
            ExtractionBudget.Step();
            if (!NumeralScanner.CanStart(text[i]))
            {
                i++;
                continue;
            }

            var number = NumeralScanner.Scan(text, i);
            if (!number.Valid && QualifiedBarePlace(text, i, floor))
            {
                number = NumeralScanner.Scan(text, i, lenient: true);
            }

            if (number.Valid && TryCount(text, number, floor) is { } count)
            {
                counts.Add(count);
                floor = i = count.End;
                continue;
            }

            i = Math.Max(i + 1, number.End);
        }

        return counts;
    }

    /// <summary>
    /// "近百家企业", "上千个项目": a bare 百/千 is a number when a qualifier stands before it
    /// (text scanning otherwise rejects it, as in "千方百计").
    /// </summary>
    private static bool QualifiedBarePlace(string text, int i, int floor) =>
        HanFold.Fold(text[i]) is '百' or '千' && QualifierWords.PrefixEndingAt(text, i, floor, beforeBarePlace: true) is not null;

    private static CountMention? TryCount(string text, Numeral number, int floor)
    {
        var unitStart = number.End;
        if (MeasureWords.CountUnitAt(text, unitStart) is not { } unit
            || MeasureWords.NotACountAfter(text, unitStart + unit.Length)
            || !number.IsInteger || number.Low < 0 || number.High > long.MaxValue
            || (number.Start > 0 && HanFold.Fold(text[number.Start - 1]) == '第'))
        {
            return null;
        }

        var start = number.Start;
        var bound = AmountBoundExtensions.FromSpan(number.Span);
        var p = TextScan.SkipSpacesBack(text, start);
        if (p >= floor && QualifierWords.PrefixEndingAt(text, p, floor, number.StartsWithPlace) is { } q)
        {
            // "超50个", "近百个", "约20家".
            bound = q.Bound;
            start = q.Start;
        }

        var end = unitStart + unit.Length;
        long? max = bound.HasUpperBound() ? (long)number.High : null;
        return new CountMention(start, end - start, text[start..end], (long)number.Low, max, unit, bound);
    }
}
