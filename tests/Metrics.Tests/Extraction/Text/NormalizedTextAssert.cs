using Metrics.Extraction.Text;

namespace Metrics.Tests.Extraction.Text;

/// <summary>The offset map's contract, checked character by character.</summary>
internal static class NormalizedTextAssert
{
    /// <summary>Offsets grow strictly; each normalised character is its original character folded; every
    /// original character that was skipped is one normalisation may drop, or lies in a page-chrome line.</summary>
    public static void MapIsExact(NormalizedText normalized, string? name = null)
    {
        var original = normalized.Original;
        var text = normalized.Text;
        var lines = LineScanner.Scan(original);
        var marks = PageChrome.Mark(original, lines);
        var chrome = lines.Where((_, k) => marks[k]).ToArray();
        bool InChrome(int index) => chrome.Any(line => index >= line.Start && index < line.End);
        var previous = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var at = normalized.ToOriginal(i);
            Assert.True(at > previous, $"{name}: offset of Text[{i}] is {at}, not after {previous}");

            for (var skipped = previous + 1; skipped < at; skipped++)
            {
                Assert.True(MayBeDropped(original[skipped]) || InChrome(skipped), $"{name}: Original[{skipped}] U+{(int)original[skipped]:X4} was dropped before Text[{i}]");
            }

            var expected = Expected(original[at]);
            Assert.True(expected == text[i], $"{name}: Text[{i}] is U+{(int)text[i]:X4} but Original[{at}] U+{(int)original[at]:X4} folds to U+{(int)expected:X4}");
            previous = at;
        }

        for (var skipped = previous + 1; skipped < original.Length; skipped++)
        {
            Assert.True(MayBeDropped(original[skipped]) || InChrome(skipped), $"{name}: trailing Original[{skipped}] U+{(int)original[skipped]:X4} was dropped");
        }

        Assert.Equal(original.Length, normalized.ToOriginal(text.Length));
    }

    /// <summary>What the normaliser must turn <paramref name="c"/> into, written out independently of it.</summary>
    public static char Expected(char c) => c switch
    {
        '\r' or '\n' => '\n',
        ' ' or '\t' or '\u3000' or '\u00A0' => ' ',
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '「' => '“',
        '」' => '”',
        '『' => '‘',
        '』' => '’',
        _ => SimplifiedChinese.ToSimplified(c),
    };

    private static bool MayBeDropped(char c) =>
        c is '\r' or '\n' or ' ' or '\t' or '\u3000' or '\u00A0' or '#' or '\uFEFF' or >= '\u200B' and <= '\u200D'
        || IsPinyinGlossCharacter(c);

    // 業(yè): a pinyin gloss is dropped whole, brackets included.
    private static bool IsPinyinGlossCharacter(char c) =>
        c is '(' or ')' or '（' or '）' or >= 'a' and <= 'z' || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".Contains(c);
}
