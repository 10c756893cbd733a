namespace Metrics.Extraction.Text;

/// <summary>
/// A pinyin reading in brackets right after a Chinese character, as some reposting sites insert
/// (業(yè)項(xiàng)目, 區(qū)): letters with tone marks only, one syllable, so real bracketed text stays.
/// </summary>
internal static class PinyinGloss
{
    private const int MaxSyllable = 6;

    /// <summary>The length of the gloss starting at <paramref name="index"/> (at its opening bracket), or 0.</summary>
    public static int LengthAt(string text, int index, int limit)
    {
        if (text[index] is not ('(' or '（') || index == 0 || !ChineseCharacters.IsIdeograph(text[index - 1]))
        {
            return 0;
        }

        var toneMarked = false;
        for (var i = index + 1; i < limit && i <= index + MaxSyllable + 1; i++)
        {
            var c = text[i];
            if (c is ')' or '）')
            {
                return toneMarked && i > index + 1 ? i - index + 1 : 0;
            }

            if (IsToneMarked(c))
            {
                toneMarked = true;
            }
            else if (c is not (>= 'a' and <= 'z'))
            {
                return 0;
            }
        }

        return 0;
    }

    // ā á ǎ à ē é ě è ī í ǐ ì ō ó ǒ ò ū ú ǔ ù ǖ ǘ ǚ ǜ ü
    private static bool IsToneMarked(char c) => "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".Contains(c);
}
