using Metrics.Extraction.Text;

namespace Metrics.Tests.Extraction.Text;

public sealed class PinyinGlossTests
{
    [Fact]
    public void PinyinGlossesAfterCharactersAreDroppedAndOffsetsStayExact()
    {
        var original = "新開工重特大工業(yè)項(xiàng)目19個";

        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal("新开工重特大工业项目19个", normalized.Text);
        var at = normalized.Text.IndexOf("项目", StringComparison.Ordinal);
        Assert.Equal("項(xiàng)目", normalized.OriginalSlice(at, 2));
    }

    [Theory]
    [InlineData("南通开发区(南通经济技术开发区)")]
    [InlineData("华为(Huawei)公司")]
    [InlineData("S356沿江公路(富江路口至通州交界)")]
    public void OtherBracketsStay(string original)
    {
        Assert.Equal(original.Length, TextNormalizer.Normalize(original).Text.Length);
    }
}
