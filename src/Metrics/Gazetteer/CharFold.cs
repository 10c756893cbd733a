namespace Metrics.Gazetteer;

/// <summary>
/// Maps each character to the form names are matched in: traditional to simplified
/// (區→区, 啟→启), full-width ASCII to ASCII, Latin to lower case. One character always maps
/// to one character, so offsets into the folded text are offsets into the original.
/// </summary>
internal sealed class CharFold
{
    private readonly char[] _map;

    private CharFold(char[] map) => _map = map;

    /// <summary>The fold: full-width and Latin forms here, traditional→simplified from the extractor's one table (OpenCC's).</summary>
    public static CharFold Instance { get; } = Build();

    private static CharFold Build()
    {
        var map = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            map[c] = Metrics.Extraction.Text.SimplifiedChinese.ToSimplified((char)c);
        }

        for (var c = 'A'; c <= 'Z'; c++)
        {
            map[c] = char.ToLowerInvariant(c);
        }

        // Full-width ASCII (Ａ, （, ０) is common in Chinese web text.
        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            map[c] = char.ToLowerInvariant((char)(c - 0xFEE0));
        }

        return new CharFold(map);
    }

    public char Fold(char c) => _map[c];

    public string Fold(string text) =>
        string.Create(text.Length, (text, _map), static (span, state) =>
        {
            var (source, map) = state;
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = map[source[i]];
            }
        });
}
