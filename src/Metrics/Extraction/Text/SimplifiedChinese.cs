namespace Metrics.Extraction.Text;

/// <summary>Traditional to simplified Chinese, one UTF-16 character at a time, from the OpenCC character
/// table embedded as <c>Metrics.Extraction.traditional-simplified.tsv</c>.</summary>
/// <remarks>Character by character on purpose: the result has exactly as many characters as the input,
/// so offsets found in the simplified text are offsets in the original.</remarks>
public static class SimplifiedChinese
{
    internal const string ResourceName = "Metrics.Extraction.traditional-simplified.tsv";

    // Indexed by the character itself: one array read per character, no hashing, 128 KiB once.
    private static readonly char[] Table = Load();

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> itself when the table
    /// has no entry (simplified and shared characters, punctuation, surrogate halves).</summary>
    public static char ToSimplified(char c) => Table[c];

    /// <summary><paramref name="text"/> with every character passed through <see cref="ToSimplified(char)"/>.</summary>
    public static string ToSimplified(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Table[source[i]];
            }
        });

    private static char[] Load()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = (char)i;
        }

        using var stream = typeof(SimplifiedChinese).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {typeof(SimplifiedChinese).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.Length != 3 || line[1] != '\t' || char.IsSurrogate(line[0]) || char.IsSurrogate(line[2]))
            {
                throw new InvalidDataException($"{ResourceName} line {lineNumber}: expected one BMP character, a tab and one BMP character, got \"{line}\".");
            }

            table[line[0]] = line[2];
        }

        return table;
    }
}
