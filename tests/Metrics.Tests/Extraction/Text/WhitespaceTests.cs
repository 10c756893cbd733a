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
        Assert.Equal("总投资约 213.6 亿元", TextNormalizer.Normalize("总投资约  \t 213.6\t亿元").Text);
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
