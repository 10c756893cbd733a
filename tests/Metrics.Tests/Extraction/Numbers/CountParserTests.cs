using Metrics.Extraction.Numbers;
using Metrics.Facts;

namespace Metrics.Tests.Extraction.Numbers;

public class CountParserTests
{
    [Theory]
    [InlineData("此次集中开工的产业项目共16个", "16个", 16L, null, "个", AmountBound.Exact)]
    [InlineData("16个项目集中开工", "16个", 16L, null, "个", AmountBound.Exact)]
    [InlineData("共签约项目12个", "12个", 12L, null, "个", AmountBound.Exact)]
    [InlineData("其中超10亿元项目3个", "3个", 3L, null, "个", AmountBound.Exact)]
    [InlineData("全区540多个村居", "540多个", 540L, 550L, "个", AmountBound.OpenSpan)]
    [InlineData("吸引20多家企业入驻", "20多家", 20L, 30L, "家", AmountBound.OpenSpan)]
    [InlineData("开工一批重大产业项目", "一批", 1L, null, "批", AmountBound.Exact)]
    [InlineData("新签约5项协议", "5项", 5L, null, "项", AmountBound.Exact)]
    [InlineData("新签约超50个项目", "超50个", 50L, null, "个", AmountBound.Exceeds)]
    [InlineData("近百家企业参加", "近百家", 100L, null, "家", AmountBound.JustBelow)]
    [InlineData("上千个项目", "上千个", 1000L, null, "个", AmountBound.AtLeast)]
    [InlineData("七八个项目", "七八个", 7L, 8L, "个", AmountBound.Range)]
    [InlineData("十余個項目接連開工", "十余個", 10L, 20L, "个", AmountBound.OpenSpan)]
    [InlineData("签约项目3989个", "3989个", 3989L, null, "个", AmountBound.Exact)]
    public void FindsCountWithUnitAndQualifier(string text, string surface, long value, long? max, string unit, AmountBound bound)
    {
        var count = Assert.Single(CountParser.FindAll(text));
        Assert.Equal(surface, count.Text);
        Assert.Equal(surface, text.Substring(count.Start, count.Length));
        Assert.Equal(value, count.Value);
        Assert.Equal(max, count.Max);
        Assert.Equal(unit, count.Unit);
        Assert.Equal(bound, count.Bound);
    }

    [Fact]
    public void OpenSpanCountIsAtLeastInTheGoldSchema()
    {
        Assert.Equal("at_least", Assert.Single(CountParser.FindAll("540多个")).Qualifier.ToSchemaName());
    }

    [Theory]
    [InlineData("用时3个月")]
    [InlineData("提高5个百分点")]
    [InlineData("历时3个多月")]
    [InlineData("排名第3个")]
    [InlineData("投资一个亿")]
    [InlineData("增长1.5个百分点")]
    [InlineData("一个个生产车间")]
    [InlineData("千方百计")]
    [InlineData("百家争鸣")]
    [InlineData("")]
    public void DurationsRatiosOrdinalsAndMoneyAreNoCounts(string text)
    {
        Assert.Empty(CountParser.FindAll(text));
    }

    [Fact]
    public void FindsEveryCountInASentence()
    {
        const string text = "32个亿元以上产业项目集中开工，其中10亿元以上项目9个、亿元项目18个";
        Assert.Equal([32L, 9L, 18L], CountParser.FindAll(text).Select(c => c.Value));
    }
}
