using Metrics.Extraction.Numbers;
using Metrics.Facts;

namespace Metrics.Tests.Extraction.Numbers;

/// <summary>The parser's individual rules, each with the sentence it exists for.</summary>
public class MoneyParserRulesTests
{
    [Theory]
    [InlineData("集中签约亿元以上项目28个", "亿元以上", AmountBound.AtLeast)]
    [InlineData("新签约约3亿元", "约3亿元", AmountBound.About)]
    [InlineData("通过3亿元专项债", "3亿元", AmountBound.Exact)]
    [InlineData("最近3亿元订单", "3亿元", AmountBound.Exact)]
    [InlineData("总投资超过10亿元", "超过10亿元", AmountBound.Exceeds)]
    [InlineData("产值过亿", "过亿", AmountBound.Exceeds)]
    [InlineData("销售破百亿", "破百亿", AmountBound.Exceeds)]
    [InlineData("营收将近50亿元", "将近50亿元", AmountBound.JustBelow)]
    [InlineData("最高奖励100万元", "100万元", AmountBound.Exact)]
    [InlineData("奖励最高100万元", "最高100万元", AmountBound.AtMost)]
    [InlineData("总投资不少于5000万元", "不少于5000万元", AmountBound.AtLeast)]
    [InlineData("带动10亿元上下游产业", "10亿元", AmountBound.Exact)]
    [InlineData("总投资10亿元以内", "10亿元以内", AmountBound.AtMost)]
    public void QualifierWordsAndTheWordsThatOnlyContainThem(string text, string surface, AmountBound bound)
    {
        var mention = Assert.Single(MoneyParser.FindAll(text));
        Assert.Equal(surface, mention.Text);
        Assert.Equal(bound, mention.Bound);
    }

    [Theory]
    [InlineData("超10亿元项目3个", true)]
    [InlineData("5亿元以上项目开工7个", true)]
    [InlineData("亿元项目18个", true)]
    [InlineData("50亿元项目2个", true)]
    [InlineData("10亿元以上重特大项目28个", true)]
    [InlineData("新开工超亿元产业项目71个", true)]
    [InlineData("全市实施总投资超亿元工业项目750个", true)]
    [InlineData("50个重大项目中投资超过10亿元的项目有12个", true)]
    [InlineData("其中，100亿元以上1个、总投资105亿元", true)]
    [InlineData("招引3000万美元以上重大外资项目52个", true)]
    [InlineData("总投资10亿元的高端变压器项目开工", false)]
    [InlineData("总投资超60亿元的海上风电项目开工", false)]
    [InlineData("总投资约184亿元的项目现场签约", false)]
    [InlineData("共签约项目12个，总投资83.2亿元", false)]
    [InlineData("总投资5亿元以上", false)]
    public void ThresholdOnlyWhenTheAmountNamesAClassOfProjects(string text, bool threshold)
    {
        var mention = MoneyParser.FindAll(text).First(m => m.Value >= 10000000);
        Assert.Equal(threshold, mention.IsThreshold);
    }

    [Fact]
    public void OneYiShangClosesAListOfThresholds()
    {
        const string text = "全年新签约并注册5亿元及3000万美元以上项目61个";
        var money = MoneyParser.FindAll(text);
        Assert.Equal(["5亿元", "3000万美元以上"], money.Select(m => m.Text));
        Assert.All(money, m => Assert.True(m.IsThreshold));
        Assert.All(money, m => Assert.Equal(AmountBound.AtLeast, m.Bound));
        Assert.Equal(["CNY", "USD"], money.Select(m => m.Currency));
    }

    [Fact]
    public void BareUnitsBeforeAListAreOneEach()
    {
        const string text = "今年新签约亿元及千万美元以上项目100个";
        var money = MoneyParser.FindAll(text);
        Assert.Equal([100000000m, 10000000m], money.Select(m => m.Value));
        Assert.All(money, m => Assert.True(m.IsThreshold));
    }

    [Theory]
    [InlineData("单位：个、亿元")]
    [InlineData("1月1日元旦")]
    [InlineData("城乡二元结构")]
    [InlineData("亿万富翁")]
    [InlineData("2023年6月29日")]
    [InlineData("千方百计抢项目")]
    [InlineData("投资者超万名")]
    [InlineData("3块地")]
    [InlineData("5G基站1.2万个")]
    [InlineData("人民币汇率")]
    public void FindsNoMoneyWhereThereIsNone(string text)
    {
        Assert.Empty(MoneyParser.FindAll(text));
    }

    [Theory]
    [InlineData("總投資逾260億元", "逾260億元", 26000000000, "CNY")]
    [InlineData("總投資約 213.6 億元", "約 213.6 億元", 21360000000, "CNY")]
    [InlineData("實際利用外資5億美元", "5億美元", 500000000, "USD")]
    [InlineData("投资１．２亿元", "１．２亿元", 120000000, "CNY")]
    [InlineData("每年1.5亿元", "每年1.5亿元", 150000000, "CNY")]
    [InlineData("亩均税收50万", "50万", 500000, "CNY")]
    [InlineData("投资5亿建设新厂", "5亿", 500000000, "CNY")]
    [InlineData("GDP迈入万亿元俱乐部", "万亿元俱乐部", 1000000000000, "CNY")]
    public void ReadsTraditionalFullWidthSpacedAndImpliedForms(string text, string surface, decimal value, string currency)
    {
        var mention = Assert.Single(MoneyParser.FindAll(text));
        Assert.Equal(surface, mention.Text);
        Assert.Equal(value, mention.Value);
        Assert.Equal(currency, mention.Currency);
    }

    [Theory]
    [InlineData("百亿项目成功签约", "百亿", AmountBound.About)]
    [InlineData("引进千万美元项目", "千万美元", AmountBound.About)]
    [InlineData("超百亿", "超百亿", AmountBound.Exceeds)]
    [InlineData("十亿元", "十亿元", AmountBound.Exact)]
    public void ARoundMagnitudeWithoutDigitsIsAnApproximation(string text, string surface, AmountBound bound)
    {
        var mention = Assert.Single(MoneyParser.FindAll(text));
        Assert.Equal(surface, mention.Text);
        Assert.Equal(bound, mention.Bound);
    }

    [Fact]
    public void CoreTextLeavesOutQualifiersForTheOriginalAmount()
    {
        var mention = Assert.Single(MoneyParser.FindAll("总投资超3000万美元"));
        Assert.Equal("超3000万美元", mention.Text);
        Assert.Equal("3000万美元", mention.CoreText);
    }

    [Fact]
    public void GoldQualifierNamesFollowTheSchema()
    {
        var names = MoneyParser.FindAll("超百亿、近40亿元、15亿至20亿元、83.2亿元、1000多万元、不超过3亿元")
            .Select(m => m.Qualifier.ToSchemaName());
        Assert.Equal(["at_least", "about", "range", "exact", "at_least", "at_most"], names);
    }

    [Fact]
    public void MentionsDoNotOverlapAndTheirTextIsTheSurface()
    {
        const string text = "共签约项目12个，总投资83.2亿元，其中超10亿元项目3个；签约金额9433.27亿元，到位资金6527.11亿元。"
            + "计划总投资近40亿元，预计投资15亿至20亿元建设二期。人民币3亿元、6.5亿港元、5000万欧元、50万元（含）以上、1.5亿元/年。";
        var money = MoneyParser.FindAll(text);
        Assert.Equal(11, money.Count);
        Assert.All(money, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
        Assert.All(money.Zip(money.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
    }
}
