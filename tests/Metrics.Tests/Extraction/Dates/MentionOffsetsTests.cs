using Metrics.Extraction.Dates;

namespace Metrics.Tests.Extraction.Dates;

/// <summary>Mentions point at the input exactly, in order, whatever the script or width.</summary>
public sealed class MentionOffsetsTests
{
    private static readonly DateOnly Published = new(2023, 7, 11);

    [Theory]
    [InlineData("6月29日上午,区委召开全区纪念建党99周年大会。次日,项目开工;今年以来累计签约16个,截至6月底到位资金3000万元,1至5月增长12%。")]
    [InlineData("２０２３年６月２９日，项目签约；當天開工，今年以來簽約３個。")]
    [InlineData("二〇二三年六月二十九日下午，“十四五”期间，到2025年，年底前。")]
    public void TextAtStartIsTheSurface(string text)
    {
        var mentions = DateResolver.FindAll(text, Published);

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
        Assert.All(mentions.Zip(mentions.Skip(1)), pair => Assert.True(pair.First.Start + pair.First.Length <= pair.Second.Start));
    }

    [Fact]
    public void FullWidthDigitsResolveAndKeepTheirSurface()
    {
        var mention = Assert.Single(DateResolver.FindAll("于２０２３年６月２９日举行", Published));

        Assert.Equal("２０２３年６月２９日", mention.Text);
        Assert.Equal("2023-06-29", mention.GoldDate);
    }

    [Fact]
    public void TraditionalDateWordsResolve()
    {
        var mentions = DateResolver.FindAll("6月29日簽約。當天開工，今年以來累計簽約3個。", Published);

        Assert.Equal(["6月29日", "當天", "今年以來"], mentions.Select(m => m.Text));
        Assert.Equal(["2023-06-29", "2023-06-29", "2023-07"], mentions.Select(m => m.GoldDate));
    }

    [Theory]
    [InlineData("２０２３年６月２９日", "2023年6月29日")]
    [InlineData("當天簽約，截止目前", "当天簽約,截止目前")]
    [InlineData("二○二三年", "二〇二三年")]
    [InlineData("6月29日—7月2日", "6月29日-7月2日")]
    public void NormaliseFoldsOneCharacterForOne(string text, string expected)
    {
        var normalised = DateResolver.Normalise(text);

        Assert.Equal(expected, normalised);
        Assert.Equal(text.Length, normalised.Length);
    }

    [Fact]
    public void EmptyInputHasNoMentions()
    {
        Assert.Empty(DateResolver.FindAll("", Published));
        Assert.Empty(DateResolver.FindAll("", null));
    }

    [Fact]
    public void NullInputIsRejected()
    {
        Assert.Throws<ArgumentNullException>(() => DateResolver.FindAll(null!, Published));
    }

    [Fact]
    public void AMegabyteLineWithoutPunctuationIsScannedInOnePass()
    {
        // Pathological runs: one number a megabyte long, date words with no clause end for the
        // future-marker look-back, and a megabyte of year characters.
        var digits = new string('1', 1_000_000);
        var dates = string.Concat(Enumerable.Repeat("将于6月29日至30日", 70_000));
        var years = new string('年', 1_000_000);

        Assert.Empty(DateResolver.FindAll(digits, Published));
        Assert.Equal(70_000, DateResolver.FindAll(dates, Published).Count);
        Assert.Empty(DateResolver.FindAll(years, Published));
    }
}
