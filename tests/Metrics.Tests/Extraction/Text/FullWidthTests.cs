using Metrics.Extraction.Text;

namespace Metrics.Tests.Extraction.Text;

public sealed class FullWidthTests
{
    [Theory]
    [InlineData("８３．２亿元", "83.2亿元")]
    [InlineData("（台资）", "(台资)")]
    [InlineData("总投资，共１６个；", "总投资,共16个;")]
    [InlineData("来源：南通网！好？", "来源:南通网!好?")]
    [InlineData("ＡＢＢ～ｚ", "ABB~z")]
    public void FullWidthAsciiBecomesAscii(string original, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(original).Text);
    }

    [Fact]
    public void MixedCommasReadTheSameAfterNormalisation()
    {
        Assert.Equal(
            TextNormalizer.Normalize("共16个,总投资83.2亿元").Text,
            TextNormalizer.Normalize("共16个，总投资83.2亿元").Text);
    }

    [Fact]
    public void ChinesePunctuationWithoutAsciiTwinStays()
    {
        const string text = "学习《民法典》、“六保”任务。";

        Assert.Equal(text, TextNormalizer.Normalize(text).Text);
    }

    [Fact]
    public void CornerBracketsBecomeCurlyQuotes()
    {
        Assert.Equal("推进“机关作风‘建设’提升年”", TextNormalizer.Normalize("推进「机关作风『建设』提升年」").Text);
    }

    [Fact]
    public void IdeographicSpaceBecomesOneSpace()
    {
        Assert.Equal("总投资 共计", TextNormalizer.Normalize("总投资　　共计").Text);
    }
}
