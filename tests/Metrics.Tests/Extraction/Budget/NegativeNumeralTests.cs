using Metrics.Extraction;
using Metrics.Extraction.Numbers;

namespace Metrics.Tests.Extraction.Budget;

/// <summary>
/// 负 followed by 零 or a bare place: the numeral scanner used to end such a scan before it began,
/// and the money scan, resuming there, never moved on (<c>海门区。负零。</c> spun forever).
/// </summary>
public sealed class NegativeNumeralTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData("海门区。负零。")]
    [InlineData("海门区。负十。")]
    [InlineData("负零")]
    [InlineData("负百亿元")]
    public async Task TheArticleFinishes(string text)
    {
        // A timeout, not the budget: the budget would stop the spin too, and this is about not spinning.
        var facts = await Task.Run(() => FactExtractor.Extract(new ArticleInput(text, new DateOnly(2023, 3, 1)))).WaitAsync(Patience);

        Assert.Empty(facts);
    }

    [Theory]
    [InlineData("负零", "0")]
    [InlineData("负十", "-10")]
    [InlineData("负零点五", "-0.5")]
    public async Task NegativeZeroAndABarePlaceReadAsTheyWouldWithoutTheSign(string text, string value)
    {
        var found = await Task.Run(() => ChineseNumber.FindAll(text + "。")).WaitAsync(Patience);

        var number = Assert.Single(found);
        Assert.Equal((0, text.Length, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)), (number.Start, number.Length, number.Value));
    }

    [Theory]
    [InlineData("负零")]
    [InlineData("负十")]
    [InlineData("负零亿元")]
    public async Task TheMoneyScanMovesOn(string text)
    {
        var found = await Task.Run(() => MoneyParser.FindAll(text + "，投资10亿元")).WaitAsync(Patience);

        Assert.Contains(found, m => m.Value == 1_000_000_000m);
    }
}
