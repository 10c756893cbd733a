using Metrics.Extraction.Text;

namespace Metrics.Tests.Extraction.Text;

public sealed class WhitespaceTests
{
    [Theory]
    [InlineData("会议召开。\r\n会议强调。", "会议召开。\n会议强调。")]
    [InlineData("会议召开。\r会议强调。", "会议召开。\n会议强调。")]
    [InlineData("会议召开。\r\n\r\n会议强调。", "会议召开。\n\n会议强调。")]
    public void WindowsAndOldMacLineEndsBecomeLineFeeds(string original, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(original).Text);
    }

    [Fact]
    public void RunsOfSpacesAndTabsCollapseToOneSpace()
    {
        Assert.Equal("会议 召开 Mio", TextNormalizer.Normalize("会议  \t 召开\t Mio").Text);
    }

    [Theory]
    [InlineData("1 月 4 日,南通召开大会", "1月4日,南通召开大会")]
    [InlineData("2024 年 1 月 4 日", "2024年1月4日")]
    [InlineData("达到  2 万亿元,签约 16 个项目", "达到2万亿元,签约16个项目")]
    [InlineData("总投资约 213.6\t亿元", "总投资约213.6亿元")]
    [InlineData("签约项目 30多个,总投资超 120亿元", "签约项目30多个,总投资超120亿元")]
    [InlineData("入驻企业 30 余家", "入驻企业30余家")]
    [InlineData("2022-02-24 14:22:50 来源:央广网", "2022-02-24 14:22:50 来源:央广网")]
    public void NoSpaceStaysBetweenANumberAndItsUnit(string original, string expected)
    {
        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal(expected, normalized.Text);
        Assert.Equal(original.IndexOf('日') is var day and >= 0 ? day : original.Length, normalized.ToOriginal(expected.IndexOf('日') is var at and >= 0 ? at : expected.Length));
    }

    [Fact]
    public void ZeroWidthCharactersAndByteOrderMarkAreDropped()
    {
        var normalized = TextNormalizer.Normalize("\uFEFF开\u200B工\u200C项\u200D目");

        Assert.Equal("开工项目", normalized.Text);
        Assert.Equal(3, normalized.ToOriginal(1));
    }

    [Fact]
    public void SpacesAroundAZeroWidthCharacterStillCollapse()
    {
        Assert.Equal("开工 项目", TextNormalizer.Normalize("开工 \u200B 项目").Text);
    }

    [Fact]
    public void EmptyInputGivesEmptyText()
    {
        var normalized = TextNormalizer.Normalize("");

        Assert.Equal("", normalized.Text);
        Assert.Equal(0, normalized.ToOriginal(0));
        Assert.Equal((0, 0), normalized.ToOriginalSpan(0, 0));
        Assert.Equal("", normalized.OriginalSlice(0, 0));
    }

    [Fact]
    public void BlanksAndZeroWidthCharactersLeaveOneSpacePerLine()
    {
        Assert.Equal(" \n\n ", TextNormalizer.Normalize(" \u200B\t\u3000\n\n ").Text);
    }
}
