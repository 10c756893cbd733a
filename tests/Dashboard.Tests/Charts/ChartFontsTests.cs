using Dashboard.Presentation.Charts;
using ScottPlot.FontResolvers;
using ScottPlot;

namespace Dashboard.Tests.Charts;

public class ChartFontsTests
{
    [Fact]
    public void RegistersTheBundledNotoSansScFromTheOutputFolder()
    {
        var font = ChartFonts.EnsureRegistered(AppContext.BaseDirectory);

        Assert.Equal("Noto Sans SC", font.FamilyName);
        Assert.True(File.Exists(font.FilePath));
        Assert.EndsWith(Path.Combine("Fonts", "NotoSansSC-Regular.ttf"), font.FilePath);
        Assert.Same(font, ChartFonts.Registered);
    }

    [Fact]
    public async Task RegisteringFromManyThreadsAddsTheFontToScottPlotOncePerStyle()
    {
        var fonts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => ChartFonts.EnsureRegistered())));

        Assert.All(fonts, f => Assert.Same(fonts[0], f));
        var resolvers = Fonts.FontResolvers.OfType<FileFontResolver>()
            .Count(r => r.ToString().Contains("name='Noto Sans SC'", StringComparison.Ordinal));
        Assert.Equal(4, resolvers);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void EveryStyleResolvesToTheBundledFont(bool bold, bool italic)
    {
        ChartFonts.EnsureRegistered();

        // Typefaces from Fonts.GetTypeface are cached by ScottPlot: not ours to dispose.
        var typeface = Fonts.GetTypeface("Noto Sans SC", bold, italic);

        Assert.Equal("Noto Sans SC", typeface.FamilyName);
        Assert.True(typeface.ContainsGlyph('南'));
    }

    [Fact]
    public void MeasuresHowFarScottPlotLiftsTheFontsBaseline()
    {
        // Noto Sans SC: bounding-box bottom 1.048 em, descent 0.288 em.
        Assert.InRange(ChartFonts.EnsureRegistered().BaselineShiftEm, 0.75f, 0.77f);
    }

    [Fact]
    public void MissingFontFileFailsNamingTheFile()
    {
        var root = Directory.CreateTempSubdirectory("no-fonts-").FullName;
        try
        {
            var expected = Path.Combine(root, "Fonts", "NotoSansSC-Regular.ttf");

            var error = Assert.Throws<FileNotFoundException>(() => ChartFonts.EnsureRegistered(root));

            Assert.Equal(expected, error.FileName);
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
