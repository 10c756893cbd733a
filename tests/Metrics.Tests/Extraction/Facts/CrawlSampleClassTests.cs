using Metrics.Facts;
using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// Classes of mistakes found on a crawl's mixed sample of probe pages (issue 13): speakers' words,
/// provincial sessions, a company's story told backwards, market halls, records and forecasts.
/// </summary>
public sealed class CrawlSampleClassTests
{
    [Theory]
    [InlineData("“今天签约的每一个项目,都是我们跑出来的。”区长表示。")]
    [InlineData("“今天我们开工的所有项目,都要早见效。”区委书记说。")]
    public void TodayInASpeakersWordsIsTheDayTheySpokeNotThePublications(string quote)
    {
        var text = "前天上午,通州区一季度重大项目集中签约活动举行,12个项目签约。\n" + quote + "\n当天下午,区委书记主持召开区委常委会会议,研究部署项目建设工作。";

        var meeting = Assert.Single(Metrics.Tests.Support.Extracted.Meetings(text, "2026-03-12"));
        var events = Events(text, "2026-03-12");

        Assert.Equal("2026-03-10", meeting.Date);
        Assert.DoesNotContain(events, e => e.Date == "2026-03-12");
    }

    [Theory]
    [InlineData("南通市代表团在本次省人代会期间分组审议政府工作报告。")]
    [InlineData("如皋代表团在本次省党代会期间分组讨论了报告。")]
    public void AProvincialSessionIsNoMeetingOfTheCityWhoseDelegationAttends(string sentence)
    {
        var text = "12日上午,江苏省十四届人大四次会议在南京开幕。" + sentence;

        Assert.Empty(Metrics.Tests.Support.Extracted.Meetings(text, "2026-01-13"));
    }

    [Theory]
    [InlineData("早在2019年5月,海门区就与恒盛集团签署投资协议。", "2019-05")]
    [InlineData("2020年7月,如东县与蓝海新材签订投资合同。", "2020-07")]
    public void AnInvestmentAgreementIsAProjectsSigningWithoutTheWordProject(string sentence, string date)
    {
        var text = "2021年3月,总投资15亿元的恒盛纺织新材料项目开工建设。\n" + sentence;

        Assert.Contains(Events(text, "2021-04-01"), e => e.Stage == ProjectStage.Signed && e.Date == date);
    }

    [Theory]
    [InlineData("2018年4月28日,叠石桥家纺商贸城二期正式开业。", "2018-04-28")]
    [InlineData("9月16日,如皋花木城盛大开业。", "2018-09-16")]
    public void AMarketHallNamedCityOpensAsAMallDoes(string sentence, string date)
    {
        var opening = Assert.Single(Events(sentence, "2018-10-01"));

        Assert.Equal((ProjectStage.Opened, date), (opening.Stage, opening.Date));
    }

    [Theory]
    [InlineData("董事长表示,二期工程竣工将为冬季保供提供有力支撑。")]
    [InlineData("负责人说,项目投产将带动上下游企业集聚。")]
    public void AStageWordBeforeAForecastIsTheSubjectNotAnEvent(string comment)
    {
        var text = "10日,华能吕四港二期工程竣工仪式在启东举行。二期工程于2023年3月18日开工建设。" + comment + "集团正在谋划三期工程,预计投资40亿元。";

        var events = Events(text, "2025-10-12");

        Assert.Equal(["2025-10-10 Completed", "2023-03-18 Started"], events.Select(e => $"{e.Date} {e.Stage}"));
    }

    [Theory]
    [InlineData("次日,该项目即进场施工,创下园区签约当天拿地、次日开工的新纪录。")]
    [InlineData("次日,该项目即开工建设,刷新了全区从签约到开工的最快纪录。")]
    public void TheStagesNamingARecordAreNoEvents(string sentence)
    {
        var text = "17日下午,苏锡通园区举行产业项目集中签约活动,3个项目签约落户,总投资近40亿元。其中,恒之芯功率模组项目总投资18亿元。" + sentence;

        var events = Events(text, "2022-06-20");

        Assert.Contains(events, e => e.Stage == ProjectStage.Started && e.Date == "2022-06-18");
        Assert.DoesNotContain(events, e => e.Stage == ProjectStage.Signed && e.Date == "2022-06-18");
        Assert.DoesNotContain(events, e => e.Date == "2022-06-19");
    }

    [Theory]
    [InlineData("吕四港接收站二期工程总投资68亿元,于2022年4月在启东市签约。", "2022-04", 6_800_000_000L)]
    [InlineData("在二甲镇,鑫源纺织新材料项目总投资6800余万元,去年5月竣工投产,目前生产线满负荷运转。", "2022-05", 68_000_000L)]
    public void OneProjectsTotalBeforeItsDatedStepIsItsAmount(string sentence, string date, long amount)
    {
        var fact = Assert.Single(Events("通州区新闻\n" + sentence, "2023-06-01"));

        Assert.Equal((date, amount), (fact.Date, fact.InvestmentYuan));
    }

    [Fact]
    public void TheHistorysSubjectNamedInTheCeremonyBeforeGivesTheCeremonyItsTotalToo()
    {
        var text = "10日,吕四港LNG接收站二期工程竣工仪式在启东市吕四港镇举行。二期工程新建4座储罐及配套设施。\n"
            + "二期工程总投资68亿元,于2022年4月在启东签约,2023年3月18日正式开工。集团正在谋划三期工程,预计投资40亿元。";

        var events = Events(text, "2025-10-12");

        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal(6_800_000_000L, e.InvestmentYuan));
    }

    [Theory]
    [InlineData("海门区此次共有24个项目开工,总投资207亿元,数量和体量均居全市前列。")]
    [InlineData("通州区本次集中开工项目24个,总投资168亿元。")]
    public void OnTheCitysPageADistrictsShareOfTheLaunchIsNoEventOfItsOwn(string share)
    {
        var text = "南通日报\n2月28日上午,南通市一季度重大项目集中开工活动在海门区主会场举行。此次全市集中开工项目186个,总投资1268.5亿元。\n"
            + "在主会场,塔吊林立。" + share;

        var launch = Assert.Single(Events(text, "2023-03-01"));

        Assert.Equal(("南通市", 186), (launch.District, launch.ProjectCount));
    }

    [Fact]
    public void ADistrictsOwnOccasionAfterTheCitysStaysItsEvent()
    {
        var text = "南通日报\n26日,2024南通(上海)投资说明会举行,现场签约项目52个。会后,如东县在沪举行专场签约活动,签约项目8个,总投资56亿元。";

        Assert.Contains(Events(text, "2024-10-28"), e => e.District == "如东县" && e.ProjectCount == 8);
    }

    [Theory]
    [InlineData("该项目总投资32亿元,2023年4月签约、当年8月开工,从开工到投产仅用了13个月。", "2023-08")]
    [InlineData("项目于2020年5月签约落户,当年10月开工建设。", "2020-10")]
    public void AMonthOfTheYearJustNamedIsInThatYear(string sentence, string date)
    {
        var text = "9月30日,位于启东吕四港经济开发区的海晟重工风电装备基地项目竣工投产。" + sentence;

        Assert.Contains(Events(text, "2024-10-09"), e => e.Stage == ProjectStage.Started && e.Date == date);
    }

    [Theory]
    [InlineData("【相關新聞】")]
    [InlineData("相關閱讀")]
    [InlineData("【相关新闻】")]
    public void TheHeadlinesUnderARelatedNewsHeadingAreOtherStories(string heading)
    {
        var text = "啟東赴港推介簽約12個項目\n推介會19日在港島舉行。推介會上共簽約項目12個,總投資約15.6億美元。\n\n"
            + heading + "\n蘇州工業園區港資企業突破1500家\n如東縣赴港簽約項目總投資逾10億美元\n";

        var signing = Assert.Single(Events(text, "2018-11-20"));

        Assert.Equal(12, signing.ProjectCount);
    }

    [Theory]
    [InlineData("今年一季度,通州来自上海的投资项目占新签约项目的四成以上。")]
    [InlineData("3个重点园区签约项目数占全县的比重超过六成。")]
    public void AShareOfTheProjectsIsNoEvent(string share)
    {
        Assert.Empty(Events("通州区新闻\n" + share, "2018-05-16"));
    }
}
