using Metrics.Facts;
using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// Classes of mistakes found on probe pages of the business press and company news: one company's project
/// told over several sentences, back and forth in time (issue 13).
/// </summary>
public sealed class CompanyPageClassTests
{
    private const string Opening = "26日,华澜(如东)新材料有限公司年产8万吨特种树脂项目一期在如东沿海经济开发区竣工投产。";

    [Fact]
    public void APhaseAmountAfterTheTotalDoesNotHideTheStepsThatFollow()
    {
        var text = Opening + "该项目总投资30亿元,其中一期投资9亿元,于今年2月签约,4月开工建设,从开工到投产仅用8个多月。";

        var steps = Events(text, "2019-12-28");

        Assert.Equal(["2019-02", "2019-04", "2019-12-26"], steps.Select(e => e.Date!).Order(StringComparer.Ordinal));
        Assert.All(steps, e => Assert.Equal(3_000_000_000L, e.InvestmentYuan));
    }

    [Theory]
    [InlineData("资料显示,")]
    [InlineData("公开资料显示,")]
    [InlineData("公告显示,")]
    public void ASourceLeadInBeforeTheAnaphorStillPointsBack(string leadIn)
    {
        var text = Opening + leadIn + "该项目总投资30亿元,于2018年11月与如东县人民政府签约。";

        var signing = Assert.Single(Events(text, "2019-12-28"), e => e.Stage == ProjectStage.Signed);

        Assert.Equal(("2018-11", 3_000_000_000L), (signing.Date, signing.InvestmentYuan));
    }

    [Theory]
    [InlineData("而此前的9日,")]
    [InlineData("此前的9日,")]
    [InlineData("而9日,")]
    [InlineData("早在9日,")]
    public void ADayToldBackFromTheStorysLastDateLeadsTheAnaphor(string told)
    {
        var text = "12日,省生态环境厅公示了华澜(如东)新材料有限公司特种树脂项目环评批复。" + told + "该项目已在如东洋口港经济开发区举行开工仪式。";

        var started = Assert.Single(Events(text, "2025-09-15"));

        Assert.Equal((ProjectStage.Started, "2025-09-09", "如东县"), (started.Stage, started.Date, started.District));
    }

    [Fact]
    public void ADatedRowOfABreakdownIsStillNoStepOfItsOwn()
    {
        var text = "今年以来,如东县新开工亿元以上项目29个,其中,6月28日开工的华瑞新材料项目总投资12亿元。";

        Assert.DoesNotContain(Events(text, "2019-07-02"), e => e is { ProjectCount: 1, MemberOfBatch: false });
    }

    [Theory]
    [InlineData("2020年3月2日,锦程家纺智能工厂项目在川姜镇签约落户;同月,项目开工建设。", "2020-03")]
    [InlineData("2020年3月2日,锦程家纺智能工厂项目在川姜镇签约落户;4月,该项目开工建设。", "2020-04")]
    public void APartAfterASemicolonThatOpensWithAnAnaphorIsTheSameProjectsNextStepOnItsOwnDate(string text, string startedOn)
    {
        var started = Assert.Single(Events(text, "2020-09-08"), e => e.Stage == ProjectStage.Started);

        Assert.Equal((startedOn, "通州区", 1), (started.Date, started.District, started.ProjectCount ?? 1));
    }

    [Fact]
    public void APartGoingOnAboutAnEarlierPartsProjectKeepsItsTotal()
    {
        var text = "2019年,精研驱动落户如皋经济技术开发区,投资8亿元建设新能源电机项目;2020年5月,该项目开工建设。";

        var started = Assert.Single(Events(text, "2021-03-02"), e => e.Stage == ProjectStage.Started);

        Assert.Equal(("2020-05", 800_000_000L), (started.Date, started.InvestmentYuan));
    }

    [Theory]
    [InlineData("回顾项目进程:2020年3月2日,项目在川姜镇签约落户。同年8月,项目开工建设。")]
    [InlineData("2020年3月2日,项目在川姜镇签约落户。同年8月,项目开工建设。")]
    public void AStorysStepsInALaterParagraphPointBackToItsProject(string steps)
    {
        var text = "9月5日,锦程家纺智能工厂项目主体厂房顺利封顶。该项目位于通州区川姜镇,总投资6.5亿元。\n" + steps;

        var told = Events(text, "2020-09-08");

        Assert.Equal(["2020-03-02", "2020-08"], told.Select(e => e.Date!).Order(StringComparer.Ordinal));
        Assert.All(told, e => Assert.Equal(650_000_000L, e.InvestmentYuan));
    }

    [Fact]
    public void ABareYearEndInTheSentenceOfAWrittenYearIsThatYears()
    {
        var text = "记者日前从海安高新区获悉,江苏瑞拓复合材料有限公司碳纤维复合材料项目于2025年3月开工,年底建成投产。";

        var production = Assert.Single(Events(text, "2026-01-10"), e => e.Stage == ProjectStage.Production);

        Assert.Equal("2025-12", production.Date);
    }

    [Fact]
    public void OnAPageOfOneProjectItsStoryGoesOnAfterSentencesAboutOtherThings()
    {
        var text = "2021年5月12日,铜川股份与海安市人民政府签署投资协议,投资50亿元建设年产5万吨锂电铜箔项目。"
            + "次日,铜川股份披露公告,股价应声涨停。彼时正值新能源汽车产销爆发。\n"
            + "“我们当时考察了好几个地方,最终选定海安。”董事会秘书回忆。项目实施主体随后注册成立,注册资本8亿元。\n"
            + "同年8月,项目在海安经济技术开发区开工。";

        var started = Assert.Single(Events(text, "2024-12-16"), e => e.Stage == ProjectStage.Started);

        Assert.Equal(("2021-08", 5_000_000_000L), (started.Date, started.InvestmentYuan));
    }

    [Fact]
    public void APageOfABatchDoesNotLetABareAnaphorReachFarBack()
    {
        var text = "3月5日,海安市12个重大项目集中签约,总投资86亿元。次日,多家企业披露公告。彼时正值行业回暖。\n"
            + "“我们当时考察了好几个地方。”一位负责人回忆。园区随后成立专班。\n"
            + "同年8月,项目在海安经济技术开发区开工。";

        Assert.DoesNotContain(Events(text, "2024-12-16"), e => e.Stage == ProjectStage.Started);
    }

    [Theory]
    [InlineData("家瑞纺织董事长沈立新告诉记者,")]
    [InlineData("公司负责人介绍,")]
    [InlineData("总经理表示,")]
    public void ASpeakersClauseBeforeTheAnaphorStillPointsBack(string speaker)
    {
        var text = "昨日上午,家瑞纺织智能家纺产业园项目在海门市三星镇开工建设,总投资8.6亿元。" + speaker + "项目去年10月签约落户三星镇。";

        var signing = Assert.Single(Events(text, "2019-06-12"), e => e.Stage == ProjectStage.Signed);

        Assert.Equal(("2018-10", 860_000_000L), (signing.Date, signing.InvestmentYuan));
    }

    [Fact]
    public void AnInvestmentAgreementEnteredIntoIsASigning()
    {
        var text = "绿源环能公布,其全资附属公司于2022年12月15日与如皋市人民政府订立投资协议,投资建设氢能装备产业基地项目,项目总投资15亿元。";

        var signing = Assert.Single(Events(text, "2022-12-16"));

        Assert.Equal((ProjectStage.Signed, "2022-12-15", "如皋市"), (signing.Stage, signing.Date, signing.District));
    }
}
