namespace Metrics.Extraction.Text;

/// <summary>The one-character conversions of <see cref="TextNormalizer"/>: each folds one original
/// character into exactly one normalised character, which is what keeps the offset map exact.</summary>
internal static class CharacterFolding
{
    /// <summary>The character that stands for <paramref name="c"/> in the normalised text. Whitespace and
    /// line breaks are not folded here: the normaliser decides about them with their neighbours.</summary>
    public static char Fold(char c)
    {
        // U+FF01..U+FF5E are the full-width twins of ASCII '!'..'~', at a fixed distance.
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return (char)(c - 0xFEE0);
        }

        return c switch
        {
            '「' or '｢' => '“',
            '」' or '｣' => '”',
            '『' => '‘',
            '』' => '’',
            _ => SimplifiedChinese.ToSimplified(c),
        };
    }

    /// <summary>Spaces that collapse into one ASCII space: space, tab, ideographic space U+3000 and
    /// the no-break space that HTML pages leave behind.</summary>
    public static bool IsHorizontalSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0';

    /// <summary>Zero-width space, non-joiner, joiner and the byte-order mark: dropped from the text.</summary>
    public static bool IsZeroWidth(char c) => c is >= '\u200B' and <= '\u200D' or '\uFEFF';

    /// <summary>Characters that are neither text nor line breaks: trimmed at line ends, collapsed inside.</summary>
    public static bool IsBlank(char c) => IsHorizontalSpace(c) || IsZeroWidth(c);
}
