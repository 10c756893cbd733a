using Metrics.Extraction.Text;

namespace Metrics.Tests.Extraction.Text;

public sealed class OffsetMapTests
{
    [Fact]
    public void EveryNormalisedCharacterComesFromItsMappedOriginalCharacter()
    {
        const string original = "\uFEFF## 啟東市舉行集中開工\r\n\r\n本報訊　(記者黃海)昨天,共１６個項目,總投\r\n\r\n資８３．２億元。";
        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal("启东市举行集中开工\n\n本报讯 (记者黄海)昨天,共16个项目,总投资83.2亿元。", normalized.Text);
        NormalizedTextAssert.MapIsExact(normalized);
    }

    [Fact]
    public void MatchInNormalisedTextMapsToEvidenceInTheOriginal()
    {
        const string original = "此次集中開工的產業項目共１６個，總投\n\n資達８３．２億元。";
        var normalized = TextNormalizer.Normalize(original);
        var start = normalized.Text.IndexOf("共16个", StringComparison.Ordinal);
        var end = normalized.Text.IndexOf("亿元", StringComparison.Ordinal) + "亿元".Length;

        Assert.Equal("共１６個，總投\n\n資達８３．２億元", normalized.OriginalSlice(start, end - start));
        Assert.Equal((original.IndexOf('共'), "共１６個，總投\n\n資達８３．２億元".Length), normalized.ToOriginalSpan(start, end - start));
    }

    [Fact]
    public void EndOfTextMapsToEndOfOriginal()
    {
        var normalized = TextNormalizer.Normalize("開工　\r\n");

        Assert.Equal("开工 \n", normalized.Text);
        Assert.Equal(normalized.Original.Length, normalized.ToOriginal(normalized.Text.Length));
        Assert.Equal((5, 0), normalized.ToOriginalSpan(normalized.Text.Length, 0));
    }

    [Fact]
    public void SpanEndingAtAWindowsLineBreakCoversBothCharacters()
    {
        var normalized = TextNormalizer.Normalize("开工。\r\n竣工。");

        Assert.Equal("开工。\r\n", normalized.OriginalSlice(0, 4));
    }

    [Fact]
    public void SpanCuttingASurrogatePairCoversTheWholePair()
    {
        var normalized = TextNormalizer.Normalize("项𠀀目");

        Assert.Equal("项𠀀", normalized.OriginalSlice(0, 2));
        Assert.Equal("𠀀目", normalized.OriginalSlice(2, 2));
    }

    [Fact]
    public void CollapsedSpacesInsideASpanAreCoveredAsWritten()
    {
        var normalized = TextNormalizer.Normalize("总投资约  \t 213.6 亿元");

        // The spaces between the number and its words are dropped (1 月 4 日 → 1月4日), and covered as written.
        Assert.Equal("总投资约213.6亿元", normalized.Text);
        Assert.Equal("约  \t 213.6", normalized.OriginalSlice(3, 6));
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    [InlineData(3, 1)]
    [InlineData(0, 4)]
    public void SpanOutsideTheTextIsRejected(int start, int length)
    {
        var normalized = TextNormalizer.Normalize("开工。");

        Assert.Throws<ArgumentOutOfRangeException>(() => normalized.ToOriginalSpan(start, length));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void IndexOutsideTheTextIsRejected(int index)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TextNormalizer.Normalize("开工。").ToOriginal(index));
    }

    [Fact]
    public void OneMegabyteSingleLineIsNormalisedWithAnExactMap()
    {
        var original = string.Concat(Enumerable.Repeat("總投資８３．２億元，", 100_000));
        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal(1_000_000, original.Length);
        Assert.Equal(original.Length, normalized.Text.Length);
        Assert.StartsWith("总投资83.2亿元,总投资", normalized.Text, StringComparison.Ordinal);
        Assert.Equal(original.Length - 1, normalized.ToOriginal(normalized.Text.Length - 1));
        Assert.Equal("總投資８３．２億元", normalized.OriginalSlice(999_990, 9));
    }
}
