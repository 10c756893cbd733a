using Metrics.Extraction.Budget;

namespace Metrics.Extraction.Text;

/// <summary>Turns an article text into the form rules match on, keeping an exact map back to it.</summary>
/// <remarks>
/// Line by line, in one pass after the lines are measured:
/// <list type="bullet">
/// <item>full-width ASCII (U+FF01–U+FF5E) becomes ASCII (<c>８３．２</c> → <c>83.2</c>, <c>，</c> → <c>,</c>);
/// Chinese punctuation without an ASCII twin (<c>。、“”《》</c>) stays; <c>「」『』</c> become <c>“”‘’</c>;</item>
/// <item>traditional characters become simplified ones (<see cref="SimplifiedChinese"/>);</item>
/// <item><c>\r\n</c> and <c>\r</c> become <c>\n</c>; runs of spaces, tabs and ideographic spaces become one
/// space, and none between a number and its unit (<c>1 月 4 日</c> → <c>1月4日</c>, <c>达到 2 万亿元</c>); zero-width
/// characters and the byte-order mark are dropped;</item>
/// <item>Markdown heading marks (<c>## </c>) are dropped, the heading keeps its line;</item>
/// <item>a line break that page layout put inside a sentence is dropped with the blanks around it
/// (see <see cref="LayoutBreaks"/>).</item>
/// </list>
/// </remarks>
public static class TextNormalizer
{
    /// <summary>Normalises <paramref name="original"/>; see <see cref="TextNormalizer"/> for what changes.</summary>
    public static NormalizedText Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);

        var lines = LineScanner.Scan(original);
        var writer = new Writer(original);
        var chrome = PageChrome.Mark(original, lines);
        var continuesSentence = false;
        var k = 0;
        while (k < lines.Count)
        {
            ExtractionBudget.Step();
            var line = lines[k];
            var next = k + 1;
            while (next < lines.Count && lines[next].IsBlank)
            {
                next++;
            }

            if (chrome[k])
            {
                if (line.BreakLength > 0)
                {
                    writer.AppendLineBreak(line.End);
                }

                continuesSentence = false;
                k++;
                continue;
            }

            // A line that continues a joined sentence loses its leading blanks, a heading its marks.
            var from = continuesSentence || line.IsMarkdownHeading ? line.ContentStart : line.Start;
            continuesSentence = next < lines.Count && LayoutBreaks.JoinsSentence(original, line, lines[next], next - k - 1);
            if (continuesSentence)
            {
                writer.Append(from, line.ContentEnd);
                k = next;
                continue;
            }

            writer.Append(from, line.End);
            if (line.BreakLength > 0)
            {
                writer.AppendLineBreak(line.End);
            }

            k++;
        }

        return writer.ToNormalizedText();
    }

    // What follows a number as its unit: 1 月 4 日, 16 个, 2 万亿元, 第 3 届; 多 and 余 stand between
    // a number and its unit (签约项目 30多个, 30 余家).
    private static readonly HashSet<char> UnitChars = [.. "年月日号时点分秒个亿万元千百家次届季项批期天周岁人户亩吨米多余"];

    /// <summary>The output buffer and its offset map; the output never outgrows the input.</summary>
    private sealed class Writer(string original)
    {
        private readonly char[] text = new char[original.Length];
        private readonly int[] originalIndex = new int[original.Length + 1];
        private int length;

        public void Append(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                ExtractionBudget.Step();
                var c = original[i];
                if (CharacterFolding.IsZeroWidth(c))
                {
                    continue;
                }

                // 業(yè)項(xiàng): pages that gloss characters with pinyin break every word; the gloss is dropped.
                if (PinyinGloss.LengthAt(original, i, to) is > 0 and var gloss)
                {
                    i += gloss - 1;
                    continue;
                }

                if (CharacterFolding.IsHorizontalSpace(c))
                {
                    if ((length > 0 && text[length - 1] == ' ') || SeparatesNumberAndWord(i, to))
                    {
                        continue;
                    }

                    c = ' ';
                }
                else
                {
                    c = CharacterFolding.Fold(c);
                }

                text[length] = c;
                originalIndex[length] = i;
                length++;
            }
        }

        // 1 月 4 日, 达到 2 万亿元, 2023 年度: some pages space every number off its words; a rule reads 1月4日.
        private bool SeparatesNumberAndWord(int space, int to)
        {
            if (length == 0)
            {
                return false;
            }

            var next = space + 1;
            while (next < to && CharacterFolding.IsHorizontalSpace(original[next]))
            {
                next++;
            }

            if (next >= to)
            {
                return false;
            }

            var before = text[length - 1];
            var after = CharacterFolding.Fold(original[next]);
            return (char.IsAsciiDigit(before) && UnitChars.Contains(after))
                || (ChineseCharacters.IsIdeograph(before) && char.IsAsciiDigit(after) && UnitFollowsNumber(next, to));
        }

        // 达到 2 万亿元: the number after the space is itself spaced off a unit.
        private bool UnitFollowsNumber(int number, int to)
        {
            var at = number;
            while (at < to && (char.IsAsciiDigit(CharacterFolding.Fold(original[at])) || original[at] is '.' or ','))
            {
                at++;
            }

            while (at < to && CharacterFolding.IsHorizontalSpace(original[at]))
            {
                at++;
            }

            return at < to && UnitChars.Contains(CharacterFolding.Fold(original[at]));
        }

        public void AppendLineBreak(int at)
        {
            text[length] = '\n';
            originalIndex[length] = at;
            length++;
        }

        public NormalizedText ToNormalizedText() => new(original, new string(text, 0, length), originalIndex);
    }
}
