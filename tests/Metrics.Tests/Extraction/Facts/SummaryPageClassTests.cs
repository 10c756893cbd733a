using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// Classes of mistakes found on probe pages of summaries full of numbers (issue 13): work reports,
/// half-year and year-end reviews, yearbook entries.
/// </summary>
public sealed class SummaryPageClassTests
{
    [Theory]
    [InlineData("2017年,南通开发区新签约超亿元项目72个,其中外资项目31个、内资项目41个,协议总投资达到461亿元。", 72, 46_100_000_000L)]
    [InlineData("截至6月底,海安市新签约亿元以上项目78个,其中10亿元以上项目14个,协议总投资468亿元。", 78, 46_800_000_000L)]
    [InlineData("1—11月,崇川区新签约亿元以上项目142个,其中服务业项目96个、先进制造业项目46个,总投资726亿元。", 142, 72_600_000_000L)]
    public void TheTotalAfterRowsThatOnlyCountIsTheWholePeriods(string sentence, int count, long amount)
    {
        var summary = Assert.Single(Events(sentence, "2018-01-08"));

        Assert.Equal((count, amount), (summary.ProjectCount, summary.InvestmentYuan));
    }

    [Fact]
    public void ARowWithItsOwnAmountKeepsIt()
    {
        var summary = Assert.Single(Events("2017年,南通开发区新签约项目72个,其中外资项目31个,总投资5亿美元。", "2018-01-08"));

        Assert.Null(summary.InvestmentYuan);
    }

    [Theory]
    [InlineData("其中,南通开发区新签约亿元以上项目87个,协议总投资居各板块首位。")]
    [InlineData("其中,海安市新签约亿元以上项目160个,如皋市151个。")]
    public void APlacesShareOfTheTotalJustToldIsNoFactOfItsOwn(string share)
    {
        var text = "南通日报\n2018年,全市新签约亿元以上项目1012个,协议总投资3826亿元。" + share;

        var summary = Assert.Single(Events(text, "2019-01-24"));

        Assert.Equal(("南通市", 1012), (summary.District, summary.ProjectCount));
    }

    [Fact]
    public void PlacesThatEachStartSomeOfTheTotalGiveNoFactsOfTheirOwn()
    {
        var text = "上半年,港闸区新签约亿元以上项目32个,总投资238亿元;新开工亿元以上项目19个,港闸开发区、幸福街道分别开工8个和5个。";

        Assert.Equal([32, 19], Events(text, "2019-07-16").Select(e => e.ProjectCount));
    }

    [Theory]
    [InlineData("港闸上半年招引项目量质齐升")]
    [InlineData("海门一季度签约项目势头强劲")]
    public void AHeadlineOnHowAPeriodsProjectsWentReportsNoProject(string headline)
    {
        Assert.Empty(Events(headline + "\n记者从区商务局获悉,招商工作稳步推进。", "2019-07-16"));
    }

    [Fact]
    public void AnEstimateOfAnotherFigurePlansNoneOfTheListAfterIt()
    {
        var text = "通州新闻\n报告回顾说,2025年,通州区地区生产总值预计突破1800亿元;新签约亿元以上产业项目128个,其中10亿元以上项目31个;新开工亿元以上产业项目96个。";

        Assert.Equal([128, 96], Events(text, "2026-01-21").Select(e => e.ProjectCount));
    }

    [Theory]
    [InlineData("“十四五”期间,南通计划每年新开工10亿元以上产业项目120个以上。")]
    [InlineData("今后三年,海安计划每年新签约亿元以上项目150个。")]
    public void APlanForEveryYearIsNoEvent(string plan)
    {
        Assert.Empty(Events("中国经济网南通3月15日讯 2020年,南通地区生产总值达到10036.3亿元。" + plan, "2021-03-15"));
    }

    [Theory]
    [InlineData("1—5月,如皋市新签约亿元以上项目61个,其中内资项目52个,协议投资318.5亿元;外资项目9个,协议外资3.2亿美元。")]
    [InlineData("5月21日,海门区现场集中签约项目61个,其中内资项目52个,协议投资318.5亿元;外资项目9个,合同外资3.2亿美元。")]
    public void ContractedForeignCapitalNamesTheForeignRowsMoney(string sentence)
    {
        var rows = Events(sentence, "2020-06-10");

        Assert.Equal([(52, (long?)31_850_000_000L), (9, null)], rows.Select(r => (r.ProjectCount ?? 0, r.InvestmentYuan)));
    }

    [Fact]
    public void APlanInAnotherPartOfTheSentencePlansNoneOfTheLaterParts()
    {
        var text = "如东年鉴\n【概况】2018年,如东县实施重大项目102个,年度计划投资280亿元,完成投资291亿元;"
            + "全年新签约亿元以上项目88个,其中10亿元以上项目15个,协议总投资612亿元;新开工亿元以上项目61个;竣工亿元以上项目43个。";

        Assert.Equal([88, 61, 43], Events(text, "2019-09-20").Select(e => e.ProjectCount));
    }

    [Fact]
    public void APlansOwnBreakdownStaysPlanned()
    {
        var text = "今年创新区拟实施重点项目40个,年度计划投资95亿元,其中新开工项目16个、续建项目24个。";

        Assert.Empty(Events("南通创新区\n" + text, "2023-02-10"));
    }
}
