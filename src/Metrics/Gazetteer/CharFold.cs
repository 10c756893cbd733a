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

    /// <summary>Builds the fold from the traditional→simplified table (OpenCC's character table).</summary>
    public static CharFold FromTable(TsvTable traditional)
    {
        var map = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            map[c] = (char)c;
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

        foreach (var row in traditional.Rows)
        {
            var from = row.Required("traditional");
            var to = row.Required("simplified");
            if (from.Length != 1 || to.Length != 1)
            {
                throw row.Error("the fold maps one UTF-16 character to one");
            }

            map[from[0]] = to[0];
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
