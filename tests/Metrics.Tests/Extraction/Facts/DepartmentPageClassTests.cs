using Metrics.Facts;
using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// Classes of mistakes found on probe pages of city and district departments: the openings of
/// streets, resorts and hospitals, and meetings told by what they approved (issue 13).
/// </summary>
public sealed class DepartmentPageClassTests
{
    [Theory]
    [InlineData("28日,崇川区文峰街道的濠河南门里风情街正式开街迎客,项目总投资约3.5亿元。", "崇川区")]
    [InlineData("28日,位于如东沿海旅游经济开发区的小洋口温泉度假村正式开业,项目总投资4.6亿元。", "如东县")]
    [InlineData("28日,叠石桥家纺特色小镇客厅正式启用,项目总投资1.6亿元。", "海门区")]
    [InlineData("28日,海门区中医院东院区建成启用,项目总投资9.8亿元。", "海门区")]
    public void AStreetResortTownOrHospitalOpeningIsAnOpenedProject(string text, string district)
    {
        var opened = Assert.Single(Events(text, "2024-09-30"));

        Assert.Equal((ProjectStage.Opened, "2024-09-28", district), (opened.Stage, opened.Date, opened.District));
        Assert.NotNull(opened.InvestmentYuan);
    }

    [Fact]
    public void ACommandCentreUnveiledIsStillNoProject()
    {
        Assert.Empty(Events("28日,海门区城市建设指挥中心揭牌。", "2024-09-30"));
    }

    [Theory]
    [InlineData("该项目今年5月经市政府常务会议审议通过,此后仅用7个月即完成立项。", MeetingKind.GovernmentExecutive)]
    [InlineData("该项目今年5月经市委常委会会议审议通过。", MeetingKind.StandingCommittee)]
    public void AMeetingToldByWhatItApprovedTakesItsOwnMonth(string approval, MeetingKind kind)
    {
        var text = "12月26日上午,如皋市人民医院新院区项目奠基仪式在城南新区举行。" + approval;

        var meeting = Assert.Single(Support.Extracted.Meetings(text, "2017-12-28"));

        Assert.Equal(("2017-05", kind), (meeting.Date, meeting.Kind));
    }

    [Theory]
    [InlineData("当天,镇党委、镇政府还召开一季度项目建设推进会。")]
    [InlineData("开工仪式结束后,区水利局随即召开工程建设专题推进会。")]
    public void AnAdverbBeforeTheCallingWordDoesNotHideTheConvener(string sentence)
    {
        var text = "18日,栟茶镇华晟新型环保建材项目开工建设。" + sentence;

        Assert.Empty(Support.Extracted.Meetings(text, "2019-03-20"));
    }

    [Fact]
    public void ADistrictsConvenerWithAnAdverbStillHoldsItsMeeting()
    {
        var meeting = Assert.Single(Support.Extracted.Meetings("18日,如东县委、县政府还召开一季度项目建设推进会。", "2019-03-20"));

        Assert.Equal("如东县", meeting.District);
    }

    [Fact]
    public void ASloganOfEarlyStagesIsNoEvent()
    {
        var text = "12日,海安高新区瑞科精密传动部件项目开工建设,总投资6.5亿元。为助推重大项目早落地、早开工、早投产,市行政审批局推行并联审批。";

        var started = Assert.Single(Events(text, "2020-05-14"));

        Assert.Equal(ProjectStage.Started, started.Stage);
    }

    [Theory]
    [InlineData("南通创新区自成立以来,累计引进各类科创项目300余个。")]
    [InlineData("开发区建区以来,累计引进外资项目1300多个。")]
    public void ASumSinceAZoneWasFoundedIsNoEvent(string sum)
    {
        var text = "14日下午,南通创新区秋季重点项目集中签约活动举行,集中签约项目6个,总投资38亿元。" + sum;

        var signing = Assert.Single(Events(text, "2023-09-15"));

        Assert.Equal(6, signing.ProjectCount);
    }

    [Fact]
    public void ABreakdownOfAPlannedInvestmentIsPlannedToo()
    {
        var text = "4月8日,市交通运输局召开党组会议。会议指出,今年全市交通重点工程计划完成投资160亿元,其中新开工项目9个。";

        Assert.Empty(Events(text, "2024-04-09"));
    }

    [Theory]
    [InlineData("为加快集聚总部企业,经4月12日区政府第28次常务会议审议通过,《崇川区支持总部经济发展若干政策》近日正式印发实施。")]
    [InlineData("4月12日区政府第28次常务会议在崇川召开。")]
    public void ADayBeforeTheOrganDatesTheMeetingAndIsNoPartOfItsName(string text)
    {
        var meeting = Assert.Single(Support.Extracted.Meetings(text, "2023-05-10"));

        Assert.Equal(("2023-04-12", MeetingKind.GovernmentExecutive, "崇川区"), (meeting.Date, meeting.Kind, meeting.District));
    }

    [Fact]
    public void TheStagesOfTheProjectsAPlanArrangesArePlanned()
    {
        var text = "近日,市发改委印发《2020年南通市重大项目投资计划》,共安排市级重大项目260个,总投资约5200亿元。"
            + "从项目类别看,安排产业项目182个、基础设施项目46个;从建设阶段看,新开工项目120个,续建项目140个。";

        Assert.Empty(Events(text, "2020-02-12"));
    }

    [Theory]
    [InlineData("会议通报,一季度全省省重大项目完成投资1420亿元,新开工项目58个。")]
    [InlineData("会议通报,1—4月全省新开工省重大项目91个。")]
    public void AProvincesFiguresLedByAPeriodAreNoCitys(string figures)
    {
        var text = "4月13日,省发展改革委召开全省重大项目推进视频会,我委主要负责同志在南通分会场参加会议。" + figures;

        Assert.Empty(Events(text, "2022-04-15"));
    }
}
