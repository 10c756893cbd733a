using System.Globalization;
using Metrics.Extraction.Numbers;
using Metrics.Facts;

namespace Metrics.Tests.Extraction.Numbers;

/// <summary>Table 5a of tricky-cases.md: every row is a case, named by its row id.</summary>
public class TrickyAmountTests
{
    [Theory]
    [InlineData("M1", "83.2亿元", "83.2亿元", "8320000000", null, "CNY", AmountBound.Exact, AmountQualifier.Exact)]
    [InlineData("M2", "超百亿", "超百亿", "10000000000", null, "CNY", AmountBound.Exceeds, AmountQualifier.AtLeast)]
    [InlineData("M3", "总投资额超百亿", "超百亿", "10000000000", null, "CNY", AmountBound.Exceeds, AmountQualifier.AtLeast)]
    [InlineData("M4", "近40亿元", "近40亿元", "4000000000", null, "CNY", AmountBound.JustBelow, AmountQualifier.About)]
    [InlineData("M5", "15亿至20亿元", "15亿至20亿元", "1500000000", "2000000000", "CNY", AmountBound.Range, AmountQualifier.Range)]
    [InlineData("M6", "3000万美元", "3000万美元", "30000000", null, "USD", AmountBound.Exact, AmountQualifier.Exact)]
    [InlineData("M7", "1000多万元", "1000多万元", "10000000", "20000000", "CNY", AmountBound.OpenSpan, AmountQualifier.AtLeast)]
    [InlineData("M8", "1.8亿元", "1.8亿元", "180000000", null, "CNY", AmountBound.Exact, AmountQualifier.Exact)]
    [InlineData("M9", "约1800万元", "约1800万元", "18000000", null, "CNY", AmountBound.About, AmountQualifier.About)]
    [InlineData("M10", "50亿元", "50亿元", "5000000000", null, "CNY", AmountBound.Exact, AmountQualifier.Exact)]
    [InlineData("M11", "380亿元", "380亿元", "38000000000", null, "CNY", AmountBound.Exact, AmountQualifier.Exact)]
    [InlineData("M12", "5亿元以上", "5亿元以上", "500000000", null, "CNY", AmountBound.AtLeast, AmountQualifier.AtLeast)]
    [InlineData("M13", "59.92亿元", "59.92亿元", "5992000000", null, "CNY", AmountBound.Exact, AmountQualifier.Exact)]
    [InlineData("M14", "1825亿元", "1825亿元", "182500000000", null, "CNY", AmountBound.Exact, AmountQualifier.Exact)]
    [InlineData("M15", "一千二百万元", "一千二百万元", "12000000", null, "CNY", AmountBound.Exact, AmountQualifier.Exact)]
    [InlineData("M16", "3.5万亿元", "3.5万亿元", "3500000000000", null, "CNY", AmountBound.Exact, AmountQualifier.Exact)]
    [InlineData("M17", "12亿美元", "12亿美元", "1200000000", null, "USD", AmountBound.Exact, AmountQualifier.Exact)]
    [InlineData("M18", "逾百亿元", "逾百亿元", "10000000000", null, "CNY", AmountBound.Exceeds, AmountQualifier.AtLeast)]
    [InlineData("M19", "百亿级", "百亿级", "10000000000", "100000000000", "CNY", AmountBound.VagueSpan, AmountQualifier.AtLeast)]
    [InlineData("M20", "1000余万元", "1000余万元", "10000000", "20000000", "CNY", AmountBound.OpenSpan, AmountQualifier.AtLeast)]
    [InlineData("M21", "20多亿元", "20多亿元", "2000000000", "3000000000", "CNY", AmountBound.OpenSpan, AmountQualifier.AtLeast)]
    [InlineData("M22", "3亿多元", "3亿多元", "300000000", "400000000", "CNY", AmountBound.OpenSpan, AmountQualifier.AtLeast)]
    [InlineData("M23", "十几亿元", "十几亿元", "1000000000", "2000000000", "CNY", AmountBound.OpenSpan, AmountQualifier.AtLeast)]
    [InlineData("M24", "数十亿元", "数十亿元", "1000000000", "10000000000", "CNY", AmountBound.VagueSpan, AmountQualifier.AtLeast)]
    [InlineData("M25", "上百亿元", "上百亿元", "10000000000", null, "CNY", AmountBound.AtLeast, AmountQualifier.AtLeast)]
    [InlineData("M26", "近百亿元", "近百亿元", "10000000000", null, "CNY", AmountBound.JustBelow, AmountQualifier.About)]
    [InlineData("M27", "两三亿元", "两三亿元", "200000000", "300000000", "CNY", AmountBound.Range, AmountQualifier.Range)]
    [InlineData("M28", "七八千万元", "七八千万元", "70000000", "80000000", "CNY", AmountBound.Range, AmountQualifier.Range)]
    [InlineData("M29", "3-5亿元", "3-5亿元", "300000000", "500000000", "CNY", AmountBound.Range, AmountQualifier.Range)]
    [InlineData("M30", "30亿—50亿元", "30亿—50亿元", "3000000000", "5000000000", "CNY", AmountBound.Range, AmountQualifier.Range)]
    [InlineData("M31", "10亿元左右", "10亿元左右", "1000000000", null, "CNY", AmountBound.About, AmountQualifier.About)]
    [InlineData("M32", "不低于1亿元", "不低于1亿元", "100000000", null, "CNY", AmountBound.AtLeast, AmountQualifier.AtLeast)]
    [InlineData("M33", "不超过3亿元", "不超过3亿元", "300000000", null, "CNY", AmountBound.AtMost, AmountQualifier.AtMost)]
    [InlineData("M34", "过亿元", "过亿元", "100000000", null, "CNY", AmountBound.Exceeds, AmountQualifier.AtLeast)]
    [InlineData("M35", "突破100亿元", "突破100亿元", "10000000000", null, "CNY", AmountBound.Exceeds, AmountQualifier.AtLeast)]
    [InlineData("M36", "一个亿", "一个亿", "100000000", null, "CNY", AmountBound.Exact, AmountQualifier.Exact)]
    [InlineData("M37", "两个多亿", "两个多亿", "200000000", "300000000", "CNY", AmountBound.OpenSpan, AmountQualifier.AtLeast)]
    [InlineData("M38", "0.8亿元", "0.8亿元", "80000000", null, "CNY", AmountBound.Exact, AmountQualifier.Exact)]
    [InlineData("M39", "叁仟万元整", "叁仟万元整", "30000000", null, "CNY", AmountBound.Exact, AmountQualifier.Exact)]
    [InlineData("M40", "1,200万元", "1,200万元", "12000000", null, "CNY", AmountBound.Exact, AmountQualifier.Exact)]
    [InlineData("M41", "6.5亿港元", "6.5亿港元", "650000000", null, "HKD", AmountBound.Exact, AmountQualifier.Exact)]
    [InlineData("M42", "5000万欧元", "5000万欧元", "50000000", null, "EUR", AmountBound.Exact, AmountQualifier.Exact)]
    [InlineData("M43", "人民币3亿元", "人民币3亿元", "300000000", null, "CNY", AmountBound.Exact, AmountQualifier.Exact)]
    [InlineData("M44", "50万元（含）以上", "50万元（含）以上", "500000", null, "CNY", AmountBound.AtLeast, AmountQualifier.AtLeast)]
    [InlineData("M45", "1.5亿元/年", "1.5亿元/年", "150000000", null, "CNY", AmountBound.Exact, AmountQualifier.Exact)]
    public void NormalisesTrickyAmount(
        string id, string input, string surface, string value, string? max, string currency, AmountBound bound, AmountQualifier qualifier)
    {
        var mention = Assert.Single(MoneyParser.FindAll(input));

        Assert.True(surface == mention.Text, $"{id}: surface '{mention.Text}'");
        Assert.Equal(input.IndexOf(surface, StringComparison.Ordinal), mention.Start);
        Assert.Equal(Parse(value), mention.Value);
        Assert.Equal(max is null ? null : Parse(max), mention.Max);
        Assert.Equal(currency, mention.Currency);
        Assert.Equal(bound, mention.Bound);
        Assert.Equal(qualifier, mention.Qualifier);
    }

    [Fact]
    public void M3_TotalInvestmentWithImpliedYuanIsInvestment()
    {
        const string text = "总投资额超百亿";
        var mention = Assert.Single(MoneyParser.FindAll(text));
        Assert.True(mention.IsCurrencyImplied);
        Assert.Equal(AmountRole.Investment, AmountRoleClassifier.Classify(text, mention));
    }

    [Fact]
    public void M19_MagnitudeClassIsNoAmount()
    {
        var mention = Assert.Single(MoneyParser.FindAll("百亿级"));
        Assert.True(mention.IsMagnitudeClass);
        Assert.False(mention.IsThreshold);
    }

    [Fact]
    public void M45_AmountPerYearIsARate()
    {
        var mention = Assert.Single(MoneyParser.FindAll("1.5亿元/年"));
        Assert.True(mention.IsRate);
        Assert.Equal("年", mention.Per);
        Assert.Equal("1.5亿元", mention.CoreText);
    }

    [Theory]
    [InlineData("M2", "超百亿")]
    [InlineData("M36", "一个亿")]
    [InlineData("M37", "两个多亿")]
    public void ImpliesYuanAfterYi(string id, string input)
    {
        var mention = Assert.Single(MoneyParser.FindAll(input));
        Assert.True(mention.IsCurrencyImplied, id);
        Assert.Equal("CNY", mention.Currency);
    }

    [Theory]
    [InlineData("M1", "83.2亿元")]
    [InlineData("M6", "3000万美元")]
    [InlineData("M43", "人民币3亿元")]
    public void WrittenCurrencyIsNotImplied(string id, string input)
    {
        Assert.False(Assert.Single(MoneyParser.FindAll(input)).IsCurrencyImplied, id);
    }

    [Theory]
    [InlineData("M46", "3.2万平方米")]
    [InlineData("M46b", "年产3000万件")]
    [InlineData("M46c", "占地50亩")]
    [InlineData("M46d", "人口100万")]
    [InlineData("M46e", "接待游客1.2亿人次")]
    public void FindsNoMoneyInQuantities(string id, string input)
    {
        Assert.True(MoneyParser.FindAll(input).Count == 0, id);
    }

    private static decimal Parse(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);
}
