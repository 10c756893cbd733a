using Metrics.Extraction.Numbers;

namespace Metrics.Tests.Extraction.Numbers;

public class AmountRoleClassifierTests
{
    /// <summary>Each sentence's last amount has the role; the sentences are the rules' reasons.</summary>
    [Theory]
    [InlineData("项目总投资1.2亿", AmountRole.Investment, "总投资")]
    [InlineData("项目总投资额超百亿", AmountRole.Investment, "总投资额")]
    [InlineData("计划总投资近40亿元", AmountRole.Investment, "计划总投资")]
    [InlineData("协议总投资283.6亿元", AmountRole.Investment, "协议总投资")]
    [InlineData("协议投资12亿元", AmountRole.Investment, "协议投资")]
    [InlineData("项目投资额达10亿元", AmountRole.Investment, "投资额")]
    [InlineData("投资480亿元的文旅城项目开工", AmountRole.Investment, "投资")]
    [InlineData("签约项目总额达120亿元", AmountRole.Investment, "签约…总额")]
    [InlineData("总投资达83.2亿元，年度计划投资15.9亿元", AmountRole.PlannedThisYear, "年度计划投资")]
    [InlineData("2021年计划投资503亿元", AmountRole.PlannedThisYear, "年计划投资")]
    [InlineData("今年计划完成投资额132.5亿元", AmountRole.PlannedThisYear, "今年计划…投资")]
    [InlineData("累计完成投资53.7亿元", AmountRole.CompletedInvestment, "完成…投资")]
    [InlineData("完成制造业投资超2000亿元", AmountRole.CompletedInvestment, "完成…投资")]
    [InlineData("2013年落户海安以来,公司累计投资50亿元", AmountRole.CompletedInvestment, "累计投资")]
    [InlineData("项目已投资12亿元", AmountRole.CompletedInvestment, "已投资")]
    [InlineData("项目已完成投资8亿元", AmountRole.CompletedInvestment, "已完成投资")]
    [InlineData("一季度完成投资额12亿元", AmountRole.CompletedInvestment, "完成投资额")]
    [InlineData("签约金额9433.27亿元，到位资金6527.11亿元", AmountRole.FundsInPlace, "到位资金")]
    [InlineData("实际利用外资5亿美元", AmountRole.ForeignInvestmentUsed, "实际利用外资")]
    [InlineData("外资到账1.5亿美元", AmountRole.ForeignInvestmentUsed, "外资到账")]
    [InlineData("建成后年产值超200亿元", AmountRole.OutputValue, "年产值")]
    [InlineData("达产后产值近40亿元", AmountRole.OutputValue, "产值")]
    [InlineData("实现应税销售50亿元", AmountRole.Sales, "应税销售")]
    [InlineData("营业收入3亿元", AmountRole.Sales, "营业收入")]
    [InlineData("营收突破100亿元", AmountRole.Sales, "营收")]
    [InlineData("应税销售50亿元，税收超5亿", AmountRole.Tax, "税收")]
    [InlineData("注册资本3000万美元", AmountRole.RegisteredCapital, "注册资本")]
    [InlineData("签约金额9433.27亿元", AmountRole.SignedAmount, "签约金额")]
    [InlineData("设备投入2亿元", AmountRole.Equipment, "设备投入")]
    [InlineData("新增设备投资超180亿元", AmountRole.Equipment, "设备投资")]
    [InlineData("总投资50亿元,并投资1.2亿欧元进口各类大型设备50台(套)", AmountRole.Equipment, "投资")]
    [InlineData("实现地区生产总值1381亿元", AmountRole.Other, "地区生产总值")]
    [InlineData("完成一般公共预算收入42亿元", AmountRole.Other, "预算收入")]
    [InlineData("外贸进出口总额265亿元", AmountRole.Other, "总额")]
    [InlineData("订单金额约1800万元", AmountRole.Other, "金额")]
    [InlineData("平均单体规模7.8亿元", AmountRole.Other, "平均…规模")]
    // Traditional text folds to the simplified vocabulary.
    [InlineData("35個項目總投資達到260.3億元", AmountRole.Investment, "总投资")]
    [InlineData("實際利用外資5億美元", AmountRole.ForeignInvestmentUsed, "实际利用外资")]
    [InlineData("規模工業產值874.2億元", AmountRole.OutputValue, "工业产值")]
    [InlineData("今年計劃投資14億元", AmountRole.PlannedThisYear, "今年计划…投资")]
    public void ClassifiesByTheNearestCueInTheClause(string text, AmountRole role, string cue)
    {
        var mention = MoneyParser.FindAll(text)[^1];
        var match = AmountRoleClassifier.Describe(text, mention);
        Assert.Equal(role, match.Role);
        Assert.Equal(cue, match.Cue);
        Assert.Equal(role, AmountRoleClassifier.Classify(text, mention));
    }

    [Fact]
    public void CueStartPointsAtTheCueInTheText()
    {
        const string text = "该项目计划总投资50亿元，规划用地197亩";
        var match = AmountRoleClassifier.Describe(text, Assert.Single(MoneyParser.FindAll(text)));
        Assert.Equal(text.IndexOf("计划总投资", StringComparison.Ordinal), match.CueStart);
    }

    [Fact]
    public void ACueInAnotherClauseDoesNotCount()
    {
        // "项目总投资1.2亿，占地50亩，亩均税收50万元": the 50万元 clause has its own cue;
        // "总投资10亿元，预计2025年投产后可带动就业1000人，新增50万元" has none for 50万元.
        const string text = "总投资10亿元，明年新增20亿元";
        var money = MoneyParser.FindAll(text);
        Assert.Equal(AmountRole.Investment, AmountRoleClassifier.Classify(text, money[0]));
        Assert.Equal(AmountRole.Other, AmountRoleClassifier.Classify(text, money[1]));
        Assert.Equal(-1, AmountRoleClassifier.Describe(text, money[1]).CueStart);
    }

    [Fact]
    public void AnAmountThatSizesAProjectIsItsInvestment()
    {
        const string text = "其中50亿元的偏光片项目、20亿元的动力电池项目已开工";
        var money = MoneyParser.FindAll(text);
        Assert.Equal(2, money.Count);
        Assert.All(money, m => Assert.Equal(AmountRole.Investment, AmountRoleClassifier.Classify(text, m)));
        Assert.All(money, m => Assert.False(m.IsThreshold));
    }

    [Fact]
    public void ThresholdClassesAreInvestmentSizes()
    {
        const string text = "全年新开工亿元以上制造业项目53个，完成投资49.1亿元";
        var money = MoneyParser.FindAll(text);
        Assert.True(money[0].IsThreshold);
        Assert.Equal(AmountRole.Investment, AmountRoleClassifier.Classify(text, money[0]));
        Assert.Equal(AmountRole.CompletedInvestment, AmountRoleClassifier.Classify(text, money[1]));
    }

    [Theory]
    [InlineData("总投资5亿元，其中一期投资2亿元", false, true)]
    [InlineData("总投资5亿元，其中设备投入2亿元", false, true)]
    [InlineData("项目总投资50亿元，一期投资20亿元，二期投资30亿元", false, true)]
    [InlineData("总投资5亿元。今年计划投资2亿元", false, false)]
    [InlineData("共签约项目12个，总投资83.2亿元，其中超10亿元项目3个，总投资50亿元", false, true)]
    public void BreakdownsAfterQiZhongOrForAPhaseArePartsOfTheTotal(string text, bool firstIsPart, bool lastIsPart)
    {
        var money = MoneyParser.FindAll(text);
        Assert.Equal(firstIsPart, AmountRoleClassifier.Describe(text, money[0]).IsPart);
        Assert.Equal(lastIsPart, AmountRoleClassifier.Describe(text, money[^1]).IsPart);
    }

    [Fact]
    public void PerUnitComesFromTheCueOrTheAmount()
    {
        const string text = "亩均税收50万元，年产值1.5亿元/年";
        var money = MoneyParser.FindAll(text);
        Assert.Equal("亩", AmountRoleClassifier.Describe(text, money[0]).PerUnit);
        Assert.Equal("年", AmountRoleClassifier.Describe(text, money[1]).PerUnit);
    }

    [Fact]
    public void RoleTableLoadsEveryRowWithAKnownRole()
    {
        var cues = AmountRoleTable.Cues;
        Assert.True(cues.Count > 50);
        Assert.Contains(cues, c => c.Text == "总投资" && c.Role == AmountRole.Investment);
        Assert.Contains(cues, c => c.Text == "亩均税收" && c.Per == "亩");
        Assert.All(Enum.GetValues<AmountRole>().Where(r => r != AmountRole.Other), r => Assert.Contains(cues, c => c.Role == r));
        Assert.Equal(cues.Count, cues.Select(c => c.Text).Distinct().Count());
    }

    [Theory]
    [InlineData("cue\trole\n总投资\tInvestmant\n")]
    [InlineData("cue\trole\n总投资\n")]
    [InlineData("cue\trole\n完成…投资…额\tCompletedInvestment\n")]
    public void RoleTableRejectsMalformedRows(string tsv)
    {
        Assert.Throws<FormatException>(() => AmountRoleTable.Parse(new StringReader(tsv)));
    }
}
