using System.Text;
using Metrics.Extraction.Numbers;

namespace Metrics.Tests.Extraction.Numbers;

/// <summary>
/// Hostile inputs: the scanners are hand-written single passes (no regular expressions), so a
/// megabyte of digits and units must come back without an exception and in linear time.
/// </summary>
public class RobustnessTests
{
    private const int Megabyte = 1 << 20;

    public static TheoryData<string> HostileShapes =>
    [
        "repeated amounts",
        "one digit run",
        "one then units",
        "chinese digit run",
        "units only",
        "random mix",
        "huge range",
    ];

    [Theory]
    [MemberData(nameof(HostileShapes))]
    public void MegabyteLinesOfDigitsAndUnitsDoNotThrow(string shape)
    {
        var text = Build(shape);
        Assert.True(text.Length >= Megabyte / 2, shape);

        var money = MoneyParser.FindAll(text);
        var counts = CountParser.FindAll(text);
        var numbers = ChineseNumber.FindAll(text);

        Assert.All(money, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
        Assert.All(money.Take(1000), m => _ = AmountRoleClassifier.Describe(text, m));
        Assert.All(counts, c => Assert.Equal(c.Text, text.Substring(c.Start, c.Length)));
        Assert.All(numbers, n => Assert.Equal(n.Text, text.Substring(n.Start, n.Length)));
    }

    [Fact]
    public void AnOverlongDigitRunIsNoAmount()
    {
        Assert.Empty(MoneyParser.FindAll(new string('9', Megabyte) + "亿元"));
        Assert.Empty(ChineseNumber.FindAll(new string('9', Megabyte)));
    }

    [Fact]
    public void AChainOfUnitsStopsBeforeItOverflows()
    {
        var mention = Assert.Single(MoneyParser.FindAll("1" + new string('亿', Megabyte)));
        Assert.Equal("1亿亿亿", mention.Text);
        Assert.Equal(1e24m, mention.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("亿")]
    [InlineData("元")]
    [InlineData("多")]
    [InlineData("-")]
    [InlineData("至")]
    [InlineData("以上")]
    [InlineData("(含)")]
    [InlineData("1")]
    [InlineData("1-")]
    [InlineData("1至")]
    [InlineData("负")]
    [InlineData("点")]
    [InlineData("1.")]
    [InlineData("1,")]
    [InlineData("，，，")]
    public void TinyAndEmptyInputsYieldNothingOrOneMention(string text)
    {
        Assert.Empty(MoneyParser.FindAll(text));
        Assert.Empty(CountParser.FindAll(text));
        Assert.True(ChineseNumber.FindAll(text).Count <= 1);
    }

    [Fact]
    public void NullTextIsRejected()
    {
        Assert.Throws<ArgumentNullException>(() => MoneyParser.FindAll(null!));
        Assert.Throws<ArgumentNullException>(() => CountParser.FindAll(null!));
        Assert.Throws<ArgumentNullException>(() => ChineseNumber.FindAll(null!));
        Assert.False(ChineseNumber.TryParse(null, out _));
    }

    private static string Build(string shape)
    {
        var sb = new StringBuilder(Megabyte + 64);
        switch (shape)
        {
            case "repeated amounts":
                while (sb.Length < Megabyte)
                {
                    sb.Append("1234567890亿");
                }

                break;
            case "one digit run":
                sb.Append('7', Megabyte).Append("亿元以上项目");
                break;
            case "one then units":
                sb.Append('1').Append('亿', Megabyte);
                break;
            case "chinese digit run":
                while (sb.Length < Megabyte)
                {
                    sb.Append("一二三四五六七八九〇");
                }

                sb.Append("万元");
                break;
            case "units only":
                while (sb.Length < Megabyte)
                {
                    sb.Append("万亿元以上多余个");
                }

                break;
            case "random mix":
                const string alphabet = "0123456789.,，亿万千百十一二两三几数多余个元美港至到-—~以上左右约超近(含)项目";
                var random = new Random(20240611);
                for (var i = 0; i < Megabyte; i++)
                {
                    sb.Append(alphabet[random.Next(alphabet.Length)]);
                }

                break;
            case "huge range":
                while (sb.Length < Megabyte)
                {
                    sb.Append("9999999999999999999-5万亿元，九九九九九九九九九九九九九九九九九九九九九九亿，万万万万万万万万元，");
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(shape), shape, null);
        }

        return sb.ToString();
    }
}
