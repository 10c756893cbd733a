namespace Metrics.Extraction.Dates;

/// <summary>
/// Folds the spellings a date can come in onto one form, one character for one
/// character, so offsets into the folded text are offsets into the original.
/// </summary>
internal static class DateTextFolding
{
    // Traditional forms of the characters the date vocabulary uses: 14% of the dev corpus is
    // traditional (b47: 當年簽約、當年開工; a17: 截止目前). Only single-character pairs, so the
    // length stays the same.
    // Pairs of (traditional, simplified).
    private const string TraditionalPairs =
        "週周後后當当來来個个這这內内號号禮礼將将擬拟計计劃划預预爭争間间時时屆届歲岁幾几數数餘余兩两點点從从發发準准確确標标進进線线達达見见應应適适擔担穩稳節节於于規规會会開开還还";

    private static readonly Dictionary<char, char> TraditionalToSimplified = BuildTraditionalMap();

    /// <summary>
    /// Full-width ASCII (<c>２０２３年</c>, <c>，</c>, <c>（</c>) becomes ASCII, the ideographic
    /// space a space, <c>○</c> (often typed for <c>〇</c> in <c>二○二三年</c>) becomes <c>〇</c>,
    /// and traditional forms of date words become simplified.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (target, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                target[i] = Fold(source[i]);
            }
        });
    }

    private static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        '\u25CB' => '〇',
        '\u2014' or '\u2013' or '\u2212' or '\uFE63' => '-',
        '\u301C' => '~',
        < '\u4E00' => c,
        _ => TraditionalToSimplified.TryGetValue(c, out var simple) ? simple : c,
    };

    private static Dictionary<char, char> BuildTraditionalMap()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < TraditionalPairs.Length; i += 2)
        {
            map[TraditionalPairs[i]] = TraditionalPairs[i + 1];
        }

        return map;
    }
}
