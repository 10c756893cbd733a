using Metrics.Extraction.Budget;

namespace Metrics.Extraction.Numbers;

/// <summary>
/// Rules that tell an amount from a size class of projects: "超10亿元项目3个" and
/// "5亿元以上项目开工7个" count projects by size; they state no amount.
/// </summary>
internal static class AmountClassRules
{
    private static readonly WordSet ClassNouns = new(["项目", "企业"]);

    private static readonly WordSet ListConnectors = new(["以及", "及", "和", "或", "、", "与"]);

    /// <summary>How many characters of modifiers may stand between the amount and 项目 ("重特大", "重大制造业内资").</summary>
    private const int MaxModifier = 10;

    /// <summary>
    /// True when the amount qualifies 项目/企业 as a class:
    /// (a) with 以上/以下: "亿元以上项目28个", "10亿元以上重特大项目";
    /// (b) followed by a count: "超10亿元项目3个", "亿元项目18个", "投资超过10亿元的项目有12个";
    /// (c) with 超/逾/过 and no 的: "新开工超亿元产业项目";
    /// (d) 以上 followed directly by a count: "100亿元以上1个".
    /// "总投资10亿元的变压器项目" is none of these: it is one project's investment.
    /// </summary>
    public static bool IsThreshold(string text, MoneyMention mention, AmountBound? prefix, AmountBound? suffix)
    {
        var j = TextScan.SkipSpaces(text, mention.End);
        var bounded = suffix is AmountBound.AtLeast or AmountBound.AtMost;
        if (bounded && CountAt(text, j))
        {
            return true;
        }

        var de = TextScan.At(text, j, "的");
        if (de)
        {
            j++;
        }

        var nounEnd = ClassNounEnd(text, j);
        if (nounEnd < 0)
        {
            return false;
        }

        return bounded || CountFollows(text, nounEnd) || (!de && prefix is AmountBound.Exceeds or AmountBound.AtLeast);
    }

    /// <summary>"亿元及千万美元以上项目": a list of amounts that one 以上 closes.</summary>
    public static bool ListContinues(string text, int end)
    {
        var j = TextScan.SkipSpaces(text, end);
        if (ListConnectors.LongestAt(text, j) is not { } connector)
        {
            return false;
        }

        j = TextScan.SkipSpaces(text, j + connector.Length);
        return j < text.Length && (NumeralScanner.CanStart(text[j]) || NumeralScanner.IsBigUnit(text[j]));
    }

    /// <summary>
    /// "新签约并注册5亿元及3000万美元以上项目": an amount listed before a threshold with 以上
    /// shares its bound. Applied right to left so that a longer list propagates.
    /// </summary>
    public static void PropagateThresholdsAlongLists(string text, List<MoneyMention> mentions)
    {
        for (var i = mentions.Count - 2; i >= 0; i--)
        {
            ExtractionBudget.Step();
            var first = mentions[i];
            var next = mentions[i + 1];
            if (first.IsThreshold || first.Bound != AmountBound.Exact || !next.IsThreshold
                || next.Bound is not (AmountBound.AtLeast or AmountBound.AtMost))
            {
                continue;
            }

            var between = text[first.End..next.Start].Trim();
            if (between.Length > 0 && ListConnectors.LongestAt(between, 0)?.Length == between.Length)
            {
                mentions[i] = first with { IsThreshold = true, Bound = next.Bound };
            }
        }
    }

    /// <summary>End of 项目/企业 after at most <see cref="MaxModifier"/> modifier characters, or -1.</summary>
    private static int ClassNounEnd(string text, int from)
    {
        var limit = Math.Min(text.Length, from + MaxModifier + 2);
        for (var i = from; i < limit; i++)
        {
            ExtractionBudget.Step();
            if (ClassNouns.LongestAt(text, i) is { } noun)
            {
                return i + noun.Length;
            }

            if (!TextScan.IsHan(text[i]) && text[i] is not ('“' or '”' or '"'))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A count within a few characters after the class noun: "项目3个", "项目有12个", "项目开工7个".
    /// Not after 等, which closes a list of named examples (总投资120亿元的风电装备项目等15个项目): that amount is one member's.
    /// </summary>
    private static bool CountFollows(string text, int from)
    {
        var limit = Math.Min(text.Length, from + 5);
        for (var i = from; i < limit; i++)
        {
            ExtractionBudget.Step();
            if (text[i] == '等')
            {
                return false;
            }

            if (NumeralScanner.CanStart(text[i]) || TextScan.IsDigit(text[i]))
            {
                return CountAt(text, i);
            }

            if (!TextScan.IsHan(text[i]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool CountAt(string text, int index)
    {
        if (index >= text.Length || !NumeralScanner.CanStart(text[index]))
        {
            return false;
        }

        var number = NumeralScanner.Scan(text, index);
        return number.Valid && number.IsInteger && MeasureWords.CountUnitAt(text, number.End) is { } unit
            && !MeasureWords.NotACountAfter(text, number.End + unit.Length);
    }
}
