using Metrics.Extraction.Text;

namespace Metrics.Tests.Extraction.Text;

public sealed class TraditionalToSimplifiedTests
{
    [Fact]
    public void TraditionalHeadlineBecomesSimplified()
    {
        Assert.Equal("启东市举行一季度重大项目集中开工", TextNormalizer.Normalize("啟東市舉行一季度重大項目集中開工").Text);
    }

    [Theory]
    [InlineData("啟東簽約項億總資開區會議與為經濟產園門陽電業達長書記屆國際網蘇錫這個萬", "启东签约项亿总资开区会议与为经济产园门阳电业达长书记届国际网苏锡这个万")]
    [InlineData("産録衆", "产录众")]
    [InlineData("於", "于")]
    [InlineData("據瞭解,記者瞭解到", "据了解,记者了解到")]
    public void NewsCharactersAndMainlandVariantsMapToSimplified(string traditional, string simplified)
    {
        Assert.Equal(simplified, SimplifiedChinese.ToSimplified(traditional));
    }

    [Theory]
    [InlineData("竣工")]
    [InlineData("3000万美元")]
    [InlineData("著名企业")]
    [InlineData("南通市崇川区召开区委常委会会议")]
    public void SimplifiedAndSharedTextIsLeftAlone(string text)
    {
        Assert.Equal(text, SimplifiedChinese.ToSimplified(text));
        Assert.Equal(text, TextNormalizer.Normalize(text).Text);
    }

    [Fact]
    public void CharactersOutsideTheBasicPlanePassThroughWhole()
    {
        const string text = "𠀀項";

        Assert.Equal("𠀀项", TextNormalizer.Normalize(text).Text);
    }

    [Fact]
    public void EveryLineOfTheTableFileIsLoaded()
    {
        using var stream = typeof(SimplifiedChinese).Assembly.GetManifestResourceStream("Metrics.Extraction.traditional-simplified.tsv");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        var entries = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            Assert.Equal(line[2], SimplifiedChinese.ToSimplified(line[0]));
            entries++;
        }

        Assert.True(entries > 2500, $"only {entries} entries");
    }
}
