using Metrics.Extraction.Numbers;
using Metrics.Facts;

namespace Metrics.Tests.Extraction.Numbers;

/// <summary>Table 5c of tricky-cases.md: role, count and threshold at sentence level.</summary>
public class AmountsInContextTests
{
    [Fact]
    public void C1_SigningTotalIsInvestmentAndOver10YiIsAThreshold()
    {
        const string text = "共签约项目12个，总投资83.2亿元，其中超10亿元项目3个。";
        var money = MoneyParser.FindAll(text);
        Assert.Equal(["83.2亿元", "超10亿元"], money.Select(m => m.Text));

        var total = money[0];
        Assert.Equal(8320000000m, total.Value);
        Assert.Equal(AmountQualifier.Exact, total.Qualifier);
        Assert.False(total.IsThreshold);
        var totalRole = AmountRoleClassifier.Describe(text, total);
        Assert.Equal(AmountRole.Investment, totalRole.Role);
        Assert.False(totalRole.IsPart);

        var threshold = money[1];
        Assert.True(threshold.IsThreshold);
        Assert.Equal(1000000000m, threshold.Value);
        Assert.Equal(AmountBound.Exceeds, threshold.Bound);

        Assert.Equal([12L, 3L], CountParser.FindAll(text).Select(c => c.Value));
    }

    [Fact]
    public void C2_YueInsideQianyueIsNoApproximation()
    {
        const string text = "集中签约亿元以上项目28个，协议总投资283.6亿元。";
        var money = MoneyParser.FindAll(text);
        Assert.Equal(["亿元以上", "283.6亿元"], money.Select(m => m.Text));

        Assert.True(money[0].IsThreshold);
        Assert.Equal(100000000m, money[0].Value);
        Assert.Equal(AmountBound.AtLeast, money[0].Bound);

        Assert.Equal(28360000000m, money[1].Value);
        Assert.Equal(AmountQualifier.Exact, money[1].Qualifier);
        Assert.Equal(AmountRole.Investment, AmountRoleClassifier.Classify(text, money[1]));

        Assert.Equal(28L, Assert.Single(CountParser.FindAll(text)).Value);
    }

    [Fact]
    public void C3_PlannedTotalJustBelowAndPhaseTwoRange()
    {
        const string text = "计划总投资近40亿元，预计投资15亿至20亿元建设二期。";
        var money = MoneyParser.FindAll(text);
        Assert.Equal(["近40亿元", "15亿至20亿元"], money.Select(m => m.Text));

        Assert.Equal(4000000000m, money[0].Value);
        Assert.Equal(AmountBound.JustBelow, money[0].Bound);
        var planned = AmountRoleClassifier.Describe(text, money[0]);
        Assert.Equal(AmountRole.Investment, planned.Role);
        Assert.Equal("计划总投资", planned.Cue);
        Assert.False(planned.IsPart);

        Assert.Equal(1500000000m, money[1].Value);
        Assert.Equal(2000000000m, money[1].Max);
        Assert.Equal(AmountQualifier.Range, money[1].Qualifier);
        var phase = AmountRoleClassifier.Describe(text, money[1]);
        Assert.Equal(AmountRole.Investment, phase.Role);
        Assert.True(phase.IsPart);
    }

    [Fact]
    public void C4_TaxPerMuIsNotTheProjectAmountAndMuIsNoMoney()
    {
        const string text = "项目总投资1.2亿，占地50亩，亩均税收50万元。";
        var money = MoneyParser.FindAll(text);
        Assert.Equal(["1.2亿", "50万元"], money.Select(m => m.Text));

        Assert.Equal(120000000m, money[0].Value);
        Assert.True(money[0].IsCurrencyImplied);
        Assert.Equal(AmountRole.Investment, AmountRoleClassifier.Classify(text, money[0]));

        var tax = AmountRoleClassifier.Describe(text, money[1]);
        Assert.Equal(AmountRole.Tax, tax.Role);
        Assert.Equal("亩", tax.PerUnit);
        Assert.Equal(500000m, money[1].Value);
    }

    [Fact]
    public void C5_AnnualOutputIsNotInvestment()
    {
        const string text = "项目总投资额超百亿，建成后年产值超200亿元。";
        var money = MoneyParser.FindAll(text);
        Assert.Equal(["超百亿", "超200亿元"], money.Select(m => m.Text));
        Assert.Equal(AmountRole.Investment, AmountRoleClassifier.Classify(text, money[0]));
        Assert.Equal(10000000000m, money[0].Value);
        Assert.Equal(AmountQualifier.AtLeast, money[0].Qualifier);
        Assert.Equal(AmountRole.OutputValue, AmountRoleClassifier.Classify(text, money[1]));
        Assert.Equal(20000000000m, money[1].Value);
    }

    [Fact]
    public void C6_RegisteredCapitalKeepsItsCurrency()
    {
        const string text = "注册资本3000万美元";
        var mention = Assert.Single(MoneyParser.FindAll(text));
        Assert.Equal(30000000m, mention.Value);
        Assert.Equal("USD", mention.Currency);
        Assert.Equal(AmountRole.RegisteredCapital, AmountRoleClassifier.Classify(text, mention));
    }

    [Fact]
    public void C7_ThresholdAndMagnitudeClassAreNoAmounts()
    {
        const string text = "5亿元以上项目开工7个，百亿级项目1个。";
        var money = MoneyParser.FindAll(text);
        Assert.Equal(["5亿元以上", "百亿级"], money.Select(m => m.Text));
        Assert.True(money[0].IsThreshold);
        Assert.Equal(AmountQualifier.AtLeast, money[0].Qualifier);
        Assert.True(money[1].IsMagnitudeClass);
        Assert.Equal(10000000000m, money[1].Value);
        Assert.Equal(100000000000m, money[1].Max);
        Assert.Equal([7L, 1L], CountParser.FindAll(text).Select(c => c.Value));
    }

    [Fact]
    public void C8_SignedAmountAndFundsInPlaceAreDifferentRoles()
    {
        const string text = "1至9月全市签约项目3989个，签约金额9433.27亿元，到位资金6527.11亿元。";
        var money = MoneyParser.FindAll(text);
        Assert.Equal(["9433.27亿元", "6527.11亿元"], money.Select(m => m.Text));
        Assert.Equal(943327000000m, money[0].Value);
        Assert.Equal(AmountRole.SignedAmount, AmountRoleClassifier.Classify(text, money[0]));
        Assert.Equal(652711000000m, money[1].Value);
        Assert.Equal(AmountRole.FundsInPlace, AmountRoleClassifier.Classify(text, money[1]));
        Assert.Equal(3989L, Assert.Single(CountParser.FindAll(text)).Value);
    }

    [Fact]
    public void C9_AreaAndQuantityAreNoMoney()
    {
        Assert.Empty(MoneyParser.FindAll("新建厂房3.2万平方米，年产3000万件。"));
    }

    [Fact]
    public void C10_PhaseOneIsAPartOfTheTotal()
    {
        const string text = "总投资5亿元，其中一期投资2亿元";
        var money = MoneyParser.FindAll(text);
        Assert.Equal([500000000m, 200000000m], money.Select(m => m.Value));

        var total = AmountRoleClassifier.Describe(text, money[0]);
        Assert.Equal(AmountRole.Investment, total.Role);
        Assert.False(total.IsPart);

        var part = AmountRoleClassifier.Describe(text, money[1]);
        Assert.Equal(AmountRole.Investment, part.Role);
        Assert.True(part.IsPart);
    }
}
