using ScottPlot;
using SkiaSharp;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// Registers the bundled Noto Sans SC with ScottPlot once per process. The Linux Skia build
/// has no fontconfig and a fresh machine has no CJK font, so without this Chinese renders as
/// boxes in PNG and vanishes from SVG.
/// </summary>
public static class ChartFonts
{
    /// <summary>The family name charts ask ScottPlot for.</summary>
    public const string FamilyName = "Noto Sans SC";

    /// <summary>Where the font lives, relative to the content root (and to the build output).</summary>
    public static readonly string RelativePath = Path.Combine("Fonts", "NotoSansSC-Regular.ttf");

    private static readonly Lock Gate = new();
    private static ChartFont? registered;
    private static SvgIdeographRepair? svgRepair;

    /// <summary>
    /// Registers <c>Fonts/NotoSansSC-Regular.ttf</c> under <paramref name="contentRoot"/>
    /// (default <see cref="AppContext.BaseDirectory"/>). Safe to call from several threads and
    /// more than once: the first successful registration wins and is returned to every caller.
    /// </summary>
    /// <exception cref="FileNotFoundException">The font file is not under the content root.</exception>
    /// <exception cref="InvalidDataException">The file is not a font with Chinese glyphs (e.g. a Git LFS pointer).</exception>
    public static ChartFont EnsureRegistered(string? contentRoot = null)
    {
        var path = Path.GetFullPath(Path.Combine(contentRoot ?? AppContext.BaseDirectory, RelativePath));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The bundled chart font is missing: {path}. Charts need it to draw Chinese; " +
                "it ships in src/Dashboard/Fonts and is copied to the build output.", path);
        }

        lock (Gate)
        {
            if (registered is not null)
            {
                return registered;
            }

            var (repair, baselineShiftEm) = LoadAndCheck(path);
            // Titles and axis labels ask for bold: without a bold entry ScottPlot resolves them
            // to whatever system font it finds (DejaVu Serif here), with its metrics and without
            // Chinese glyphs. The one regular face serves every style.
            foreach (var (bold, italic) in new[] { (false, false), (true, false), (false, true), (true, true) })
            {
                Fonts.AddFontFile(FamilyName, path, bold, italic);
            }

            svgRepair = repair;
            registered = new ChartFont(FamilyName, path, baselineShiftEm);
            return registered;
        }
    }

    /// <summary>The registered font.</summary>
    /// <exception cref="InvalidOperationException"><see cref="EnsureRegistered"/> has not run.</exception>
    public static ChartFont Registered
    {
        get
        {
            lock (Gate)
            {
                return registered ?? throw NotRegistered();
            }
        }
    }

    /// <summary>The radical-to-ideograph repair built from the registered font's cmap.</summary>
    /// <exception cref="InvalidOperationException"><see cref="EnsureRegistered"/> has not run.</exception>
    public static SvgIdeographRepair SvgRepair
    {
        get
        {
            lock (Gate)
            {
                return svgRepair ?? throw NotRegistered();
            }
        }
    }

    private static (SvgIdeographRepair Repair, float BaselineShiftEm) LoadAndCheck(string path)
    {
        using var typeface = SKTypeface.FromFile(path)
            ?? throw new InvalidDataException($"The chart font file is not a readable font: {path}");
        if (!typeface.ContainsGlyph('南'))
        {
            throw new InvalidDataException($"The chart font has no Chinese glyphs: {path}");
        }

        using var font = new SKFont(typeface, size: 1000);
        var metrics = font.Metrics;
        return (SvgIdeographRepair.FromTypeface(typeface), (metrics.Bottom - metrics.Descent) / 1000);
    }

    private static InvalidOperationException NotRegistered() => new(
        "The chart font is not registered: call ChartFonts.EnsureRegistered(contentRoot) at start-up.");
}
