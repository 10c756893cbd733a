using Dashboard.Presentation.Charts;

namespace Dashboard.Tests.Charts;

public class SvgIdeographRepairTests
{
    private readonly SvgIdeographRepair repair;

    public SvgIdeographRepairTests()
    {
        ChartFonts.EnsureRegistered();
        repair = ChartFonts.SvgRepair;
    }

    [Theory]
    [InlineData('\u2F08', '人')]
    [InlineData('\u2EA0', '民')]
    [InlineData('\u2F47', '日')]
    [InlineData('\u2F49', '月')]
    [InlineData('\u2F42', '文')]
    [InlineData('\u2ED4', '门')]
    public void MapsARadicalToTheIdeographDrawnWithTheSameGlyph(char radical, char ideograph)
    {
        Assert.Equal(ideograph, repair.IdeographFor(radical));
    }

    [Fact]
    public void LeavesRadicalsWithoutAnIdeographTwinAlone()
    {
        // U+2E80 (CJK radical repeat) has a glyph of its own in Noto Sans SC.
        Assert.Null(repair.IdeographFor('\u2E80'));
        Assert.Equal("<text>\u2E80人</text>", repair.Repair("<text>\u2E80\u2F08</text>"));
    }

    [Fact]
    public void RewritesRadicalsInsideSvgText()
    {
        var svg = "<svg><text font-family=\"Noto Sans SC\">\u2F08\u2EA0 南通\u2F47报 2020-06</text></svg>";

        Assert.Equal("<svg><text font-family=\"Noto Sans SC\">人民 南通日报 2020-06</text></svg>", repair.Repair(svg));
    }

    [Fact]
    public void ReturnsTheSameStringWhenThereIsNothingToRepair()
    {
        var svg = "<svg><text>南通 2020-06</text></svg>";

        Assert.Same(svg, repair.Repair(svg));
    }

    [Fact]
    public void BuildsTheSameMapFromTheFontFile()
    {
        var fromFile = SvgIdeographRepair.FromFontFile(ChartFonts.Registered.FilePath);

        Assert.Equal(repair.MappedCount, fromFile.MappedCount);
        Assert.InRange(fromFile.MappedCount, 150, 352);
    }

    [Fact]
    public void RejectsAFileThatIsNotAFont()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "version https://git-lfs.github.com/spec/v1\n");

            Assert.Throws<InvalidDataException>(() => SvgIdeographRepair.FromFontFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
