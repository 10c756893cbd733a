using Metrics.Extraction.Budget;

namespace Metrics.Extraction.Numbers;

/// <summary>
/// Finds amounts of money in Chinese text: "83.2亿元", "超百亿", "15亿至20亿元", "3000万美元",
/// "1000多万元", "百亿级", "1.5亿元/年". One left-to-right pass over the text with no regular
/// expressions, so its cost is linear in the length of the text.
/// </summary>
/// <remarks>
/// 元 is implied after 亿 when no unit follows ("总投资1.2亿", "一个亿"), and after 万 only when
/// a money cue stands before it in the clause ("亩均税收50万"); "3.2万平方米", "年产3000万件"
/// and "50亩" are no money. A bare number without 万/亿 or currency is no money.
/// </remarks>
public static class MoneyParser
{
    /// <summary>All amounts of money in <paramref name="text"/>, left to right, not overlapping.</summary>
    public static IReadOnlyList<MoneyMention> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = new List<MoneyMention>();
        var floor = 0;
        var i = 0;
        while (i < text.Length)
        {
            ExtractionBudget.Step();
            var c = text[i];
            if (NumeralScanner.CanStart(c))
            {
                var numeral = NumeralScanner.Scan(text, i);
                if (!numeral.Valid)
                {
                    i = Math.Max(i + 1, numeral.End);
                    continue;
                }

                if (MoneyMentionBuilder.TryBuild(text, numeral, floor, bare: false) is { } mention)
                {
                    mentions.Add(mention);
                    floor = i = mention.End;
                    continue;
                }

                i = Math.Max(i + 1, numeral.End);
                continue;
            }

            if (NumeralScanner.IsBigUnit(c) && MoneyMentionBuilder.TryBuild(text, BareUnit(text, i), floor, bare: true) is { } bareMention)
            {
                mentions.Add(bareMention);
                floor = i = bareMention.End;
                continue;
            }

            i++;
        }

        AmountClassRules.PropagateThresholdsAlongLists(text, mentions);
        return mentions;
    }

    /// <summary>
    /// A unit with no digit before it stands for one of it: "亿元以上项目28个" (1e8), "过亿元",
    /// "万亿元俱乐部" (1e12).
    /// </summary>
    private static Numeral BareUnit(string text, int i)
    {
        var first = HanFold.Fold(text[i]);
        var value = first == '亿' ? 1e8m : 1e4m;
        var end = i + 1;
        if (first == '万' && end < text.Length && HanFold.Fold(text[end]) == '亿')
        {
            value = 1e12m;
            end++;
        }

        var endUnit = value == 1e4m ? NumeralEnd.Wan : NumeralEnd.Yi;
        return new Numeral(i, end, true, value, value, NumberSpan.Exact, endUnit, value, false, 1, true, false, true);
    }
}
