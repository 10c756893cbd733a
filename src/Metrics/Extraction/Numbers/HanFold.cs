namespace Metrics.Extraction.Numbers;

/// <summary>
/// Folds traditional characters to their simplified forms, so that one simplified vocabulary
/// also reads "總投資逾260億元" (about 14% of the corpus is traditional), and folds full-width
/// ASCII ('１', '．', '（', '～') to ASCII. Every other character is returned unchanged.
/// </summary>
internal static class HanFold
{
    // One slot per BMP character: folding is an array read on the scanners' hot path.
    private static readonly char[] Table = Build();

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = (char)c;
        }

        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            // The full-width comma and semicolon stay: they are clause boundaries.
            table[c] = c is '，' or '；' ? c : (char)(c - 0xFEE0);
        }

        // Traditional characters from the extractor's one table (OpenCC's).
        for (var c = 0x3400; c <= 0x9FFF; c++)
        {
            table[c] = Text.SimplifiedChinese.ToSimplified((char)c);
        }

        return table;
    }

    /// <summary>Returns the simplified / ASCII form of <paramref name="c"/>.</summary>
    public static char Fold(char c) => Table[c];
}
