using Metrics.Extraction.Dates;

namespace Metrics.Tests.Extraction.Dates;

/// <summary>Months that pages name by a word instead of a number (2024年元月, a company's 大事记).</summary>
public sealed class MonthNameTests
{
    [Theory]
    [InlineData("2024年元月,基地一期工程竣工。", "2024-01")]
    [InlineData("2024年元月18日,基地一期工程竣工。", "2024-01-18")]
    public void YuanYueIsJanuary(string text, string expected)
    {
        var date = Assert.Single(DateResolver.FindAll(text, null));

        Assert.Equal(expected, date.GoldDate);
    }
}
