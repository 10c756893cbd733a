using SkiaSharp;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// Undoes a quirk of Skia's SVG writer: it turns glyph ids back into text through the font's
/// glyph-to-character map, and where a font draws a CJK radical (U+2E80-U+2FDF) and an
/// ideograph with the same glyph, the radical wins (人 is written as U+2F08, 民 as U+2EA0).
/// The text looks right but copy, search and other fonts break. This maps each such radical
/// back to the ideograph that shares its glyph in the same font.
/// </summary>
public sealed class SvgIdeographRepair
{
    private const char FirstRadical = '\u2E80';
    private const char LastRadical = '\u2FDF';

    // CJK Unified Ideographs first, so they win over Extension A when both share a glyph.
    private static readonly (int First, int Last)[] IdeographRanges = [(0x4E00, 0x9FFF), (0x3400, 0x4DBF)];

    // Indexed by radical - FirstRadical; '\0' where the radical has no ideograph twin.
    private readonly char[] ideographs;

    private SvgIdeographRepair(char[] ideographs)
    {
        this.ideographs = ideographs;
        MappedCount = ideographs.Count(c => c != '\0');
    }

    /// <summary>How many radical code points this repair rewrites.</summary>
    public int MappedCount { get; }

    /// <summary>Builds the map from a font file's cmap.</summary>
    /// <exception cref="InvalidDataException">The file is not a readable font.</exception>
    public static SvgIdeographRepair FromFontFile(string path)
    {
        using var typeface = SKTypeface.FromFile(path)
            ?? throw new InvalidDataException($"Not a readable font: {path}");
        return FromTypeface(typeface);
    }

    internal static SvgIdeographRepair FromTypeface(SKTypeface typeface)
    {
        var radicals = Enumerable.Range(FirstRadical, LastRadical - FirstRadical + 1).ToArray();
        var radicalGlyphs = typeface.GetGlyphs(radicals);
        var radicalsByGlyph = new Dictionary<ushort, List<int>>();
        for (var i = 0; i < radicals.Length; i++)
        {
            if (radicalGlyphs[i] != 0)
            {
                radicalsByGlyph.TryAdd(radicalGlyphs[i], []);
                radicalsByGlyph[radicalGlyphs[i]].Add(i);
            }
        }

        var ideographs = new char[radicals.Length];
        foreach (var (first, last) in IdeographRanges)
        {
            var codePoints = Enumerable.Range(first, last - first + 1).ToArray();
            var glyphs = typeface.GetGlyphs(codePoints);
            for (var i = 0; i < codePoints.Length; i++)
            {
                if (glyphs[i] == 0 || !radicalsByGlyph.Remove(glyphs[i], out var twins))
                {
                    continue;
                }

                foreach (var radicalIndex in twins)
                {
                    ideographs[radicalIndex] = (char)codePoints[i];
                }
            }
        }

        return new SvgIdeographRepair(ideographs);
    }

    /// <summary>The ideograph drawn with the same glyph as <paramref name="radical"/>, if any.</summary>
    public char? IdeographFor(char radical) =>
        radical is >= FirstRadical and <= LastRadical && ideographs[radical - FirstRadical] is var c and not '\0'
            ? c
            : null;

    /// <summary>
    /// Rewrites every mapped radical in <paramref name="svg"/> to its ideograph. Both sides are
    /// single UTF-16 units, so the length never changes; returns the same instance when there is
    /// nothing to rewrite. Markup never contains these characters, so only text is touched.
    /// </summary>
    public string Repair(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var first = svg.AsSpan().IndexOfAnyInRange(FirstRadical, LastRadical);
        if (first < 0)
        {
            return svg;
        }

        return string.Create(svg.Length, (svg, first, ideographs), static (target, state) =>
        {
            var (source, next, map) = state;
            source.AsSpan().CopyTo(target);
            // Radicals are a handful per frame: let the vectorised search skip the text between them.
            while (next >= 0)
            {
                var c = target[next];
                if (map[c - FirstRadical] is var ideograph and not '\0')
                {
                    target[next] = ideograph;
                }

                var rest = target[(next + 1)..].IndexOfAnyInRange(FirstRadical, LastRadical);
                next = rest < 0 ? -1 : next + 1 + rest;
            }
        });
    }
}
