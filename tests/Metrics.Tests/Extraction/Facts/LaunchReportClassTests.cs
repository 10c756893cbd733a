using Metrics.Facts;
using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// Classes of mistakes found on probe reports of batch launches and signings: whose batch it is, and
/// which part of it a later sentence tells (issue 13).
/// </summary>
public sealed class LaunchReportClassTests
{
    [Theory]
    [InlineData("2月28日,盐城市大丰区一季度重大项目集中开工活动举行,当地集中开工项目35个,总投资218亿元。")]
    [InlineData("2月28日,上海市嘉定区重大项目集中签约活动举行,签约项目20个,总投资150亿元。")]
    public void APlaceOutsideNantongOpeningItsBatchsNameIsTheBatchsActor(string text)
    {
        Assert.Empty(Support.Extracted.Facts("南通企业跨区域布局\n" + text, "2023-03-02"));
    }

    [Fact]
    public void AProjectNameOpenedByAPlaceOutsideNantongStillLeavesTheProjectHere()
    {
        var started = Assert.Single(Events("上海电气太阳能电池组件项目6月15日在启东开工。", "2023-06-16"));

        Assert.Equal("启东市", started.District);
    }

    [Fact]
    public void SomeOfTheLastSentencesBatchReachingALaterStageIsAFact()
    {
        var text = "6月16日,南通开发区举行项目集中签约仪式,签约项目9个,总投资67.5亿元。次日,其中的3个项目在江海镇区集中开工。";

        var started = Assert.Single(Events(text, "2016-06-18"), e => e.Stage == ProjectStage.Started);

        Assert.Equal(("2016-06-17", 3), (started.Date, started.ProjectCount));
    }

    [Fact]
    public void ANamedMemberOfTheLastSentencesBatchIsNoSubsetOfIt()
    {
        var text = "6月16日,启东市举行项目集中签约仪式,签约项目9个,总投资67.5亿元。其中,总投资26亿元的澜海能源基地项目去年3月签约,今年9月开工。";

        Assert.DoesNotContain(Events(text, "2025-10-18"), e => e is { Stage: ProjectStage.Started, ProjectCount: > 1 });
    }

    [Fact]
    public void TheYearSoFarIncludingTheOccasionIsAPeriodToThePublicationMonth()
    {
        var text = "11月18日,云数工业互联网平台总部项目签约落户市北高新区。加上此次签约的云数项目,市北高新区今年已签约亿元以上项目27个,总投资186亿元。";

        var told = Events(text, "2021-11-20");

        Assert.Equal(2, told.Count);
        var total = Assert.Single(told, e => e.ProjectCount == 27);
        Assert.Equal(("2021-11", FactScope.Period), (total.Date, total.Scope));
    }

    [Fact]
    public void AnAsOfDateBeforeTheYearSoFarSaysWhereItEnds()
    {
        var total = Assert.Single(Events("截至6月底,市北高新区今年已签约亿元以上项目29个。", "2025-07-10"));

        Assert.Equal("2025-06", total.Date);
    }

    [Fact]
    public void ACityLaunchWhoseLeadNamesItsMainVenueIsTheCitysWithoutItsBreakdownByPlace()
    {
        var text = "全市一季度重大项目集中开工\n2024-02-19 来源:南通日报\n"
            + "18日,2024年全市一季度重大项目集中开工活动在海安主会场举行。此次全市集中开工项目316个,总投资超2100亿元。"
            + "分地区看,海安开工项目41个,总投资286亿元;如东开工项目38个,总投资305亿元。\n"
            + "去年,全市新开工亿元以上产业项目1056个。";

        var told = Events(text, "2024-02-19");

        Assert.Equal([("南通市", 316), ("南通市", 1056)], told.Select(e => (e.District, e.ProjectCount ?? 1)).Order());
    }

    [Fact]
    public void TheWholeAreaOfAPlaceOutsideNantongIsThatPlaces()
    {
        var text = "盐城、连云港四季度重大项目集中开工\n"
            + "12月29日,盐城市2025年四季度重大项目集中开工活动在大丰港主会场举行,全市集中开工项目128个,总投资806亿元。";

        Assert.Empty(Events(text, "2025-12-30"));
    }

    [Fact]
    public void ALaunchStillToComeIsNoEvent()
    {
        var text = "记者从市发改委获悉,南通市2026年二季度重大项目集中开工活动将于4月28日举行,主会场设在海门区。";

        Assert.Empty(Events(text, "2026-04-25"));
    }

    [Fact]
    public void ThePeriodAfterAReportingWordDatesTheFiguresNotTheYearInTheMeetingsName()
    {
        var text = "6日召开的南通开发区2026年度工作会议透露,2025年,南通开发区新签约亿元以上项目163个,总投资812亿元;新开工亿元以上项目92个。";

        var told = Events(text, "2026-01-08");

        Assert.All(told, e => Assert.Equal(("2025", FactScope.Period), (e.Date, e.Scope)));
        Assert.Equal(2, told.Count);
    }
}
